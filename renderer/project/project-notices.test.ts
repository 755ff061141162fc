import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { LostDecision } from '../../app/project/carry-over';
import { translate, type Translate } from '../i18n';
import { NoticeView, RestoreOfferView, SourceReportView } from './project-notices';

const en: Translate = (key, params) => translate('en', key, params);
const zh: Translate = (key, params) => translate('zh-CN', key, params);
const none = (): void => undefined;

const lost: LostDecision = {
  storyId: 's1',
  storyTitle: '全市社会工作推进会',
  flagId: 's1-f1',
  decision: {
    flagId: 's1-f1',
    status: 'picked',
    text: '',
    variant: 'v2',
    editor: '编辑甲',
    at: '2026-11-23T09:00:00.000Z',
  },
  reason: 'no-matching-flag',
  readings: ['李', '', '李'],
};

describe('project notices', () => {
  it('lists every changed source and every decision that could not be carried', () => {
    const html = renderToStaticMarkup(
      createElement(SourceReportView, {
        t: en,
        report: {
          changes: [
            { id: 'v2', path: '/papers/daily.txt', change: 'changed' },
            { id: 'v3', path: '/papers/evening.txt', change: 'missing' },
          ],
          carried: 11,
          lost: [lost],
          uncarriedEdits: [{ storyId: 's1', storyTitle: '全市社会工作推进会', certain: true }],
        },
        nameOf: (id, path) => (id === 'v2' ? 'daily.txt' : path),
        onDismiss: none,
      }),
    );
    expect(html).toContain('daily.txt has changed');
    expect(html).toContain('/papers/evening.txt is missing');
    expect(html).toContain('Decisions carried over to the new comparison: 11.');
    expect(html).toContain('Decisions that could not be carried over (1)');
    expect(html).toContain('全市社会工作推进会: 李 / ∅ / 李');
    expect(html).toContain('no flag with these readings and context');
    expect(html).toContain('hand edits outside flags were not carried over');
  });

  it('offers the autosave with Restore and Discard, in the UI language', () => {
    const html = renderToStaticMarkup(
      createElement(RestoreOfferView, { t: zh, onRestore: none, onDiscard: none }),
    );
    expect(html).toContain('要恢复吗');
    expect(html).toContain('>恢复</button>');
    expect(html).toContain('>放弃</button>');
  });

  it('shows a bad project file as an alert and a save as a status', () => {
    const bad = renderToStaticMarkup(
      createElement(NoticeView, {
        t: en,
        notice: {
          kind: 'error',
          key: 'project.badFile',
          params: { name: 'x.variorum.json', message: 'The project file is empty.' },
        },
        onDismiss: none,
      }),
    );
    expect(bad).toMatch(
      /role="alert".*x\.variorum\.json could not be opened, and nothing was changed\. The project file is empty\./,
    );
    const saved = renderToStaticMarkup(
      createElement(NoticeView, {
        t: en,
        notice: { kind: 'info', key: 'project.saved', params: { name: 'x.variorum.json' } },
        onDismiss: none,
      }),
    );
    expect(saved).toMatch(/role="status".*Project saved: x\.variorum\.json/);
  });
});
