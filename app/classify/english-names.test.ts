/**
 * English proper-noun evidence at a sentence's start: a capitalised word that opens a sentence is
 * no name for that alone, and a wire dateline's dash opens one.
 */
import { describe, expect, it } from 'vitest';
import { storyContext } from './context';
import { englishNameEvidence } from './english-names';

const STORY =
  'HALVERTON, Ore. （AP） —— Dozens of people lined the road on Friday. Mayor Ruth Okonjo spoke first.';

describe('englishNameEvidence after a wire dateline', () => {
  it('takes the first word after the dateline dash for a sentence opener, not a name', () => {
    const story = storyContext(STORY);
    expect(
      englishNameEvidence('Dozens', 'HALVERTON, Ore. （AP） —— ', ' of people lined', story),
    ).toBeNull();
    expect(englishNameEvidence('Dozens', 'Ore. (AP) — ', ' of people', story)).toBeNull();
    expect(englishNameEvidence('Dozens', 'HALVERTON -- ', ' of people', story)).toBeNull();
  });

  it('still finds a name there that the story capitalises inside a sentence too', () => {
    const story = storyContext(`${STORY} Residents thanked Okonjo.`);
    expect(englishNameEvidence('Okonjo', 'Ore. (AP) — ', ' spoke first', story)).not.toBeNull();
  });

  it('reads a dash inside a sentence as no sentence start', () => {
    const story = storyContext('The road — Hollis said — stays shut.');
    expect(englishNameEvidence('Hollis', 'The road — ', ' said', story)).not.toBeNull();
  });
});

describe('englishNameEvidence after one quotation closed and another opened', () => {
  it('takes the first word of the new quotation for a sentence opener (folding drops the space between the quotes)', () => {
    const story = storyContext('She said the pond “froze early.”“Nobody skated,” she said.');
    expect(
      englishNameEvidence('Nobody', 'said the pond “froze early.”“', ' skated', story),
    ).toBeNull();
    expect(englishNameEvidence('Nobody', 'the pond "froze early." "', ' skated', story)).toBeNull();
  });
});
