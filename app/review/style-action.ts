/**
 * What a style note's Apply does to the canonical (issue 13: "Apply on a half-width page converted
 * the canonical to full-width and said neither"). A note says how one page typed something; the
 * action always moves the canonical toward the house form, whichever way that page differs: a
 * note about full-width punctuation on one page and one about half-width punctuation on another
 * both make the canonical's punctuation full-width in Chinese text, never the page's own width.
 */
import type { StyleKind } from '../model/types';

/** The style edit each note's Apply runs (style-edits.ts), by the note's kind. */
const ACTION: Readonly<Record<StyleKind, StyleKind>> = {
  // Width of punctuation: the house form is full-width in Chinese text, whatever the page did.
  'half-width-punctuation': 'half-width-punctuation',
  'full-width-punctuation': 'half-width-punctuation',
  // Full-width digits and letters: the house form is ASCII.
  'full-width-digits': 'full-width-digits',
  'full-width-latin': 'full-width-latin',
  'quote-style': 'quote-style',
  'line-wrap': 'line-wrap',
  whitespace: 'whitespace',
  'heading-marks': 'heading-marks',
  'cjk-spacing': 'cjk-spacing',
  'continuation-marks': 'continuation-marks',
  'traditional-script': 'traditional-script',
};

/** The style edit a note's Apply runs; also the key of the sentence that says what it does. */
export function styleActionOf(noteKind: StyleKind): StyleKind {
  return ACTION[noteKind];
}
