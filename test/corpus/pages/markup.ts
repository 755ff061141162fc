/**
 * Hand-labelled whole pages from one marked-up template: the way an editor would label real
 * reprints, but written by us. A story template holds the shared story with its discrepancies
 * marked inline as {c:reading of page 1|page 2|page 3} (c: n name, u number, p punctuation,
 * w wording, o omission); each page adds its own furniture around the story and its own style
 * noise. The result is a set of page texts plus truth sites and story windows in score.py's seed
 * form, with offsets computed, never counted by hand.
 */
import type { Category, CompareResult, VariantText } from '../../../app/model/types';
import type { TruthSite } from '../synthetic/generate';
import { HAN, hanRegExp } from '../../../app/lexicon/characters';

/** Half-width punctuation of a transcription that typed ASCII marks (a page's `style`). */
export function halfWidth(text: string): string {
  return text
    .replace(/，/gu, ',')
    .replace(/：/gu, ':')
    .replace(/；/gu, ';')
    .replace(/（/gu, '(')
    .replace(/）/gu, ')');
}

const HAN_THEN_LATIN = hanRegExp(`([${HAN}])([0-9A-Za-z])`, 'g');
const LATIN_THEN_HAN = hanRegExp(`([0-9A-Za-z%])([${HAN}])`, 'g');

/** Spaces around digits and Latin, as some typesetting systems put them (a page's `style`). */
export function cjkSpacing(text: string): string {
  return text.replace(HAN_THEN_LATIN, '$1 $2').replace(LATIN_THEN_HAN, '$1 $2');
}

/** One page of a probe: what surrounds the story and how the page's typesetting differs. */
export interface PageSpec {
  readonly name: string;
  /** Page furniture and other stories before the shared story. */
  readonly before: string;
  /** What follows the shared story. */
  readonly after: string;
  /** Text set inside the story after the paragraph with this index (a photo caption, an ad), or none. */
  readonly inside?: { readonly afterParagraph: number; readonly text: string };
  /** The page's style noise, applied to every character of the story this page prints. */
  readonly style?: (text: string) => string;
  /** Break story lines after this many characters (English: at the next space), as an OCR transcription of a column does. */
  readonly wrapAt?: number;
}

/** A whole probe: a story template and its pages. */
export interface PageProbe {
  readonly name: string;
  readonly story: string;
  readonly pages: readonly PageSpec[];
}

/** What a probe builds: the page texts, the labelled sites and each page's story window. */
export interface BuiltProbe {
  readonly variants: readonly VariantText[];
  readonly sites: readonly TruthSite[];
  readonly windows: ReadonlyMap<string, { start: number; end: number }>;
}

const CATEGORY: Readonly<Record<string, Category>> = {
  n: 'name',
  u: 'number',
  p: 'punctuation',
  w: 'wording',
  o: 'omission',
};

/** A piece of the template: plain shared text or a marked site. */
type Piece =
  | { readonly plain: string }
  | { readonly category: Category; readonly readings: readonly string[] };

/** Splits a template into plain text and sites; throws on a site with the wrong number of readings. */
export function parseTemplate(template: string, pages: number): Piece[] {
  const pieces: Piece[] = [];
  const site = /\{([nupwo]):([^{}]*)\}/gu;
  let at = 0;
  for (const m of template.matchAll(site)) {
    const index = m.index ?? 0;
    if (index > at) pieces.push({ plain: template.slice(at, index) });
    const readings = (m[2] ?? '').split('|');
    if (readings.length !== pages)
      throw new Error(`site ${m[0]} has ${readings.length} readings for ${pages} pages`);
    pieces.push({ category: CATEGORY[m[1] ?? ''] ?? 'wording', readings });
    at = index + m[0].length;
  }
  if (at < template.length) pieces.push({ plain: template.slice(at) });
  return pieces;
}

/** Builds the pages and their truth. Variant ids are v1, v2, … in page order, as compare names them. */
export function buildProbe(probe: PageProbe): BuiltProbe {
  const pieces = parseTemplate(probe.story, probe.pages.length);
  const texts: string[] = [];
  const siteReadings: Record<string, { start: number; end: number; text: string }>[] = pieces.map(
    () => ({}),
  );
  const windows = new Map<string, { start: number; end: number }>();
  probe.pages.forEach((page, p) => {
    const id = `v${p + 1}`;
    const style = page.style ?? ((t: string) => t);
    let text = page.before;
    let column = 0;
    let paragraph = 0;
    const start = text.length;
    const append = (chunk: string, wrap: boolean): void => {
      for (const ch of chunk) {
        text += ch;
        if (ch === '\n') {
          column = 0;
          if (text.endsWith('\n\n')) {
            if (page.inside && paragraph === page.inside.afterParagraph)
              text += `${page.inside.text}\n\n`;
            paragraph += 1;
          }
          continue;
        }
        column += 1;
        if (!wrap || !page.wrapAt || column < page.wrapAt) continue;
        // Chinese lines break anywhere; English lines at a space, which the break replaces.
        if (/[A-Za-z0-9.,;:'’"”)]/u.test(ch)) continue;
        if (ch === ' ') text = text.slice(0, -1);
        text += '\n';
        column = 0;
      }
    };
    pieces.forEach((piece, k) => {
      if ('plain' in piece) append(style(piece.plain), true);
      else {
        const reading = style(piece.readings[p] ?? '');
        const at = text.length;
        append(reading, false);
        (siteReadings[k] as Record<string, { start: number; end: number; text: string }>)[id] = {
          start: at,
          end: text.length,
          text: reading,
        };
      }
    });
    windows.set(id, { start, end: text.length });
    texts.push(text + page.after);
  });
  const sites: TruthSite[] = [];
  pieces.forEach((piece, k) => {
    if ('category' in piece)
      sites.push({ categories: [piece.category], readings: siteReadings[k] ?? {} });
  });
  return {
    variants: texts.map((text, i) => ({
      id: `v${i + 1}`,
      path: `${probe.name}/${probe.pages[i]?.name ?? i}.txt`,
      name: `${probe.pages[i]?.name ?? i}.txt`,
      encoding: 'utf-8',
      text,
    })),
    sites,
    windows,
  };
}

/**
 * Keeps only the flags that lie inside the labelled story on some page (score.py's seed mode):
 * flags in other shared stories are not judged, as the release scoring does not judge them.
 */
export function flagsInWindows(
  result: CompareResult,
  windows: ReadonlyMap<string, { start: number; end: number }>,
): CompareResult {
  const inside = (variant: string, start: number, end: number): boolean => {
    const w = windows.get(variant);
    return end > start && w !== undefined && w.start - 2 <= start && end <= w.end + 2;
  };
  return {
    ...result,
    stories: result.stories.map((s) => ({
      ...s,
      flags: s.flags.filter((f) => f.readings.some((r) => inside(r.variant, r.start, r.end))),
    })),
  };
}
