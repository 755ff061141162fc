/**
 * A tiny strict XML reader for the tests (test-only, so it lives here, not in app/): enough to
 * prove that what Variorum writes (TEI, the parts of a .docx) is well-formed and to read it back
 * in tests, in any runtime (no DOMParser in Node or a worker). It rejects what a conforming
 * parser rejects in such documents: unbalanced or crossed tags, a bare `<` or `&`, unknown
 * entities, duplicate attributes, text outside the root. DTDs are skipped, not read.
 */

/** An element: its qualified name, attributes and children in document order. */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
}

/** A child: an element or a run of character data (entities resolved). */
export type XmlNode = XmlElement | string;

const NAME = /^[A-Za-z_:][-A-Za-z0-9_:.]*/;
const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

/** Parses a document and returns its root element; throws with the offset of the first error. */
export function parseXml(source: string): XmlElement {
  let pos = 0;
  const fail = (message: string): never => {
    throw new Error(`XML error at ${pos}: ${message}`);
  };
  const skipMisc = (): void => {
    for (;;) {
      const rest = source.slice(pos);
      const space = /^\s+/.exec(rest);
      if (space) pos += space[0].length;
      else if (rest.startsWith('<?')) pos = endOf('?>');
      else if (rest.startsWith('<!--')) pos = endOf('-->');
      else if (rest.startsWith('<!DOCTYPE')) pos = endOf('>');
      else return;
    }
  };
  const endOf = (close: string): number => {
    const at = source.indexOf(close, pos);
    if (at < 0) fail(`missing ${close}`);
    return at + close.length;
  };
  const decode = (raw: string): string =>
    raw.replace(/&([^;&<\s]*);?/g, (whole, ref: string) => {
      if (!whole.endsWith(';')) fail(`bare "&" in "${raw.slice(0, 40)}"`);
      if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
      if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
      const value = ENTITIES[ref];
      if (value === undefined) fail(`unknown entity &${ref};`);
      return value ?? '';
    });
  const readName = (): string => {
    const match = NAME.exec(source.slice(pos));
    if (!match) return fail('expected a name');
    pos += match[0].length;
    return match[0];
  };
  const readElement = (): XmlElement => {
    if (source[pos] !== '<') fail('expected "<"');
    pos++;
    const name = readName();
    const attributes: Record<string, string> = {};
    for (;;) {
      const space = /^\s*/.exec(source.slice(pos))?.[0] ?? '';
      pos += space.length;
      if (source.startsWith('/>', pos)) {
        pos += 2;
        return { name, attributes, children: [] };
      }
      if (source[pos] === '>') {
        pos++;
        break;
      }
      if (!space) fail('expected white space before an attribute');
      const attr = readName();
      const value = /^\s*=\s*("([^"<]*)"|'([^'<]*)')/.exec(source.slice(pos));
      if (!value) return fail(`bad value of attribute ${attr}`);
      if (attr in attributes) fail(`duplicate attribute ${attr}`);
      attributes[attr] = decode(value[2] ?? value[3] ?? '');
      pos += value[0].length;
    }
    const children: XmlNode[] = [];
    for (;;) {
      if (pos >= source.length) fail(`<${name}> is not closed`);
      if (source.startsWith('</', pos)) {
        pos += 2;
        const close = readName();
        if (close !== name) fail(`</${close}> closes <${name}>`);
        pos += /^\s*/.exec(source.slice(pos))?.[0].length ?? 0;
        if (source[pos] !== '>') fail('expected ">"');
        pos++;
        return { name, attributes, children };
      }
      if (source.startsWith('<!--', pos)) {
        pos = endOf('-->');
      } else if (source.startsWith('<![CDATA[', pos)) {
        const start = pos + 9;
        pos = endOf(']]>');
        children.push(source.slice(start, pos - 3));
      } else if (source.startsWith('<?', pos)) {
        pos = endOf('?>');
      } else if (source[pos] === '<') {
        children.push(readElement());
      } else {
        const next = source.indexOf('<', pos);
        const raw = source.slice(pos, next < 0 ? source.length : next);
        if (raw.includes(']]>')) fail('"]]>" in text');
        children.push(decode(raw));
        pos += raw.length;
      }
    }
  };
  skipMisc();
  const root = readElement();
  skipMisc();
  if (pos < source.length) fail('content after the root element');
  return root;
}

/** Every descendant element with this name, in document order. */
export function findAll(element: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const walk = (node: XmlElement): void => {
    for (const child of node.children) {
      if (typeof child === 'string') continue;
      if (child.name === name) found.push(child);
      walk(child);
    }
  };
  walk(element);
  return found;
}

/** The character data of an element and its descendants. */
export function textOf(node: XmlNode): string {
  return typeof node === 'string' ? node : node.children.map(textOf).join('');
}
