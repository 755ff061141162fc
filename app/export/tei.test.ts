import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Flag } from '../model/types';
import type { CanonicalAnchor, Decision } from '../review/types';
import { FIXTURE_SOURCE } from '../../test/fixtures/export/export-fixture';
import { resolveStories } from './story-texts';
import { teiDocument } from './tei';
import { findAll, parseXml, textOf, type XmlElement } from '../../test/support/xml-tree';
import type { ExportSource } from './types';

const NOW = '2026-11-23T10:00:00.000Z';

describe('teiDocument', () => {
  const xml = teiDocument(resolveStories(FIXTURE_SOURCE), FIXTURE_SOURCE.variants, { now: NOW });
  const root = parseXml(xml);

  it('is well-formed TEI listing every variant as a witness', () => {
    expect(root.name).toBe('TEI');
    expect(root.attributes.xmlns).toBe('http://www.tei-c.org/ns/1.0');
    const witnesses = findAll(root, 'witness');
    expect(witnesses.map((w) => w.attributes['xml:id'])).toEqual(['v1', 'v2', 'v3']);
    expect(witnesses.map(textOf)).toEqual(FIXTURE_SOURCE.variants.map((v) => v.name));
  });

  it('has one app per flag carrying every reading under its witnesses', () => {
    const apps = findAll(root, 'app');
    const story = FIXTURE_SOURCE.stories[0];
    expect(apps.map((a) => a.attributes['xml:id'])).toEqual(story?.flags.map((f) => f.id));
    for (const flag of story?.flags ?? []) {
      const app = apps.find((a) => a.attributes['xml:id'] === flag.id);
      if (!app) throw new Error(`no app for ${flag.id}`);
      expect(app.attributes.type).toBe(flag.category);
      const entries = [...findAll(app, 'lem'), ...findAll(app, 'rdg')];
      for (const reading of flag.readings) {
        const entry = entries.find((e) =>
          (e.attributes.wit ?? '').split(' ').includes(`#${reading.variant}`),
        );
        // <lb/> stands for a line break; compare the reading without its line-ending style.
        const shown = entry
          ? entry.children
              .map((c) => (typeof c === 'string' ? c : c.name === 'lb' ? '\n' : ''))
              .join('')
          : undefined;
        expect(shown).toBe(reading.text.replace(/\r\n/g, '\n'));
      }
    }
  });

  it('uses the canonical as lem: the decision when decided, the provisional reading marked open otherwise', () => {
    const app = (id: string) => findAll(root, 'app').find((a) => a.attributes['xml:id'] === id);
    const lem = findAll(app('s1-f1') ?? root, 'lem')[0];
    expect(lem && textOf(lem)).toBe('3500');
    expect(lem?.attributes.wit).toBe('#v2');
    expect(lem?.attributes.type).toBe('picked');
    const open = findAll(app('s1-f3') ?? root, 'lem');
    expect(open.map((l) => [textOf(l), l.attributes.type, l.attributes.wit])).toEqual([
      ['，', 'open', '#v1 #v2'],
    ]);
    expect(findAll(app('s1-f2') ?? root, 'lem')[0]?.attributes.resp).toBe('#editor-1');
    expect(textOf(findAll(app('s1-f1') ?? root, 'note')[0] ?? '')).toContain('"3500" & not <3200>');
  });

  it('reads as the canonical text when every app shows its lemma', () => {
    const body = findAll(root, 'body')[0];
    const paragraphs = findAll(body ?? root, 'p').map((p) =>
      p.children
        .map((c) => (typeof c === 'string' ? c : textOf(findAll(c, 'lem')[0] ?? '')))
        .join(''),
    );
    expect(paragraphs.join('')).toBe(FIXTURE_SOURCE.reviews[0]?.canonical.replace(/\n/g, ''));
  });

  it('stays well-formed with markup, ampersands and control characters in names and text', () => {
    const hostile: ExportSource = {
      ...FIXTURE_SOURCE,
      variants: FIXTURE_SOURCE.variants.map((v) => ({
        ...v,
        name: `<a href="x">${v.name}</a> & 'co'\u0001`,
      })),
      stories: FIXTURE_SOURCE.stories.map((s) => ({ ...s, title: `${s.title} </head> &amp;` })),
    };
    const doc = parseXml(teiDocument(resolveStories(hostile), hostile.variants, { now: NOW }));
    expect(textOf(findAll(doc, 'witness')[0] ?? '')).toBe(`<a href="x">wire.txt</a> & 'co'`);
    expect(textOf(findAll(doc, 'head')[0] ?? '')).toBe('社区食堂温暖老人心 </head> &amp;');
  });
});

describe('teiDocument on arbitrary text', () => {
  const piece = fc.constantFrom(
    '中',
    '𠀋',
    'a',
    '<',
    '>',
    '&',
    '"',
    "'",
    ']]>',
    '&amp;',
    ' ',
    '\n',
    '，',
  );
  const text = fc.array(piece, { maxLength: 8 }).map((a) => a.join(''));

  it('is always well-formed and carries every reading', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(text, text, text, text), { minLength: 1, maxLength: 5 }),
        fc.boolean(),
        (cells, decide) => {
          // Each cell: the plain text before a flag, and the flag's three readings (v1 is the canonical's).
          let canonical = '';
          const anchors: CanonicalAnchor[] = [];
          const flags: Flag[] = cells.map(([before, r1, r2, r3], i) => {
            canonical += before;
            anchors.push({
              flagId: `s1-f${i + 1}`,
              start: canonical.length,
              end: canonical.length + r1.length,
            });
            canonical += r1;
            const readings = [r1, r2, r3].map((t, j) => ({
              variant: `v${j + 1}`,
              start: 0,
              end: t.length,
              text: t,
            }));
            return { id: `s1-f${i + 1}`, category: 'wording', readings, majority: null };
          });
          const decisions: Record<string, Decision> = decide
            ? {
                's1-f1': {
                  flagId: 's1-f1',
                  status: 'accepted',
                  text: cells[0]?.[1] ?? '',
                  variant: 'v1',
                  editor: '<ed & co>',
                  at: NOW,
                },
              }
            : {};
          const source: ExportSource = {
            variants: ['v1', 'v2', 'v3'].map((id) => ({ id, name: `${id} <&>` })),
            stories: [{ id: 's1', title: '<t>&', spans: [], flags }],
            reviews: [{ storyId: 's1', baseVariant: 'v1', canonical, anchors, decisions }],
          };
          const doc = parseXml(teiDocument(resolveStories(source), source.variants, { now: NOW }));
          const apps = findAll(doc, 'app');
          expect(apps).toHaveLength(flags.length);
          flags.forEach((flag, i) => {
            const entries = [
              ...findAll(apps[i] as XmlElement, 'lem'),
              ...findAll(apps[i] as XmlElement, 'rdg'),
            ];
            for (const reading of flag.readings) {
              const entry = entries.find((e) =>
                (e.attributes.wit ?? '').split(' ').includes(`#${reading.variant}`),
              );
              const shown = entry?.children
                .map((c) => (typeof c === 'string' ? c : c.name === 'lb' ? '\n' : ''))
                .join('');
              expect(shown).toBe(reading.text);
            }
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});
