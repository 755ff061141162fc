/**
 * Same-sound and look-alike evidence for a changed character: pinyin-pro gives every reading of a
 * character (tones aside), app/lexicon/confusables.ts the shapes print and OCR confuse.
 */
import { polyphonic, segment } from 'pinyin-pro';
import { isHan } from '../lexicon/characters';
import { lookAlike } from '../lexicon/confusables';

const readings = new Map<string, ReadonlySet<string>>();

/**
 * Every toneless pinyin reading of one character (a polyphone has several). pinyin-pro's
 * `polyphonic` reads its character dictionary directly; `pinyin(ch, { multiple: true })` gives the
 * same readings (sounds.test.ts) but first builds the phrase dictionary's matcher, most of a
 * two-file compare's cost when one same-sound question is asked.
 */
export function soundsOf(ch: string): ReadonlySet<string> {
  let found = readings.get(ch);
  if (!found) {
    found = new Set(
      (polyphonic(ch, { toneType: 'none', type: 'array' })[0] ?? []).filter((s) =>
        /^[a-zü]+$/.test(s),
      ),
    );
    readings.set(ch, found);
  }
  return found;
}

/** How two different Chinese characters are confused: 'sound' when a reading is shared, 'shape' when they look alike. */
export function confusion(a: string, b: string): 'sound' | 'shape' | null {
  if (a === b || !isHan(a) || !isHan(b)) return null;
  if (lookAlike(a, b)) return 'shape';
  const sa = soundsOf(a);
  for (const s of soundsOf(b)) if (sa.has(s)) return 'sound';
  return null;
}

const compounds = new Map<string, boolean>();

/** The characters pinyin-pro's segmenter keeps together in `text`, by its surname mode. */
function pinyinUnits(text: string, surname: 'head' | 'off'): number {
  return segment(text, { surname, toneType: 'none' }).length;
}

/**
 * True when two Han characters are a compound surname (闾丘, 申屠, 宇文): pinyin-pro reads them
 * as one surname at a name's head but as two characters otherwise, from its surname data (the
 * 百家姓). A phrase it joins either way (银行, 长孙) is a word, not taken for a surname. Its
 * segmenter builds its phrase matcher on the first call (~30 ms), so only sites that could be a
 * compound surname ask.
 */
export function compoundSurname(pair: string): boolean {
  let found = compounds.get(pair);
  if (found === undefined) {
    found = pinyinUnits(pair, 'head') === 1 && pinyinUnits(pair, 'off') === 2;
    compounds.set(pair, found);
  }
  return found;
}
