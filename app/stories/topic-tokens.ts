/**
 * The tokens a story's vocabulary is counted in (topic-words.ts): Han character bigrams and Latin
 * or number words, with everyday words of news reporting left out.
 */
import { toSimplified } from '../text/script-fold';
import { HAN, hanRegExp } from '../lexicon/characters';

/**
 * English function words and reporting verbs of three letters or more: every English paragraph
 * has them, so they say nothing about which story a paragraph belongs to.
 */
const EVERYDAY_LATIN = new Set(
  (
    'the and for are was were has have had not but with from that this these those which who whom whose what when where why how ' +
    'will would can could should may might must shall been being its his her their our your they them she him you one two three ' +
    'all any some more most other such than then there here also into onto over under about after before because said says say ' +
    'told per out off only just very year years day days new first last next week month on'
  ).split(' '),
);

/**
 * Bigrams of news reporting itself (agency, reporter, this year, said, introduced, relevant
 * departments): a small page has too few other paragraphs to show they are everyday.
 */
const EVERYDAY_HAN = new Set(
  (
    '新华 华社 记者 本报 日电 今年 去年 明年 目前 近日 日前 表示 介绍 认为 指出 据悉 获悉 我们 他们 她们 一个 这个 ' +
    '已经 通过 进行 工作 发展 相关 有关 部门 负责 责人 时间 没有 可以 需要 问题 情况 方面 其中 同时 一些 自己 以上 以来 万元'
  ).split(' '),
);

/** Runs of Han characters, where the bigrams are taken. */
const HAN_RUNS = hanRegExp(`[${HAN}]+`, 'g');

/** Every token of a text in order, repeats included: Han bigrams within runs of Han characters, Latin/number words of three or more characters. */
export function tokenList(text: string): string[] {
  const out: string[] = [];
  const normalized = toSimplified(text).normalize('NFKC').toLowerCase();
  for (const run of normalized.match(HAN_RUNS) ?? []) {
    for (let i = 0; i + 1 < run.length; i++) {
      const bigram = run.slice(i, i + 2);
      if (!EVERYDAY_HAN.has(bigram)) out.push(bigram);
    }
  }
  // Three letters keep names and acronyms (K303, Ellis, AWS) and leave out most function words;
  // the common ones of three letters or more, and years, are left out by name.
  // A plural s is dropped (reservoirs, officials) so that one word's two forms meet.
  for (const word of normalized.match(/[\p{Script=Latin}\p{N}]{3,}/gu) ?? []) {
    if (EVERYDAY_LATIN.has(word) || /^(?:19|20)\d\d$/u.test(word)) continue;
    out.push(singular(word));
  }
  return out;
}

/** An English plural made singular, roughly: branches → branch, cities → city, reservoirs → reservoir. */
export function singular(word: string): string {
  if (word.length <= 4) return word;
  if (/(?:ch|sh|x|ss)es$/u.test(word)) return word.slice(0, -2);
  if (/[^aeiou]ies$/u.test(word)) return `${word.slice(0, -3)}y`;
  if (/[^s]s$/u.test(word)) return word.slice(0, -1);
  return word;
}
