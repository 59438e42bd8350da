// @vitest-environment happy-dom
/**
 * Counting the files of one upload slot: one query per slot and a walk over its items, never a
 * test of every item against every other (a slot that lists thousands of items must not stall a
 * read). The counts of real Tiny3 slots: test/fixtures/consoles/huawei/tiny3-upload.*.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { huawei } from '../../../entrypoints/huawei.content/console';
import { domOf, MAX_FILES } from '.';

const dom = domOf(huawei.libraries);

/** A Tiny3 button-type slot listing `n` files (https://github.com/opentiny/ng/blob/main/src/upload/lib/src/upload.html). */
function slot(n: number, failed = false): Element {
  const items = Array.from(
    { length: n },
    (_, i) =>
      `<li class="ti3-file-item"><div class="ti3-file-name-container${failed ? ' ti3-file-state-general-info-error' : ''}"><span class="ti3-file-name">f${i}.pdf</span></div>` +
      '<div class="ti3-file-operates"><span class="ti3-file-x"></span></div></li>',
  ).join('');
  document.body.innerHTML = `<table><tr><td class="ti3-form-content"><ti-upload type="button"><div class="ti3-file-upload-container"><input class="ti3-file-input" type="file"><ul class="ti3-file-items-container">${items}</ul></div></ti-upload></td></tr></table>`;
  return document.querySelector('td')!;
}

/** Counts Node.contains calls; throws past `limit`, so an all-pairs walk fails fast instead of running for minutes. */
function countContains(limit: number): { calls: () => number } {
  const original = Node.prototype.contains;
  let calls = 0;
  vi.spyOn(Node.prototype, 'contains').mockImplementation(function (this: Node, other: Node | null) {
    if (++calls > limit) throw new Error(`more than ${limit} contains() calls: all-pairs work`);
    return original.call(this, other);
  });
  return { calls: () => calls };
}

afterEach(() => vi.restoreAllMocks());

describe('countFiles', () => {
  it('reads a slot of 4,000 items with one query and linear work, the count capped', () => {
    const container = slot(4000);
    const queries = vi.spyOn(container, 'querySelectorAll');
    const contains = countContains(2 * MAX_FILES);
    expect(dom.countFiles(container)).toBe(MAX_FILES);
    expect(queries).toHaveBeenCalledTimes(1);
    expect(contains.calls()).toBeLessThanOrEqual(MAX_FILES);
  });

  it('walks 4,000 failed items once each (none counts)', () => {
    const container = slot(4000, true);
    const contains = countContains(4000);
    expect(dom.countFiles(container)).toBe(0);
    expect(contains.calls()).toBeLessThanOrEqual(4000);
  });

  it('counts an empty Tiny3 list as 0, never the list itself as a file', () => {
    expect(dom.countFiles(slot(0))).toBe(0);
    expect(dom.countFiles(slot(2))).toBe(2);
  });
});
