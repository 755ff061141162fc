/**
 * The byline's name row: a person or a paper printed in a byline by some variants and not others,
 * or printed otherwise, is a name's disagreement (README's conventions), in either language and
 * whichever variants print it. The reading rows ask the majority's context, which for a co-author
 * only one reprint adds is empty; a byline needs no context to vouch for its names.
 */
import { namedInByline, roleChangedInByline } from './byline';
import type { Rule } from './rule';

const bylineNames: Rule = {
  id: 'name.byline-credit',
  category: 'name',
  applies: (site, story) => (namedInByline(site.readings, story) ? {} : null),
  why: {
    en: 'a name in the byline differs: {a} / {b}',
    'zh-CN': '署名中的名字不同：{a} / {b}',
  },
  examples: {
    positive: [
      // A co-author only one of three reprints prints.
      [
        'FLOOD\nBy Nora Blake[], Staff Writers\n\nThe river rose.',
        'FLOOD\nBy Nora Blake[, Ivo Strand and Lea Moss], Staff Writers\n\nThe river rose.',
        'FLOOD\nBy Nora Blake[], Staff Writers\n\nThe river rose.',
      ],
      [
        '4月8日电（记者吴佳琪[]）晚上七点下雨。',
        '4月8日电（记者吴佳琪[陈立航]）晚上七点下雨。',
        '4月8日电（记者吴佳琪[]）晚上七点下雨。',
      ],
      // A surname's particles dropped from a byline with a role after the name.
      [
        'FLOOD\nBy Marit [van der ]Hoek, Correspondent\n\nThe river rose.',
        'FLOOD\nBy Marit []Hoek, Correspondent\n\nThe river rose.',
      ],
    ],
    negative: [
      // A role word alone, and a whole byline, are the omission rows'.
      [
        'FLOOD\nBy NORA BLAKE\n[Staff writer]\n\nThe river rose.',
        'FLOOD\nBy NORA BLAKE\n[]\n\nThe river rose.',
      ],
      ['日电（[记者]吴佳琪陈立航）记者4日', '日电（[]吴佳琪陈立航）记者4日'],
      ['the town of [Blake] and', 'the town of [Blade] and'],
    ],
  },
};

/**
 * A byline's role printed as another role (By A, Staff Writer / By A, Staff Reporter): words that
 * name no one, changed for other such words, are wording (rows label them so). The roles are the
 * lexicon's (newsroom.ts); a name or a paper in their place is a name, and a role dropped whole
 * stays omission.byline-part's.
 */
const bylineRole: Rule = {
  id: 'wording.byline-role',
  category: 'wording',
  applies: (site, story) => (roleChangedInByline(site.readings, story) ? {} : null),
  why: {
    en: 'a byline names its writer otherwise, not another writer: {a} / {b}',
    'zh-CN': '署名中的职务称谓不同，署名人未变：{a} / {b}',
  },
  examples: {
    positive: [
      [
        'PIER\nBy Oona Pettibone-Marsh, Staff [Writer]\n\nThe pier reopened.',
        'PIER\nBy Oona Pettibone-Marsh, Staff [Reporter]\n\nThe pier reopened.',
      ],
      [
        'PIER\nBy Lars Quennell | [Staff Writer]\n\nThe pier reopened.',
        'PIER\nBy Lars Quennell | [Correspondent]\n\nThe pier reopened.',
      ],
    ],
    negative: [
      [
        'PIER\nBy [Oona] Pettibone-Marsh, Staff Writer\n\nThe pier reopened.',
        'PIER\nBy [Una] Pettibone-Marsh, Staff Writer\n\nThe pier reopened.',
      ],
      [
        'PIER\nBy Ilse Varga, [The Maple Hollow ]Courier\n\nThe pier reopened.',
        'PIER\nBy Ilse Varga, []Courier\n\nThe pier reopened.',
      ],
      ['the [writer] said', 'the [reporter] said'],
    ],
  },
};

/** The byline rows (precedence.ts orders every row). */
export const BYLINE_RULES: readonly Rule[] = [bylineNames, bylineRole];
