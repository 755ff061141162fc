/**
 * The house form a canonical starts in (issue 13: "house style decides heading marks and width"):
 * whichever page is the base, the canonical carries no Markdown heading marks ("## 标题" is how one
 * page typed a headline, not text) and full-width punctuation where the text around it is Chinese.
 * Both are folds the engine treats as style, so no flag is decided by them; English text is left
 * as it is. Spacing is left to the export's house style option: a space after 本报讯 is a paper's
 * layout that an editor may want to keep.
 */
import type { StyleKind } from '../model/types';
import { anchorOf } from './anchors';
import { applyStyleEdits, applyStyleNote, styleEdits } from './style';
import type { StoryReview } from './types';

/** The style kinds the house form settles, in the order they are applied. */
export const HOUSE_FORM_KINDS: readonly StyleKind[] = ['heading-marks', 'half-width-punctuation'];

/** The review with its canonical in the house form; anchors stay on their text, decisions unchanged. */
export function toHouseForm(review: StoryReview): StoryReview {
  let out = review;
  for (const kind of HOUSE_FORM_KINDS) out = applyStyleNote(out, kind).review;
  return out;
}

/** A plain text in the house form (what `toHouseForm` makes of a canonical with no anchors). */
export function houseFormText(text: string): string {
  return toHouseForm({ storyId: '', baseVariant: '', canonical: text, anchors: [], decisions: {} })
    .canonical;
}

/**
 * The house form inside one flag's anchor only: a reading just taken into the canonical goes in as
 * its page printed it (its words, digits and quotes), except that the house form settles its
 * heading marks and its punctuation width, as it did for the rest of the canonical. The rest of
 * the canonical, hand edits included, is left as it is.
 */
export function toHouseFormAt(review: StoryReview, flagId: string): StoryReview {
  let out = review;
  for (const kind of HOUSE_FORM_KINDS) {
    const anchor = anchorOf(out, flagId);
    if (!anchor || anchor.start === anchor.end) return out;
    const edits = styleEdits(out.canonical, kind).filter(
      (e) => e.start >= anchor.start && e.end <= anchor.end,
    );
    out = applyStyleEdits(out, edits);
  }
  return out;
}
