import { beforeEach, describe, expect, it } from 'vitest';
import type { CompareResult } from '../../app/model/types';
import { buildStoryFixture, type StoryFixture } from '../../test/fixtures/review/story-fixture';
import { selectCanUndo, selectFilteredFlags, selectFlagCounts } from './review-selectors';
import { newTestStore, type TestStore } from '../../test/support/renderer/test-store';

/** Three reprints of a short story (my own text) with five places of disagreement. */
function fixture(): StoryFixture {
  return buildStoryFixture(3, [
    '市民政局副局长',
    { readings: ['李肖娜', '肖娜', '李肖娜'], category: 'name' },
    '介绍，全市共有持证社会工作者',
    { readings: ['4110', '4100', '4110'], category: 'number' },
    '名',
    { readings: ['、', '，', '，'], category: 'punctuation' },
    '服务群众\n志愿者队伍不断壮大',
    { readings: ['。', '，', '！'], category: 'punctuation' },
    '基层治理',
    { readings: ['困难', '问题', '困难'], category: 'wording' },
    '得到化解。',
  ]);
}

function load(store: TestStore, f: StoryFixture): void {
  store.getState().receiveFiles(
    {
      files: f.variants.map((v) => ({
        path: v.path,
        name: v.name,
        encoding: v.encoding,
        text: v.text,
        size: v.text.length,
        sha256: '',
      })),
      failures: [],
    },
    'replace',
  );
  const result: CompareResult = {
    version: 1,
    variants: f.variants.map((v) => ({
      id: v.id,
      path: v.path,
      name: v.name,
      encoding: v.encoding,
      length: v.text.length,
    })),
    stories: [f.story],
    styleNotes: [],
  };
  store.getState().receiveResult(result);
  store.getState().openStory(f.story.id);
}

const review = (store: TestStore) => {
  const r = store.getState().reviews.s1;
  if (!r) throw new Error('no review for s1');
  return r;
};
const textAt = (store: TestStore, flagId: string): string => {
  const r = review(store);
  const a = r.anchors.find((x) => x.flagId === flagId);
  return a ? r.canonical.slice(a.start, a.end) : '<no anchor>';
};

describe('review slice', () => {
  let store: TestStore;
  let f: StoryFixture;
  beforeEach(() => {
    store = newTestStore();
    store.getState().setAutoAdvance(false);
    f = fixture();
    load(store, f);
  });

  it('opens a story with the majority reading at every flag', () => {
    expect(store.getState().storyId).toBe('s1');
    expect(textAt(store, 's1-f1')).toBe('李肖娜');
    expect(textAt(store, 's1-f2')).toBe('4110');
    expect(textAt(store, 's1-f3')).toBe('，');
    expect(textAt(store, 's1-f5')).toBe('困难');
    expect(Object.keys(review(store).decisions)).toHaveLength(0);
  });

  it("takes the suggested reading by default (never the right pane's) and another when named", () => {
    store.getState().selectFlag('s1-f1');
    store.getState().setRightVariant('v2');
    store.getState().accept();
    expect(textAt(store, 's1-f1')).toBe('李肖娜');
    expect(review(store).decisions['s1-f1']).toMatchObject({ status: 'accepted', text: '李肖娜' });
    // A three-way tie (。/，/！): the base's reading, v1's.
    store.getState().selectFlag('s1-f4');
    store.getState().setRightVariant('v3');
    store.getState().accept();
    expect(review(store).decisions['s1-f4']).toMatchObject({
      status: 'accepted',
      variant: review(store).baseVariant,
    });
    store.getState().accept('s1-f2', 'v2');
    expect(textAt(store, 's1-f2')).toBe('4100');
    // Later anchors still slice to their own text after two length changes.
    expect(textAt(store, 's1-f5')).toBe('困难');
  });

  it('rejects by keeping the canonical text', () => {
    const before = review(store).canonical;
    store.getState().reject('s1-f3');
    expect(review(store).canonical).toBe(before);
    expect(review(store).decisions['s1-f3']?.status).toBe('rejected');
  });

  it('picks the n-th distinct reading of the current flag, majority first', () => {
    store.getState().selectFlag('s1-f3');
    store.getState().pickAt(1);
    expect(textAt(store, 's1-f3')).toBe('、');
    expect(review(store).decisions['s1-f3']).toMatchObject({ status: 'picked', variant: 'v1' });
  });

  it('undoes and redoes decisions in order', () => {
    const original = review(store).canonical;
    store.getState().accept('s1-f1', 'v2');
    const afterOne = review(store).canonical;
    store.getState().pick('s1-f5', 'v2');
    store.getState().undo();
    expect(review(store).canonical).toBe(afterOne);
    store.getState().undo();
    expect(review(store).canonical).toBe(original);
    expect(review(store).decisions).toEqual({});
    store.getState().undo(); // nothing left: a no-op, not an error
    store.getState().redo();
    store.getState().redo();
    expect(textAt(store, 's1-f5')).toBe('问题');
    expect(textAt(store, 's1-f1')).toBe('肖娜');
  });

  it('marks a flag edited when the canonical is typed over it, and undoes the typing as one step', () => {
    const r = review(store);
    const anchor = r.anchors.find((a) => a.flagId === 's1-f5');
    if (!anchor) throw new Error('no anchor');
    const before = r.canonical;
    store
      .getState()
      .editCanonical('s1', [{ start: anchor.start, end: anchor.start + 1, text: '矛' }]);
    store
      .getState()
      .editCanonical('s1', [{ start: anchor.start + 1, end: anchor.start + 2, text: '盾' }]);
    expect(textAt(store, 's1-f5')).toBe('矛盾');
    expect(review(store).decisions['s1-f5']?.status).toBe('edited');
    store.getState().undo();
    expect(review(store).canonical).toBe(before);
  });

  it('walks flags with wrap and respects the filter', () => {
    const s = store.getState;
    s().nextFlag();
    expect(s().flagId).toBe('s1-f1');
    s().previousFlag();
    expect(s().flagId).toBe('s1-f5');
    s().nextFlag();
    expect(s().flagId).toBe('s1-f1');
    s().setReviewFilter({ categories: ['punctuation'] });
    s().nextFlag();
    expect(s().flagId).toBe('s1-f3');
    s().nextFlag();
    expect(s().flagId).toBe('s1-f4');
    s().nextFlag();
    expect(s().flagId).toBe('s1-f3');
  });

  it('auto-advances to the next open flag after a decision, skipping decided ones', () => {
    const s = store.getState;
    s().setAutoAdvance(true);
    s().reject('s1-f2');
    s().selectFlag('s1-f1');
    s().reject();
    expect(s().flagId).toBe('s1-f3');
    s().setAutoAdvance(false);
    s().reject();
    expect(s().flagId).toBe('s1-f3');
  });

  it('takes the majority in bulk for one category and leaves ties open', () => {
    store.getState().bulk({ action: 'majority', category: 'punctuation', useFilter: false });
    const decisions = review(store).decisions;
    expect(decisions['s1-f3']?.text).toBe('，');
    expect(decisions['s1-f4']).toBeUndefined(); // 。/，/！ is a tie: no majority to take
    expect(decisions['s1-f1']).toBeUndefined();
    expect(store.getState().bulkNotice).toEqual({ decided: 1, skipped: 1 });
    store.getState().undo();
    expect(review(store).decisions).toEqual({});
  });

  it('rebuilds the canonical on another base variant, keeping decisions', () => {
    store.getState().pick('s1-f5', 'v2');
    store.getState().changeBaseVariant('v3');
    expect(review(store).baseVariant).toBe('v3');
    expect(textAt(store, 's1-f5')).toBe('问题');
    // The tie at f4 now takes the new base's reading.
    expect(textAt(store, 's1-f4')).toBe('！');
  });

  it('applies a style note to the canonical in one undo step and remembers how many places changed', () => {
    const spaced = buildStoryFixture(2, [
      '全市建成食堂 318 家，',
      { readings: ['日均', '每日'], category: 'wording' },
      '服务 4 万人次。',
    ]);
    const s = newTestStore();
    load(s, spaced);
    const before = s.getState().reviews.s1?.canonical;
    s.getState().applyStyleNote({ variant: 'v1', kind: 'cjk-spacing', count: 4, message: '' });
    const after = s.getState().reviews.s1;
    expect(after?.canonical).toBe('全市建成食堂318家，日均服务4万人次。');
    expect(s.getState().appliedNotes.s1?.['v1:cjk-spacing']).toBe(4);
    const anchor = after?.anchors[0];
    expect(anchor && after?.canonical.slice(anchor.start, anchor.end)).toBe('日均');
    s.getState().undo();
    expect(s.getState().reviews.s1?.canonical).toBe(before);
  });

  it('reopens a decided flag without touching the canonical', () => {
    store.getState().accept('s1-f1', 'v2');
    const canonical = review(store).canonical;
    store.getState().reopen('s1-f1');
    expect(review(store).decisions['s1-f1']).toBeUndefined();
    expect(review(store).canonical).toBe(canonical);
    store.getState().undo();
    expect(review(store).decisions['s1-f1']?.status).toBe('accepted');
  });

  it('derives filtered flags and counts through memoised selectors', () => {
    const s = store.getState;
    const all = selectFilteredFlags(s());
    expect(all.map((f) => f.id)).toEqual(['s1-f1', 's1-f2', 's1-f3', 's1-f4', 's1-f5']);
    expect(selectFilteredFlags(s())).toBe(all); // same inputs, same array: safe as a zustand selector
    s().setReviewFilter({ categories: ['punctuation'] });
    expect(selectFilteredFlags(s()).map((f) => f.id)).toEqual(['s1-f3', 's1-f4']);
    expect(selectFlagCounts(s())?.byCategory.punctuation).toBe(2);
    expect(selectCanUndo(s())).toEqual({ undo: false, redo: false });
    s().reject('s1-f3');
    expect(selectFlagCounts(s())?.byStatus).toMatchObject({ open: 4, rejected: 1 });
    expect(selectCanUndo(s())).toEqual({ undo: true, redo: false });
    s().setReviewFilter({ statuses: ['open'] });
    expect(selectFilteredFlags(s()).map((f) => f.id)).toEqual(['s1-f4']);
  });

  it('drops a variant filter the newly opened story cannot satisfy', () => {
    store.getState().setReviewFilter({ variant: 'v9', categories: ['name'] });
    store.getState().openStory('s1');
    expect(store.getState().reviewFilter).toMatchObject({ variant: null, categories: ['name'] });
    store.getState().setReviewFilter({ variant: 'v2' });
    store.getState().openStory('s1');
    expect(store.getState().reviewFilter.variant).toBe('v2');
  });

  it('reports a model error as a banner instead of throwing', () => {
    store.getState().accept('s1-f1', 'v7'); // no reading of v7 at this flag
    expect(store.getState().banners.map((b) => b.key)).toContain('review.error');
    expect(review(store).decisions['s1-f1']).toBeUndefined();
  });

  it('ignores decisions when no story is open', () => {
    const empty = newTestStore();
    empty.getState().accept('s1-f1', 'v1');
    empty.getState().undo();
    empty.getState().nextFlag();
    expect(empty.getState().reviews).toEqual({});
  });
});
