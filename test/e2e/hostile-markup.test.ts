/**
 * Page-derived text stays text: markup typed into a console field, and markup planted in the
 * console's labels and option texts, shows as literal text in the inline warning and in the
 * panel. No element is created from it in our shadow roots or the panel, no script runs (no
 * dialog), and no image request is made for it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { control, field, type } from './console-driver';
import { launch, type Harness } from './harness';
import { inWarningRoots, readWarnings } from './inline-warnings';
import { activeState, panelClick, panelField } from './panel-driver';

const POLL = { timeout: 30_000 };
const PAYLOAD = '<img src=x onerror=alert(1)>';
const LABEL_PAYLOAD = '<img src=y onerror=alert(2)>';

let h: Harness;
let page: Page;
let panel: Page;
const dialogs: string[] = [];
const pageErrors: string[] = [];

/** Elements inside our hosts' shadow roots that markup could have produced. */
async function elementsInShadowRoots(p: Page): Promise<string[]> {
  const perHost = await inWarningRoots(p, function (this: ShadowRoot) {
    return Array.from(this.querySelectorAll('img, script, iframe, object, embed, [onerror], [onload]')).map((el) => el.outerHTML);
  });
  return perHost.flatMap((h) => h.value);
}

async function dangerousInPanel(p: Page): Promise<string[]> {
  return p.evaluate(() =>
    Array.from(document.querySelectorAll('img, script:not([src]), iframe, object, embed, [onerror], [onload]')).map((el) => el.outerHTML),
  );
}

beforeAll(async () => {
  h = await launch();
  h.context.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  panel = await h.openSidePanel();
  panel.on('pageerror', (e) => pageErrors.push(e.message));
  await panel.locator('.panel').waitFor();
  page = await h.openConsole('#/website');
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('dialog', (d) => dialogs.push(d.message()));
  panel.on('dialog', (d) => dialogs.push(d.message()));
});
afterAll(async () => {
  await h?.close();
});

describe('markup from the page stays text', () => {
  it('a website name typed as markup shows literally in the inline warning', async () => {
    const card = page.locator('section.website-card').first();
    await type(card, '网站名称', PAYLOAD);
    expect(await control(card, '网站名称').inputValue()).toBe(PAYLOAD);
    await expect
      .poll(async () => (await readWarnings(page)).filter((w) => w.field === 'websites[0].name' && w.message.includes(PAYLOAD)).length, POLL)
      .toBeGreaterThan(0);
    // Open every "more" so the details are rendered too.
    await inWarningRoots(page, function (this: ShadowRoot) {
      for (const button of Array.from(this.querySelectorAll<HTMLButtonElement>('button.more'))) button.click();
    });
    expect(await elementsInShadowRoots(page)).toEqual([]);
    // Closed again: an open card lies over the console's form, and the next test uses the form.
    await inWarningRoots(page, function (this: ShadowRoot) {
      for (const button of Array.from(this.querySelectorAll<HTMLButtonElement>('button.more[aria-expanded="true"]'))) button.click();
    });
  });

  it('…and literally in the panel', async () => {
    await page.bringToFront();
    const group = panelField(panel, 'websites[0].name', 'website');
    await expect.poll(async () => (await group.locator('.msg').allTextContents()).some((t) => t.includes(PAYLOAD)), POLL).toBe(true);
    for (const summary of await panel.locator('details > summary').all()) await panelClick(summary);
    expect(await dangerousInPanel(panel)).toEqual([]);
  });

  it('labels and option texts planted with markup do not become elements either', async () => {
    const card = page.locator('section.website-card').first();
    // A checkbox option renamed, then ticked; the card title and a label renamed.
    await field(card, '网站服务内容')
      .locator('.tiny-checkbox__label')
      .first()
      .evaluate((el, text) => (el.textContent = text), LABEL_PAYLOAD);
    await field(card, '网站服务内容').locator('label.tiny-checkbox').first().click();
    await card
      .locator('h3 > span')
      .first()
      .evaluate((el, text) => (el.textContent = text), LABEL_PAYLOAD);
    await field(card, '前置审批')
      .locator(':scope > label')
      .evaluate((el, text) => (el.textContent = text), LABEL_PAYLOAD);
    // The renamed field is reported missing (with our own label for it, not the page's).
    await expect.poll(async () => (await activeState(panel))?.health.missing ?? [], POLL).toContain('websites[0].preApprovals');
    await expect.poll(() => panel.locator('.banner.health').count(), POLL).toBe(1);
    // Still a warning for the typed name, still text.
    await type(card, '网站名称', `${PAYLOAD}!`);
    await expect.poll(async () => (await readWarnings(page)).some((w) => w.message.includes(`${PAYLOAD}!`)), POLL).toBe(true);
    await expect.poll(async () => (await group()).some((t) => t.includes(`${PAYLOAD}!`)), POLL).toBe(true);
    expect(await elementsInShadowRoots(page)).toEqual([]);
    expect(await dangerousInPanel(panel)).toEqual([]);
    async function group() {
      return panelField(panel, 'websites[0].name', 'website').locator('.msg').allTextContents();
    }
  });

  it('no script ran and no image was requested', () => {
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(h.requests.filter((r) => /\/(x|y)$/.test(new URL(r.url).pathname))).toEqual([]);
  });
});
