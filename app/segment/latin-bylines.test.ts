import { describe, expect, it } from 'vitest';
import type { BlockKind } from './block-types';
import { segmentPage } from './segment-page';

/** The kind of the block that holds `line` on a page of a headline, `lines` and a paragraph. */
function kindOf(lines: readonly string[], line: string): BlockKind | undefined {
  const text = ['Ferry gets a new deck', ...lines, 'The ferry will get a new deck in May.'].join(
    '\n\n',
  );
  const at = text.indexOf(line);
  return segmentPage(text).blocks.find((b) => b.start <= at && at < b.end)?.kind;
}

describe('English bylines', () => {
  it.each([
    // Names listed with commas, a role or a wire service after them.
    'By Tamsin Orr, Idris Vale and Noor Haddad, Associated Press',
    'By Tamsin Orr, Staff Writer, and Idris Vale, Special to the Courier',
    'By Tamsin Orr and Idris Vale / The Harbor Ledger',
    // A surname's particles (van der, de la) between the capitalised words.
    'By Wouter van der Linde, Correspondent',
    'By Inés de la Vega and Pim ten Berge',
    // Accents decomposed (NFD): the combining marks belong to the name.
    'By RENE\u0301 MUN\u0303OZ and IDRIS VALE',
  ])('reads %s as a byline', (line) => {
    expect(kindOf([line], line)).toBe('byline');
  });

  it.each([
    'By then the river had crested twice.',
    'By Friday, crews had cleared the road.',
    'By 2029 the ferry will run every hour.',
  ])('leaves the sentence %s a paragraph', (line) => {
    expect(kindOf([line], line)).toBe('paragraph');
  });
});
