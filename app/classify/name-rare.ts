/**
 * A rare character that opens a short place name (岵山, 漈溪, 墈下村): the segmenter joins it to
 * no word and a character for a hill, a water or a settlement closes the name, so a character
 * printed for it is a changed name, not a changed word, though no list holds the place.
 */
import { hanRun } from '../lexicon/characters';
import { PLACE_FEATURES } from '../lexicon/place-suffixes';
import { nameWitnesses } from './name-witnesses';
import { confusion } from './sounds';
import { clauseAround } from './context';
import { PROPER_NOUN_TAG } from './tagger';
import type { PlacedWord, StoryContext } from './context';
import type { ClassifyReading, Rule } from './rule';

/** Most characters between the rare one and the feature that closes its name (墈[下]村). */
const FEATURE_REACH = 1;

/**
 * Tags of a word of two characters or more that a place name may be read as: a run outside the
 * dictionary (x), a morpheme (…g), a proper noun, a place or locative word (东上/s). Any other
 * word of the sentence over the reading (东山再起/i, 古代/t) makes it a word's character.
 */
const nameWordTag = (tag: string): boolean =>
  tag === 'x' || tag.endsWith('g') || PROPER_NOUN_TAG.test(tag) || tag === 'nz' || tag === 's';

/** The segmenter's words of the reading's clause. */
function clauseWords(story: StoryContext, r: ClassifyReading): readonly PlacedWord[] {
  const clause = clauseAround(r.folded, r.start, r.end);
  return story.wordsOver(r.variant, r.folded, clause.start, clause.end);
}

/**
 * How the reading's character stands alone in its printing, up to the end of its place name at
 * `nameEnd`: 'unknown' when the segmenter's dictionary lacks it as a word (崆/x); 'fragment' when
 * it knows it only inside words (漈/zg) or joins it only into a run it guessed (崆峰/x, as it
 * guesses 跨江/x); null when it joins a word or is a word of its own.
 */
function loneness(
  story: StoryContext,
  r: ClassifyReading,
  nameEnd: number,
): 'unknown' | 'fragment' | null {
  const word = clauseWords(story, r).find((w) => w.start === r.start && w.end <= nameEnd);
  if (!word) return null;
  const lone = word.end === r.end;
  if (word.tag === 'x') return lone ? 'unknown' : 'fragment';
  return lone && word.tag.endsWith('g') ? 'fragment' : null;
}

/** The feature character that closes a short name right after the reading, or null. */
function featureAfter(r: ClassifyReading): string | null {
  for (let k = 0; k <= FEATURE_REACH; k++) {
    const ch = r.folded[r.end + k] ?? '';
    if (!hanRun(ch, 1, 1)) return null;
    if (PLACE_FEATURES.has(ch)) return r.folded.slice(r.start, r.end + k + 1);
  }
  return null;
}

/** True when the printing reads a word of the sentence over the reading (古代/t, 东山再起/i). */
function inSentenceWord(story: StoryContext, r: ClassifyReading): boolean {
  return clauseWords(story, r).some(
    (w) => w.start <= r.start && r.end <= w.end && w.end - w.start >= 2 && !nameWordTag(w.tag),
  );
}

/**
 * One character printed for another at the head of a short place name: in a printing that may
 * vouch for the name the character stands alone — one the segmenter's dictionary lacks (崆/x),
 * or one it knows only inside words or joins into a guessed run (漈/zg, 崆峰/x) when the other
 * printing's character sounds or looks alike — and a hill, a water or a settlement closes the
 * name (山, 溪, 村, one character between at most: 墈下村). No printing reads a word of the
 * sentence there (东山再起).
 */
const rarePlaceChar: Rule = {
  id: 'name.rare-place-char',
  category: 'name',
  applies: (site, story) => {
    const texts = [...new Set(site.readings.map((r) => r.text))];
    const [x = '', y = ''] = texts;
    if (texts.length !== 2 || !hanRun(x, 1, 1) || !hanRun(y, 1, 1)) return null;
    if (site.readings.some((r) => inSentenceWord(story, r))) return null;
    const alike = confusion(x, y) !== null;
    for (const r of nameWitnesses(site.readings)) {
      const place = featureAfter(r);
      const alone = place ? loneness(story, r, r.start + place.length) : null;
      if (place && (alone === 'unknown' || (alone === 'fragment' && alike)))
        return { params: { place } };
    }
    return null;
  },
  why: {
    en: '{a} / {b} opens the place name {place}: a rare character the segmenter joins to no word, before a hill, water or village',
    'zh-CN': '{a} / {b}位于地名“{place}”开头：分词不成词的生僻字，其后为山、水或村落',
  },
  examples: {
    positive: [
      ['游客们登上了[崆]峰。', '游客们登上了[空]峰。'],
      ['[漈]溪两岸开满了野花。', '[际]溪两岸开满了野花。'],
      ['[墈]下村的果园今年丰收了。', '[堪]下村的果园今年丰收了。'],
    ],
    negative: [
      ['天气[很]冷。', '天气[狠]冷。'],
      ['他终于[东]山再起。', '他终于[冬]山再起。'],
      ['他们[在]山上种树。', '他们[再]山上种树。'],
      ['游客乘船[跨]江观光', '游客乘船[过]江观光'],
      ['[岽]背的竹林很密。', '[东]背的竹林很密。'],
    ],
  },
};

/** The rows of rare characters in names no list holds. */
export const RARE_NAME_RULES: readonly Rule[] = [rarePlaceChar];
