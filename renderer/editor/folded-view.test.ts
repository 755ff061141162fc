import { describe, expect, it } from 'vitest';
import { foldText } from '../../app/text/fold';
import {
  buildFoldedStoryView,
  isLatinText,
  layoutOf,
  paragraphIndent,
  usesBlankLines,
} from './folded-view';
import { buildStoryView } from './story-view';

describe('buildFoldedStoryView', () => {
  const file =
    '# 社区食堂开张\r\n记者 王 建华报道：今年,社区食堂\r\n服务老人4110名。\r\n\r\n第二段说“好”。\r\n';
  const view = buildFoldedStoryView(file, [{ variant: 'v1', start: 0, end: file.length }]);

  it('shows the folded text with one paragraph per line', () => {
    const folded = foldText(file).text;
    expect(view.text.replace(/\n/g, '')).toBe(folded);
    expect(view.text.split('\n').length).toBeGreaterThan(1);
    expect(view.text).not.toContain('\r');
  });

  it('maps a reading of the file onto the same text in the pane', () => {
    for (const word of ['4110', '社区食堂', '第二段']) {
      const start = file.indexOf(word);
      const from = view.toView(start, 'start');
      const to = view.toView(start + word.length, 'end');
      expect(view.text.slice(from, to)).toBe(word);
      expect(view.toFile(from)).toBe(start);
    }
  });

  it('keeps ranges non-decreasing across the whole file', () => {
    let last = 0;
    for (let offset = 0; offset <= file.length; offset += 1) {
      const at = view.toView(offset);
      expect(at).toBeGreaterThanOrEqual(last);
      last = at;
    }
  });
});

describe('paragraph separators', () => {
  const file = '第一段说4110名。\n第二段说“好”。\n第三段。\n';

  it('separates paragraphs with a blank line when asked, keeping the offset map', () => {
    const view = buildFoldedStoryView(file, [{ variant: 'v1', start: 0, end: file.length }], {
      separator: '\n\n',
      indent: '',
    });
    expect(view.text).toContain('。\n\n');
    const start = file.indexOf('第三段');
    expect(view.text.slice(view.toView(start), view.toView(start + 3, 'end'))).toBe('第三段');
  });

  it('recognises texts that use blank lines between paragraphs', () => {
    expect(usesBlankLines('甲。\n\n乙。\n\n丙。')).toBe(true);
    expect(usesBlankLines('甲。\n乙。\n丙。\n丁。')).toBe(false);
    // A blank line after the headline only: the body runs one paragraph per line.
    expect(usesBlankLines('标题\n\n甲。\n乙。\n丙。')).toBe(false);
  });
});

describe('paragraph indents', () => {
  it('finds the indent most body paragraphs of the canonical open with', () => {
    expect(paragraphIndent('标题\n\u3000\u3000甲。\n\u3000\u3000乙。\n丙说。')).toBe(
      '\u3000\u3000',
    );
    expect(paragraphIndent('标题\n甲。\n乙。\n\u3000\u3000丙。')).toBe('');
    expect(layoutOf('标题\n\n  甲。\n\n  乙。')).toEqual({ separator: '\n\n', indent: '  ' });
  });

  it('opens every folded paragraph after the first with the indent, keeping the offset map', () => {
    const file = '标题\n\n第一段说4110名。\n第二段说“好”。\n';
    const view = buildFoldedStoryView(file, [{ variant: 'v1', start: 0, end: file.length }], {
      separator: '\n',
      indent: '\u3000\u3000',
    });
    expect(view.text.split('\n')).toEqual([
      '标题',
      '\u3000\u3000第一段说4110名。',
      '\u3000\u3000第二段说“好”。',
    ]);
    const start = file.indexOf('第二段');
    expect(view.text.slice(view.toView(start), view.toView(start + 3, 'end'))).toBe('第二段');
    expect(view.toFile(view.toView(start))).toBe(start);
  });
});

describe('English stories', () => {
  it('are shown as printed: folding would put full-width commas into English', () => {
    const file =
      'The array of 31,000 panels, said Dana Whitfield: "It works."\nSecond line (short)!\n';
    const spans = [{ variant: 'v1', start: 0, end: file.length }];
    const view = buildFoldedStoryView(file, spans);
    expect(view.text).toBe(buildStoryView(file, spans).text);
    expect(view.text).toContain('31,000 panels, said Dana Whitfield:');
    expect(isLatinText(file)).toBe(true);
  });

  it('leave Chinese stories folded, also with a Latin name in them', () => {
    const file = '今年,社区食堂服务老人4110名:其中 Whitfield 说(一半)。\n';
    const view = buildFoldedStoryView(file, [{ variant: 'v1', start: 0, end: file.length }]);
    expect(view.text).toContain('今年，社区食堂');
    expect(isLatinText(file)).toBe(false);
  });
});
