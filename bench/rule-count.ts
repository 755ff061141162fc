/**
 * Counts the hand rules of classification the same way every time (issue 12: "the number of hand
 * rules should fall"), over the production files of app/classify and app/lexicon (`*.test.ts`
 * left out), by parsing each file with the TypeScript compiler rather than grepping:
 *
 * - **regex**: every regular-expression literal (`/…/`) and every `new RegExp(…)` / `RegExp(…)` /
 *   `hanRegExp(…)`
 *   call. A pattern built once and used in many places counts once; one retyped counts each time.
 * - **word list**: hand-written data an engineer grows word by word —
 *   - an array literal of four or more string literals that are words (letters or CJK, no dots:
 *     `['省', '市', …]`; the rule ids of precedence.ts are no word list);
 *   - a string literal of eight or more characters that is `.split(…)` into a list;
 *   - an object literal of four or more properties whose values are all literals (a lookup table
 *     such as `{ 合肥: /复$/, … }` or `{ one: 1, two: 2, … }`);
 *   - a regex literal holding four or more alternatives that are plain words (letters or CJK
 *     only, `书记|主任|记者|…`): a list written as a pattern. Such a regex counts in both columns.
 *
 * A character class (`[的了在]`) is a regex, not a word list. The counts are a measure of how much
 * the classifier rests on hand rules, not a lint: `npm run bench -- rule-count` prints them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/** What one file holds. */
export interface RuleCount {
  readonly file: string;
  readonly regexes: number;
  readonly wordLists: number;
}

/** Fewest items that make an array, a split string's pieces or an alternation a word list. */
export const LIST_ITEMS = 4;

/** Fewest characters of a string literal split into a list of characters or words. */
export const SPLIT_CHARS = 8;

/** True when a regex source alternates at least LIST_ITEMS plain words (letters or CJK only). */
export function alternatesWords(source: string): boolean {
  const words = source
    .replace(/\(\?(?:[:=!]|<[=!])/g, '(')
    .split(/[|()]/)
    .filter((part) => /^[\p{L}]{2,}$/u.test(part));
  return source.includes('|') && words.length >= LIST_ITEMS;
}

/** A regex built with the lexicon's Han range: hanRegExp(String.raw`…${HAN}…`), a literal in all but syntax. */
function isHanRegExpCall(node: ts.Node): boolean {
  return (
    ts.isCallExpression(node) &&
    ts.isIdentifier(node.expression) &&
    node.expression.text === 'hanRegExp'
  );
}

function isLiteral(node: ts.Node): boolean {
  return (
    ts.isStringLiteralLike(node) ||
    ts.isNumericLiteral(node) ||
    ts.isRegularExpressionLiteral(node) ||
    isHanRegExpCall(node) ||
    (ts.isPrefixUnaryExpression(node) && ts.isNumericLiteral(node.operand))
  );
}

/** Counts the regexes and word lists of one TypeScript source text. */
export function countSource(file: string, text: string): RuleCount {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  let regexes = 0;
  let wordLists = 0;
  const visit = (node: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(node)) {
      regexes += 1;
      const body = node.text.slice(1, node.text.lastIndexOf('/'));
      if (alternatesWords(body)) wordLists += 1;
    } else if (
      (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
      ts.isIdentifier(node.expression) &&
      (node.expression.text === 'RegExp' || node.expression.text === 'hanRegExp')
    ) {
      regexes += 1;
      // hanRegExp(String.raw`…${HAN}…`) is a regex literal that embeds the lexicon's Han range.
      const first = node.arguments?.[0];
      if (node.expression.text === 'hanRegExp' && first && ts.isTaggedTemplateExpression(first)) {
        if (alternatesWords(first.template.getText().slice(1, -1))) wordLists += 1;
      }
    } else if (ts.isArrayLiteralExpression(node)) {
      if (
        node.elements.length >= LIST_ITEMS &&
        node.elements.every((e) => ts.isStringLiteralLike(e) && /^[\p{L}\s'’-]+$/u.test(e.text))
      )
        wordLists += 1;
    } else if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.name.text === 'split'
    ) {
      const target = node.expression.expression;
      const strings = ts.isParenthesizedExpression(target) ? target.expression : target;
      const literal = ts.isStringLiteralLike(strings)
        ? strings.text
        : ts.isBinaryExpression(strings)
          ? strings.getText()
          : '';
      if (literal.length >= SPLIT_CHARS) wordLists += 1;
    } else if (ts.isObjectLiteralExpression(node)) {
      const props = node.properties;
      if (
        props.length >= LIST_ITEMS &&
        props.every((p) => ts.isPropertyAssignment(p) && isLiteral(p.initializer))
      )
        wordLists += 1;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { file, regexes, wordLists };
}

/** The production TypeScript files of a folder (not its tests), sorted. */
function productionFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .sort()
    .map((f) => join(dir, f));
}

/** Counts every production file of the given folders (default: app/classify and app/lexicon under `root`). */
export function countRules(
  root: string,
  folders: readonly string[] = ['app/classify', 'app/lexicon'],
): RuleCount[] {
  return folders.flatMap((folder) =>
    productionFiles(join(root, folder)).map((path) =>
      countSource(path.slice(root.length + 1), readFileSync(path, 'utf8')),
    ),
  );
}

/** The totals of a count. */
export function totals(counts: readonly RuleCount[]): { regexes: number; wordLists: number } {
  return counts.reduce(
    (t, c) => ({ regexes: t.regexes + c.regexes, wordLists: t.wordLists + c.wordLists }),
    { regexes: 0, wordLists: 0 },
  );
}
