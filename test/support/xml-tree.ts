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
  const reader = new XmlReader(source);
  reader.skipMisc();
  const root = reader.readElement();
  reader.skipMisc();
  if (reader.pos < source.length) reader.fail('content after the root element');
  return root;
}

/** A cursor over the source, reading one construct at a time; every error names its offset. */
class XmlReader {
  pos = 0;
  constructor(private readonly source: string) {}

  fail(message: string): never {
    throw new Error(`XML error at ${this.pos}: ${message}`);
  }

  /** Skips white space, processing instructions, comments and a DOCTYPE. */
  skipMisc(): void {
    for (;;) {
      const rest = this.source.slice(this.pos);
      const space = /^\s+/.exec(rest);
      if (space) this.pos += space[0].length;
      else if (rest.startsWith('<?')) this.pos = this.endOf('?>');
      else if (rest.startsWith('<!--')) this.pos = this.endOf('-->');
      else if (rest.startsWith('<!DOCTYPE')) this.pos = this.endOf('>');
      else return;
    }
  }

  /** The offset just after the next `close`. */
  endOf(close: string): number {
    const at = this.source.indexOf(close, this.pos);
    if (at < 0) this.fail(`missing ${close}`);
    return at + close.length;
  }

  /** Text with its character and entity references replaced. */
  decode(raw: string): string {
    return raw.replace(/&([^;&<\s]*);?/g, (whole, ref: string) => {
      if (!whole.endsWith(';')) this.fail(`bare "&" in "${raw.slice(0, 40)}"`);
      if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
      if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
      const value = ENTITIES[ref];
      if (value === undefined) this.fail(`unknown entity &${ref};`);
      return value ?? '';
    });
  }

  readName(): string {
    const match = NAME.exec(this.source.slice(this.pos));
    if (!match) return this.fail('expected a name');
    this.pos += match[0].length;
    return match[0];
  }

  /** An element: its start tag, then (unless it closes itself) its content up to its end tag. */
  readElement(): XmlElement {
    if (this.source[this.pos] !== '<') this.fail('expected "<"');
    this.pos++;
    const name = this.readName();
    const { attributes, empty } = this.readAttributes();
    return { name, attributes, children: empty ? [] : this.readContent(name) };
  }

  /** A start tag's attributes, up to its `>` or `/>` (`empty`). */
  private readAttributes(): { attributes: Record<string, string>; empty: boolean } {
    const attributes: Record<string, string> = {};
    for (;;) {
      const space = /^\s*/.exec(this.source.slice(this.pos))?.[0] ?? '';
      this.pos += space.length;
      if (this.source.startsWith('/>', this.pos)) {
        this.pos += 2;
        return { attributes, empty: true };
      }
      if (this.source[this.pos] === '>') {
        this.pos++;
        return { attributes, empty: false };
      }
      if (!space) this.fail('expected white space before an attribute');
      const attr = this.readName();
      const value = /^\s*=\s*("([^"<]*)"|'([^'<]*)')/.exec(this.source.slice(this.pos));
      if (!value) return this.fail(`bad value of attribute ${attr}`);
      if (attr in attributes) this.fail(`duplicate attribute ${attr}`);
      attributes[attr] = this.decode(value[2] ?? value[3] ?? '');
      this.pos += value[0].length;
    }
  }

  /** An element's children (text, CDATA, elements) up to and including its end tag. */
  private readContent(name: string): XmlNode[] {
    const { source } = this;
    const children: XmlNode[] = [];
    for (;;) {
      if (this.pos >= source.length) this.fail(`<${name}> is not closed`);
      if (source.startsWith('</', this.pos)) {
        this.pos += 2;
        const close = this.readName();
        if (close !== name) this.fail(`</${close}> closes <${name}>`);
        this.pos += /^\s*/.exec(source.slice(this.pos))?.[0].length ?? 0;
        if (source[this.pos] !== '>') this.fail('expected ">"');
        this.pos++;
        return children;
      }
      if (source.startsWith('<!--', this.pos)) {
        this.pos = this.endOf('-->');
      } else if (source.startsWith('<![CDATA[', this.pos)) {
        const start = this.pos + 9;
        this.pos = this.endOf(']]>');
        children.push(source.slice(start, this.pos - 3));
      } else if (source.startsWith('<?', this.pos)) {
        this.pos = this.endOf('?>');
      } else if (source[this.pos] === '<') {
        children.push(this.readElement());
      } else {
        const next = source.indexOf('<', this.pos);
        const raw = source.slice(this.pos, next < 0 ? source.length : next);
        if (raw.includes(']]>')) this.fail('"]]>" in text');
        children.push(this.decode(raw));
        this.pos += raw.length;
      }
    }
  }
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
