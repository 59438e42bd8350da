// @vitest-environment happy-dom
/**
 * Every console's fixture pairs: the page (test/fixtures/consoles/<console>/<name>.html)
 * read with the console's definition gives what <name>.expected.json says: the step, the
 * form (through the order model), health, the fields found empty and the greyed ones, and
 * whether the materials are handed to the console's app, and what it shows but cannot read.
 */
import { describe, expect, it } from 'vitest';
import { OrderModel } from '../../components/console/order-model';
import { missingFields, readPage } from '../../components/console/read-page';
import { CONSOLES, FIXTURE_PAIRS } from '../support/consoles';

describe.each([...CONSOLES])('%s fixtures', (id, def) => {
  const pairs = FIXTURE_PAIRS.filter((pair) => pair.console === id);

  it.each(pairs.map((pair) => [pair.name, pair] as const))('%s', (_name, pair) => {
    expect(pair.expected, `${pair.name}.expected.json`).toBeDefined();
    const expected = pair.expected!;
    // A skeleton from a user's page report (npm run fixture) is not a test until the maintainer has checked it.
    expect(expected.todo, `${pair.name}.expected.json is a skeleton: check it, then delete "todo"`).toBeUndefined();
    document.body.innerHTML = pair.body;
    const read = readPage(def, document);
    const order = new OrderModel();
    order.merge(read);
    expect(read.step).toBe(expected.step);
    expect(order.form()).toEqual(expected.form);
    expect(read.expected).toEqual(expected.expected);
    expect(missingFields(read)).toEqual(expected.missing);
    expect([...read.found].filter((field) => !read.values.has(field)).sort()).toEqual(expected.empty);
    expect([...(read.locked ?? [])].sort()).toEqual(expected.locked);
    expect(read.materialsElsewhere ?? false, 'materialsElsewhere').toBe(expected.materialsElsewhere ?? false);
    expect(read.unread ?? [], 'unread').toEqual(expected.unread ?? []);
  });
});
