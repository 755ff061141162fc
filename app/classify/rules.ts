/**
 * The rule table: every row of every rule file, in the order of precedence.ts, and the last row,
 * wording, which needs no evidence.
 */
import { precedenceOf } from './precedence';
import type { Rule } from './rule';
import { BYLINE_RULES } from './rules-byline';
import { ENGLISH_AMOUNT_ROWS } from './rules-english-amounts';
import { OWN_HEADLINE_RULES } from './rules-own-headlines';
import { ENGLISH_NAME_RULES } from './rules-english-names';
import { ENGLISH_QUANTITY_RULES } from './rules-english-quantities';
import { ENGLISH_WHEN_RULES } from './rules-english-when';
import { FORM_RULES } from './rules-form';
import { LOOK_ALIKE_RULES } from './rules-look-alike';
import { NAME_RULES } from './rules-name';
import { NUMBER_RULES } from './rules-number';
import { OMISSION_RULES } from './rules-omission';

/** No evidence of a name, a number, marks or a loss: other words differ. */
const wording: Rule = {
  id: 'wording.other',
  category: 'wording',
  applies: () => ({}),
  why: { en: 'other words differ: {a} / {b}', 'zh-CN': '用词不同：{a} / {b}' },
  examples: {
    positive: [
      ['解决[困难]和', '解决[问题]和'],
      ['人民[群众]幸福', '人民[]幸福'],
    ],
    negative: [],
  },
};

/** Every rule, in the order of precedence.ts. */
export const RULES: readonly Rule[] = [
  ...FORM_RULES,
  ...OMISSION_RULES,
  ...NUMBER_RULES,
  ...ENGLISH_WHEN_RULES,
  ...ENGLISH_AMOUNT_ROWS,
  ...ENGLISH_QUANTITY_RULES,
  ...OWN_HEADLINE_RULES,
  ...NAME_RULES,
  ...ENGLISH_NAME_RULES,
  ...LOOK_ALIKE_RULES,
  ...BYLINE_RULES,
  wording,
].sort((a, b) => precedenceOf(a.id) - precedenceOf(b.id));
