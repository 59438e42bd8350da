// @vitest-environment happy-dom
/**
 * Conformance of every console (entrypoints/<id>.content/) on each of its fixture pages
 * with text fields: a read after a typed change reuses the previous read's layout and
 * every container but the one typed in, and must give exactly what a fresh read gives.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { huawei } from '../../entrypoints/huawei.content/console';
import { loadFixture } from '../../test/fixtures/consoles/load';
import { CONSOLES, FIXTURE_PAIRS } from '../../test/support/consoles';
import { readPage, type PageRead } from './read-page';

/** A read as comparable data (anchors as the elements they are). */
const data = (read: PageRead) => ({
  step: read.step,
  found: [...read.found].sort(),
  values: Object.fromEntries(read.values),
  anchors: [...read.anchors],
  expected: read.expected,
  locked: [...(read.locked ?? [])].sort(),
});

const textInputs = () =>
  Array.from(document.querySelectorAll<HTMLInputElement>('input:not([type]), input[type="text"]')).filter((input) => !input.disabled && !input.readOnly);

function type(input: HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

beforeEach(() => {
  document.body.innerHTML = '';
  history.replaceState(null, '', '/beian/#/');
});

/** Fixture pages with text fields to type into, per console. */
const TYPABLE = [...CONSOLES].flatMap(([id, def]) =>
  FIXTURE_PAIRS.filter(
    (pair) => pair.console === id && (pair.body.match(/<input(?![^>]*type="(?!text")[^"]*")(?![^>]*\s(?:disabled|readonly)\b)/gi)?.length ?? 0) > 2,
  ).map((pair) => [`${id}/${pair.name}`, def, pair.body] as const),
);

describe.each(TYPABLE)('%s', (_name, def, body) => {
  it('re-reading only the typed field gives what a fresh read gives, for every text field', () => {
    document.body.innerHTML = body;
    let previous = readPage(def, document);
    const inputs = textInputs();
    expect(inputs.length).toBeGreaterThan(2);
    for (const [i, input] of inputs.entries()) {
      type(input, `${input.value}x${i}`);
      const reused = readPage(def, document, { previous, changed: input });
      expect(data(reused)).toEqual(data(readPage(def, document)));
      previous = reused;
    }
  });

  it('a timed re-read (values only) sees values filled without events', () => {
    document.body.innerHTML = body;
    const previous = readPage(def, document);
    for (const input of textInputs()) input.value = `${input.value}y`;
    expect(data(readPage(def, document, { previous }))).toEqual(data(readPage(def, document)));
  });
});

it('the conformance test covers the fixture pages it covered as adapter-reuse.test.ts', () => {
  expect(TYPABLE.map(([name]) => name)).toEqual(
    expect.arrayContaining([
      'huawei/tiny3-subject',
      'huawei/tinyvue-subject',
      'huawei/tiny3-website',
      'huawei/tinyvue-website',
      'huawei/tiny3-change-order',
      'huawei/plain-app',
    ]),
  );
});

describe('what is reused', () => {
  it('keeps the other containers from the previous read: a value changed elsewhere without an event waits for its own read', () => {
    loadFixture('huawei/tiny3-subject');
    const previous = readPage(huawei, document);
    const [first, second] = textInputs();
    const before = data(previous).values;
    second!.value = 'filled-without-event';
    type(first!, `${first!.value}1`);
    const reused = data(readPage(huawei, document, { previous, changed: first! }));
    const fresh = data(readPage(huawei, document));
    // The typed field is new in both; the untouched-by-events field differs: proof the read reused it.
    expect(reused.values).not.toEqual(fresh.values);
    const changedIds = Object.keys(fresh.values).filter((id) => JSON.stringify(fresh.values[id]) !== JSON.stringify(reused.values[id]));
    expect(changedIds).toHaveLength(1);
    expect(JSON.stringify(reused.values[changedIds[0]!])).toBe(JSON.stringify(before[changedIds[0]!]));
  });

  it('typing into a text box re-reads only that box: a neighbour in the same field filled without an event waits', () => {
    loadFixture('huawei/tiny3-website');
    const previous = readPage(huawei, document);
    const cell = Array.from(document.querySelectorAll('td.ti3-form-label'))
      .find((c) => c.textContent?.includes('IP地址段'))!
      .closest('tr')!
      .querySelector('td.ti3-form-content')!;
    const [start, end] = Array.from(cell.querySelectorAll('input'));
    end!.value = '192.0.2.99'; // no event
    type(start!, '192.0.2.1');
    const reused = data(readPage(huawei, document, { previous, changed: start! }));
    const fresh = data(readPage(huawei, document));
    const ranges = (read: ReturnType<typeof data>) => read.values['websites[0].ipRanges'] as { start: string; end: string }[];
    expect(ranges(reused)[0]!.start).toBe('192.0.2.1');
    expect(ranges(fresh)[0]!.end).toBe('192.0.2.99');
    expect(ranges(reused)[0]!.end).toBe((previous.values.get('websites[0].ipRanges') as { end: string }[])[0]!.end);
  });

  it('a plain text field (a name, a phone) typed in changes its value and nothing else is looked at', () => {
    loadFixture('huawei/tiny3-website');
    const previous = readPage(huawei, document);
    const row = (label: string) =>
      Array.from(document.querySelectorAll('td.ti3-form-label'))
        .find((c) => c.textContent?.includes(label))!
        .closest('tr')!;
    const mobile = row('手机号码').querySelector('input')!;
    type(mobile, '13900000009');
    const patched = readPage(huawei, document, { previous, changed: mobile });
    expect([...patched.values].filter(([id, value]) => previous.values.get(id) !== value)).toEqual([['websites[0].principal.mobile', '13900000009']]);
    // Nothing but the value was worked out again: the anchors are the previous read's own.
    expect(patched.anchors).toBe(previous.anchors);
    // A list field (domains) goes through the whole read.
    const domain = row('网站域名').querySelector('input')!;
    type(domain, 'example.cn');
    expect(readPage(huawei, document, { previous: patched, changed: domain }).anchors).not.toBe(previous.anchors);
  });

  it('reads afresh when the changed control is outside every known field', () => {
    loadFixture('huawei/tiny3-subject');
    const previous = readPage(huawei, document);
    const [, second] = textInputs();
    second!.value = 'filled-without-event';
    const stray = document.createElement('input');
    document.body.append(stray);
    expect(data(readPage(huawei, document, { previous, changed: stray }))).toEqual(data(readPage(huawei, document)));
  });

  it('reads afresh when a field of the previous layout has left the page', () => {
    loadFixture('huawei/tiny3-subject');
    const previous = readPage(huawei, document);
    const [first] = textInputs();
    first!.closest('tr')!.remove();
    const [, second] = textInputs();
    type(second!, 'x');
    expect(data(readPage(huawei, document, { previous, changed: second! }))).toEqual(data(readPage(huawei, document)));
  });
});
