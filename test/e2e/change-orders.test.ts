/**
 * A change order (变更备案) on the demo console: the page names the order type and
 * shows the filed record (已备案信息 / 已备案网站1); the single-domain website's domain is
 * greyed. Forcing a new value into it (devtools, a script) must bring national/change-fixed-fields:
 * an inline warning at the domain and a finding in the panel's order banner. Synthetic data only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Harness } from './harness';
import { control } from './console-driver';
import { readWarnings, settledWarnings } from './inline-warnings';
import { forceType, openFromRecords, orderAlertRules, panelFilingType, panelFindings, panelFor, POLL } from './order-pages';

const RULE = 'national/change-fixed-fields';
const DOMAIN_FIELD = 'websites[0].domains[0]';
let h: Harness;

beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

describe('a change order', () => {
  it('greys the filed domain, and flags a domain forced into it (inline and in the panel)', async () => {
    const page = await openFromRecords(h, '变更备案');
    expect(await page.locator('h1.page-title').innerText()).toBe('变更备案');
    const card = page.locator('section.website-card').first();
    const domain = control(card, '网站域名');
    expect(await domain.isDisabled()).toBe(true);
    expect(await domain.inputValue()).toBe('example.com');
    // Untouched, the order keeps the record's fixed values: no change-fixed-fields finding.
    let panel = await panelFor(h, page);
    await expect.poll(() => panelFilingType(panel), POLL).toBe('change-filing');
    expect(await orderAlertRules(panel)).not.toContain(RULE);
    await panel.close();

    await page.bringToFront();
    await forceType(domain, 'example.net');
    await expect.poll(async () => (await readWarnings(page)).filter((w) => w.field === DOMAIN_FIELD).map((w) => w.severity), POLL).toContain('error');
    const warning = (await settledWarnings(page)).find((w) => w.field === DOMAIN_FIELD)!;
    expect(warning.message).toContain('example.com');
    expect(warning.message).toContain('example.net');

    // A panel opened now (it follows the console tab) lists it in the order banner and under the field.
    panel = await panelFor(h, page);
    await expect.poll(() => orderAlertRules(panel), POLL).toContain(RULE);
    await expect.poll(async () => (await panelFindings(panel)).find((f) => f.rule === RULE)?.field, POLL).toBe(DOMAIN_FIELD);
    await panel.close();

    // Putting the filed domain back clears it.
    await page.bringToFront();
    await forceType(domain, 'example.com');
    await expect.poll(async () => (await readWarnings(page)).some((w) => w.field === DOMAIN_FIELD), POLL).toBe(false);
    await page.close();
  });
});
