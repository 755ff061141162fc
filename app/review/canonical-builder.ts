/**
 * The canonical text of one story built from its base text and its placed flags: every flag's
 * chosen reading written in at its place, with an anchor per flag on the text it stands for.
 */
import type { Flag, Reading, Story } from '../model/types';
import { toStoryOffset, type VariantStoryText } from './story-text';
import type { CanonicalAnchor } from './types';

/** A flag at its range in the base's story text; `order` is its place in the story's flag list. */
export interface Placement {
  readonly flag: Flag;
  readonly order: number;
  readonly start: number;
  readonly end: number;
}

/**
 * Every flag placed on the base's story text, sorted: by start; at one offset an insertion point
 * (empty range) before text starting there, and an outer range before the ranges it contains
 * (longest first); then in flag order. A flag the base has no reading for sits where the previous
 * flag ended, so it stays in order.
 */
export function placeFlags(story: Story, storyText: VariantStoryText, base: string): Placement[] {
  const placements: Placement[] = [];
  let previousEnd = 0;
  story.flags.forEach((flag, order) => {
    const reading = flag.readings.find((r) => r.variant === base);
    const start = reading ? toStoryOffset(storyText, reading.start) : null;
    const end = reading ? toStoryOffset(storyText, reading.end) : null;
    if (start !== null && end !== null && end >= start) {
      placements.push({ flag, order, start, end });
      previousEnd = end;
    } else {
      placements.push({ flag, order, start: previousEnd, end: previousEnd });
    }
  });
  const isEmpty = (p: Placement): number => (p.end === p.start ? 0 : 1);
  placements.sort(
    (a, b) => a.start - b.start || isEmpty(a) - isEmpty(b) || b.end - a.end || a.order - b.order,
  );
  return placements;
}

/** The reading that supplies `chosen` at a flag (a variant that reads exactly it), if any. */
function sourceOf(flag: Flag, chosen: string): Reading | undefined {
  return flag.readings.find((r) => r.text === chosen && r.end - r.start === chosen.length);
}

/** True when the flag's reading in `outer`'s variant lies within `outer` (an empty one strictly). */
function nestedIn(flag: Flag, outer: Reading): boolean {
  const r = flag.readings.find((x) => x.variant === outer.variant);
  if (!r) return false;
  return r.start === r.end
    ? r.start > outer.start && r.end < outer.end
    : r.start >= outer.start && r.end <= outer.end;
}

/**
 * Writes the canonical from the base's story text (`source`), taking `chosen(flag)` at each
 * placed flag. Anchors stay laminar: a flag that half overlaps an earlier one, or sits inside a
 * replaced one with no place in the chosen reading, gets an empty anchor.
 */
export class CanonicalBuilder {
  /** The canonical written so far. */
  canonical = '';
  /** One anchor per flag, in canonical order. */
  readonly anchors: CanonicalAnchor[] = [];

  constructor(
    private readonly source: string,
    private readonly chosen: (flag: Flag) => string,
  ) {}

  /** Emits source[from, to) with the flags of `list` (sorted, starting in that range) applied. */
  emit(list: readonly Placement[], from: number, to: number): void {
    const queue = [...list];
    let cursor = from;
    while (queue.length > 0) {
      const p = queue.shift() as Placement;
      if (p.start < cursor || p.end > to) {
        this.emptyAnchor(p.flag);
        continue;
      }
      this.canonical += this.source.slice(cursor, p.start);
      cursor = p.end;
      if (p.end === p.start) this.insertAt(p, queue);
      else this.replace(p, queue);
    }
    this.canonical += this.source.slice(cursor, to);
  }

  /**
   * An insertion point, e.g. a passage the base omits. The insertion points at the same offset
   * that a variant carrying the passage has inside it are its nested flags: placed inside the
   * passage when it goes in, left empty (nothing inserted) when it stays out.
   */
  private insertAt(p: Placement, queue: Placement[]): void {
    const chosen = this.chosen(p.flag);
    const start = this.canonical.length;
    this.canonical += chosen;
    this.anchors.push({ flagId: p.flag.id, start, end: this.canonical.length });
    const outer =
      chosen === ''
        ? [...p.flag.readings].sort((a, b) => b.end - b.start - (a.end - a.start))[0]
        : sourceOf(p.flag, chosen);
    if (!outer || outer.end === outer.start) return;
    const nested: Placement[] = [];
    while (
      queue[0] &&
      queue[0].start === p.start &&
      queue[0].end === p.start &&
      nestedIn(queue[0].flag, outer)
    ) {
      nested.push(queue.shift() as Placement);
    }
    if (chosen === '') for (const child of nested) this.emptyAnchor(child.flag);
    else this.anchorChildren(p, chosen, start, nested);
  }

  /**
   * A flag over base text. Its children are the flags that start inside it (insertion points at
   * its start sort before it): kept in place when the base's text stays, else re-anchored.
   */
  private replace(p: Placement, queue: Placement[]): void {
    const chosen = this.chosen(p.flag);
    const start = this.canonical.length;
    const children: Placement[] = [];
    while (queue[0] && queue[0].start < p.end) children.push(queue.shift() as Placement);
    if (children.length > 0 && chosen === this.source.slice(p.start, p.end)) {
      const index = this.anchors.length;
      this.anchors.push({ flagId: p.flag.id, start, end: start });
      this.emit(children, p.start, p.end);
      this.anchors[index] = { flagId: p.flag.id, start, end: this.canonical.length };
    } else {
      this.canonical += chosen;
      this.anchors.push({ flagId: p.flag.id, start, end: this.canonical.length });
      this.anchorChildren(p, chosen, start, children);
    }
  }

  private emptyAnchor(flag: Flag): void {
    this.anchors.push({
      flagId: flag.id,
      start: this.canonical.length,
      end: this.canonical.length,
    });
  }

  /**
   * Anchors the children of a flag replaced by `chosen`: where the variant that reads `chosen` has
   * them inside its reading of the flag, at the same place in the new text; otherwise empty after it.
   */
  private anchorChildren(
    outer: Placement,
    chosen: string,
    start: number,
    children: readonly Placement[],
  ): void {
    const source = sourceOf(outer.flag, chosen);
    let last = start;
    for (const child of children) {
      const r = source ? child.flag.readings.find((x) => x.variant === source.variant) : undefined;
      const childStart = source && r ? start + (r.start - source.start) : -1;
      if (source && r && r.start >= source.start && r.end <= source.end && childStart >= last) {
        this.anchors.push({
          flagId: child.flag.id,
          start: childStart,
          end: childStart + (r.end - r.start),
        });
        last = childStart;
      } else {
        const end = start + chosen.length;
        this.anchors.push({ flagId: child.flag.id, start: end, end });
        last = end;
      }
    }
  }
}
