/**
 * No UI text outside the locale files: every component's JSX text and its labelling attributes
 * (aria-label, title, placeholder, alt) go through `t()`, and every key the components ask for
 * exists in both languages. Parses each renderer/**\/*.tsx with the TypeScript compiler, so a
 * string added to a component tomorrow fails here rather than showing up in English in the zh UI.
 */
import ts from 'typescript';
import type { LoadErrorCode } from '../../app/ipc/contract';
import { describe, expect, it } from 'vitest';
import en from './locales/en.json';
import zhCN from './locales/zh-CN.json';

const sources = import.meta.glob<string>('../**/*.tsx', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** Attributes a person reads or hears: their values must be translated. */
const LABEL_ATTRIBUTES = new Set([
  'aria-label',
  'title',
  'placeholder',
  'alt',
  'aria-description',
  'aria-roledescription',
  'label',
]);

/**
 * Literal text allowed in components, each with its reason. Anything without a letter (×, ⇄, ▾,
 * digits, punctuation) is allowed by rule: symbols read the same in both languages.
 */
const ALLOWED: Readonly<Record<string, string>> = {
  // The language picker names each language in itself (an endonym), as every OS does, so a reader
  // who cannot read the current UI language still finds their own.
  简体中文: 'language endonym',
  English: 'language endonym',
  // Key caps on buttons: the keys are the same Latin letters on a Chinese keyboard.
  A: 'key cap of the accept key',
  E: 'key cap of the edit key',
  R: 'key cap of the reject key',
};

/** One literal found in a component. */
interface Literal {
  readonly file: string;
  readonly line: number;
  readonly text: string;
}

function hasLetter(text: string): boolean {
  return /\p{L}/u.test(text);
}

/** Every literal UI string in one .tsx source: JSX text and string values of labelling attributes. */
function findLiterals(file: string, source: string): Literal[] {
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: Literal[] = [];
  const add = (node: ts.Node, text: string): void => {
    const trimmed = text.trim();
    if (trimmed === '' || !hasLetter(trimmed) || ALLOWED[trimmed]) return;
    found.push({
      file,
      line: tree.getLineAndCharacterOfPosition(node.getStart()).line + 1,
      text: trimmed,
    });
  };
  /**
   * String literals an expression can evaluate to: the literal itself, either branch of `? :`, the
   * right of `&&` / `||` / `??`. Calls (t('key')), comparisons and JSX inside are not shown text.
   */
  const addStrings = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) add(node, node.text);
    else if (ts.isTemplateExpression(node))
      add(node, [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' '));
    else if (ts.isParenthesizedExpression(node) || ts.isJsxExpression(node)) {
      if (node.expression) addStrings(node.expression);
    } else if (ts.isConditionalExpression(node)) {
      addStrings(node.whenTrue);
      addStrings(node.whenFalse);
    } else if (ts.isBinaryExpression(node)) {
      const op = node.operatorToken.kind;
      if (
        op === ts.SyntaxKind.AmpersandAmpersandToken ||
        op === ts.SyntaxKind.BarBarToken ||
        op === ts.SyntaxKind.QuestionQuestionToken
      ) {
        addStrings(node.right);
        if (op !== ts.SyntaxKind.AmpersandAmpersandToken) addStrings(node.left);
      }
    }
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) add(node, node.text);
    else if (
      ts.isJsxAttribute(node) &&
      LABEL_ATTRIBUTES.has(node.name.getText(tree)) &&
      node.initializer
    ) {
      addStrings(node.initializer);
      return;
    } else if (ts.isJsxExpression(node) && node.expression && ts.isJsxElement(node.parent)) {
      // {'text'} or {cond ? 'a' : 'b'} as a child of an element is shown text too.
      addStrings(node.expression);
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return found;
}

/** The message keys a source asks for: literal `t('key')` and the fixed part of `t(\`prefix.${x}\`)`. */
function findKeys(source: string): { exact: string[]; prefixes: string[] } {
  const exact = [...source.matchAll(/\bt\(\s*'([\w.-]+)'/g)].map((m) => m[1] ?? '');
  const prefixes = [...source.matchAll(/\bt\(\s*`([\w.-]+)\$\{/g)].map((m) => m[1] ?? '');
  return { exact, prefixes };
}

describe('UI strings', () => {
  it('finds the components to scan', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(20);
  });

  it('the scanner catches literal text, labels and placeholders (and lets t() through)', () => {
    const sample = [
      '<p title="Shown on hover">Hello there</p>;',
      '<input placeholder={`Search ${x}`} aria-label={t("ok")} />;',
      '<div>{open ? "Close" : t("x")} × {count}</div>;',
      '<kbd>A</kbd>;',
    ].join('\n');
    expect(findLiterals('sample.tsx', sample).map((l) => l.text)).toEqual([
      'Shown on hover',
      'Hello there',
      'Search',
      'Close',
    ]);
  });

  it('no component shows a literal string: all go through the locale files', () => {
    const literals = Object.entries(sources).flatMap(([file, source]) =>
      findLiterals(file, source),
    );
    expect(literals.map((l) => `${l.file}:${l.line} ${JSON.stringify(l.text)}`)).toEqual([]);
  });

  it('every key the components ask for exists in both languages', () => {
    const missing: string[] = [];
    for (const [file, source] of Object.entries(sources)) {
      const { exact, prefixes } = findKeys(source);
      for (const key of exact) {
        if (!(key in en) || !(key in zhCN)) missing.push(`${file}: ${key}`);
      }
      for (const prefix of prefixes) {
        if (!Object.keys(en).some((k) => k.startsWith(prefix))) missing.push(`${file}: ${prefix}…`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('file errors', () => {
  it('every reason a file is refused has a message in both languages', () => {
    // A Record over the union: a new LoadErrorCode fails to compile here until it is listed.
    const codes: Record<LoadErrorCode, true> = {
      'not-found': true,
      'is-directory': true,
      unreadable: true,
      'too-large': true,
      binary: true,
      undecodable: true,
    };
    for (const code of Object.keys(codes)) {
      expect(`variants.error.${code}` in en, code).toBe(true);
      expect(`variants.error.${code}` in zhCN, code).toBe(true);
    }
  });
});
