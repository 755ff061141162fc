import { describe, expect, it } from 'vitest';
import { AGENCIES, BYLINE_CLOSES, BYLINE_ROLES, WIRE_SERVICES } from './newsroom';
import { personVerbs } from './person-verbs';
import {
  BODY_HEADS,
  COLLEGES,
  FIRM_HEADS,
  ORGANISATION_HEADS,
  PLACE_KINDS,
  STEM_SUFFIXES,
  SUFFIXES,
} from './place-suffixes';
import { PERSON_TITLES, TITLES_AFTER_NAME } from './titles';

describe('lists written once, their subsets marked in them', () => {
  it('takes the stems and the colleges from the suffixes, and heads of bodies beside them', () => {
    expect(STEM_SUFFIXES).toEqual(expect.arrayContaining(['区', '街道', '公司']));
    expect(STEM_SUFFIXES).not.toContain('中心');
    for (const s of [...STEM_SUFFIXES, ...COLLEGES]) expect(SUFFIXES).toContain(s);
    expect([...COLLEGES].sort()).toEqual(['大学', '学院', '研究所', '研究院'].sort());
    expect(ORGANISATION_HEADS).toEqual(expect.arrayContaining(['局', '办公室', '委']));
    expect(SUFFIXES).not.toContain('办公室');
  });

  it('marks the heads of firms, of abbreviated bodies and the words for places in the same table', () => {
    expect(FIRM_HEADS).toEqual(expect.arrayContaining(['合作社', '有限公司', '基金会']));
    expect(BODY_HEADS).toEqual(expect.arrayContaining(['部门', '局', '地区']));
    expect(PLACE_KINDS).toEqual(expect.arrayContaining(['镇', '地', '港口', '地区']));
    expect(SUFFIXES).not.toContain('部门');
    expect(PLACE_KINDS).not.toContain('公司');
  });

  it('keeps a title that only follows a name out of the titles before one', () => {
    expect(TITLES_AFTER_NAME).toEqual(expect.arrayContaining(['师傅', '同志', '先生']));
    expect(PERSON_TITLES).toContain('师傅');
    expect(PERSON_TITLES).not.toContain('先生');
    expect(PERSON_TITLES).not.toContain('教授^');
  });

  it('splits the agencies by script and the verbs by role', () => {
    expect(AGENCIES).toContain('新华社');
    expect(AGENCIES).not.toContain('AP');
    expect(WIRE_SERVICES).toEqual(['AP', 'Reuters', 'AFP', 'UPI']);
    expect(BYLINE_ROLES).toEqual(expect.arrayContaining(['记者', '摄']));
    expect(BYLINE_ROLES).not.toContain('报道');
    expect(BYLINE_CLOSES).toEqual(expect.arrayContaining(['报道', '摄影', '撰文']));
    expect(new RegExp(`^(?:${personVerbs('say')})$`).test('坦言')).toBe(true);
    expect(new RegExp(`^(?:${personVerbs('act')})$`).test('坦言')).toBe(false);
    expect(new RegExp(`^(?:${personVerbs('feat')})$`).test('夺冠')).toBe(true);
  });
});
