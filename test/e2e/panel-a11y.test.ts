/**
 * Accessibility of the side panel, checked with axe-core (its default rule set) in the real
 * panel page beside the demo console (synthetic data only): with findings, in the zero state
 * (every finding's rule switched off in the panel), each in the light and the emulated dark
 * colour scheme, with the sections as they open by default and with every section and
 * details opened, and with the page report's preview open. Any violation fails.
 *
 * axe's source is evaluated in the panel page through the DevTools protocol: the panel's CSP
 * (script-src 'self') would refuse an inline <script>.
 *
 * Run after `npm run build && npm run build:demo`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { type } from './console-driver';
import { launch, type Harness } from './harness';
import { panelClick } from './panel-driver';
import { fillVerify, VALID_FILING } from './sample-filing';
import { renameLabel, teachField } from './teach-driver';

const POLL = { timeout: 30_000 };
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core'), 'utf8');

let h: Harness;
const opened: Page[] = [];

beforeAll(async () => {
  h = await launch();
});
afterEach(async () => {
  for (const page of opened.splice(0)) if (!page.isClosed()) await page.close();
});
afterAll(async () => {
  await h?.close();
});

interface Violation {
  id: string;
  impact: string | null;
  nodes: string[];
}

/** axe's violations in the panel page, each with the selectors and HTML of its nodes. */
async function axeViolations(panel: Page): Promise<Violation[]> {
  if (!(await panel.evaluate(() => 'axe' in window))) await panel.evaluate(AXE_SOURCE);
  return panel.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: Document,
            options: object,
          ): Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown[]; html: string; failureSummary?: string }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.html.slice(0, 160)} — ${n.failureSummary ?? ''}`),
    }));
  });
}

/** Every section and every details in the panel opened. */
async function openEverything(panel: Page): Promise<void> {
  await panel.evaluate(() => {
    for (const details of Array.from(document.querySelectorAll('details'))) details.open = true;
  });
}

/** Checks the panel as it opens, then with everything opened, in light and dark. */
async function expectNoViolations(panel: Page, what: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await panel.emulateMedia({ colorScheme });
    const background = await panel.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background, `${what}, ${colorScheme}`).toBe(colorScheme === 'dark' ? 'rgb(28, 30, 34)' : 'rgb(255, 255, 255)');
    expect(await axeViolations(panel), `${what}, ${colorScheme}, as opened`).toEqual([]);
  }
  await openEverything(panel);
  for (const colorScheme of ['light', 'dark'] as const) {
    await panel.emulateMedia({ colorScheme });
    expect(await axeViolations(panel), `${what}, ${colorScheme}, everything open`).toEqual([]);
  }
  await panel.emulateMedia({ colorScheme: 'light' });
}

async function sidePanel(forPage: Page): Promise<Page> {
  const panel = await h.openSidePanel(forPage);
  opened.push(panel);
  await panel.setViewportSize({ width: 360, height: 900 });
  await panel.locator('.panel').waitFor();
  return panel;
}

describe('the side panel passes axe-core', () => {
  it('with findings (zh-CN and en), light and dark', async () => {
    const page = await h.openConsole('#/subject');
    opened.push(page);
    const block = page.locator('.principal-block');
    await type(block, '手机号码', '13800000001');
    await type(block, '应急联系电话', '13800000001');
    await type(block, '电子邮箱', 'owner@example.c');
    const panel = await sidePanel(page);
    await expect.poll(() => panel.locator('.verdict button.chip[data-chip="error"]').getAttribute('data-count'), POLL).not.toBe('0');
    await expect.poll(() => panel.locator('section.findings li.finding').count(), POLL).toBeGreaterThan(0);
    expect(await panel.locator('.verdict').getAttribute('role')).toBe('status');
    expect(await panel.locator('.verdict').evaluate((el) => getComputedStyle(el).position)).toBe('sticky');
    // The new states too: a material ticked as prepared, and a switch-off asking for confirmation.
    const tick = panel.locator('section.materials li.material .prepared-tick input').first();
    await expect.poll(() => tick.count(), POLL).toBe(1);
    await panelClick(tick);
    await expect.poll(() => panel.locator('section.materials li.material[data-shown="prepared"]').count(), POLL).toBe(1);
    // One rule switched off (the verdict says so, with an undo), another asking.
    const cards = panel.locator('section.findings li.finding');
    const firstRule = await cards.first().getAttribute('data-rule');
    await panelClick(cards.first().locator('button.disable-rule'));
    await panelClick(cards.first().locator('button.confirm-switch-off'));
    await expect.poll(() => panel.locator('.verdict .switched-off').count(), POLL).toBe(1);
    expect(await panel.locator('.verdict button.undo-switch-off').getAttribute('data-rule')).toBe(firstRule);
    await expect.poll(() => cards.count(), POLL).toBeGreaterThan(0);
    await panelClick(cards.first().locator('button.disable-rule'));
    await expect.poll(() => panel.locator('.switch-off-confirm').count(), POLL).toBe(1);
    await expectNoViolations(panel, 'findings, zh-CN');

    await panelClick(panel.locator('.lang-switch button[lang="en"]'));
    await expect.poll(() => panel.locator('.verdict button.chip[data-chip="error"] .chip-label').innerText(), POLL).toBe('Will be rejected');
    await expectNoViolations(panel, 'findings, en');
    await panelClick(panel.locator('.lang-switch button[lang="zh-CN"]'));
    await expect.poll(() => panel.locator('h1').first().innerText(), POLL).toBe('备案预检');
    // Undone, so the stored settings of this browser profile stay clean.
    await panelClick(panel.locator('.verdict button.undo-switch-off'));
    await expect.poll(() => panel.locator('.verdict .switched-off').count(), POLL).toBe(0);
  });

  it('with the page report preview (导出页面结构) open, light and dark', async () => {
    const page = await h.openConsole('#/subject');
    opened.push(page);
    await type(page.locator('.principal-block'), '手机号码', '13800000001');
    const panel = await sidePanel(page);
    await panel.locator('.verdict').waitFor({ timeout: POLL.timeout });
    await panelClick(panel.locator('button.report-button'));
    await panel.locator('pre.report-text').waitFor({ timeout: POLL.timeout });
    expect(await panel.locator('button.report-button').getAttribute('aria-expanded')).toBe('true');
    await expectNoViolations(panel, 'page report preview');
  });

  it('with the 读取情况 view open by default (a field not found), a taught field and its settings, light and dark', async () => {
    const page = await h.openConsole('#/subject');
    opened.push(page);
    await renameLabel(page, '电子邮箱', '联系邮箱');
    const panel = await sidePanel(page);
    await expect.poll(() => panel.locator('li.read-row[data-state="missing"]').count(), POLL).toBeGreaterThan(0);
    expect(await panel.locator('details.fold[data-fold="read"]').getAttribute('open')).not.toBeNull();
    await expectNoViolations(panel, 'what was read, a field missing');
    await teachField(panel, page, 'subject.principal.email', '联系邮箱');
    await expect.poll(() => panel.locator('section.taught li').count(), POLL).toBeGreaterThan(0);
    await expectNoViolations(panel, 'what was read, a field taught');
    // Delete it again, so the stored settings of this browser profile stay clean.
    await panelClick(panel.locator('section.taught li button.forget').first());
    await expect.poll(() => panel.locator('section.taught li').count(), POLL).toBe(0);
  });

  it('in the zero state (every finding switched off), light and dark', async () => {
    const page = await h.openConsole();
    opened.push(page);
    await fillVerify(page, VALID_FILING);
    const panel = await sidePanel(page);
    await panel.locator('.verdict').waitFor({ timeout: POLL.timeout });
    // Switch off the rule of each finding left until none is (the rules' own switch in each card's details).
    for (let i = 0; i < 30 && (await panel.locator('.verdict .zero').count()) === 0; i++) {
      const off = panel.locator('section.findings li.finding button.disable-rule').first();
      if ((await off.count()) > 0) {
        await panelClick(off);
        await panelClick(panel.locator('section.findings .switch-off-confirm button.confirm-switch-off').first());
      }
      await panel.waitForTimeout(500);
    }
    await expect.poll(() => panel.locator('.verdict .zero').count(), POLL).toBe(1);
    expect(await panel.locator('.verdict .zero-checked').innerText()).toContain('没有发现问题');
    await expectNoViolations(panel, 'zero state');
    // Switch the rules back on, so the stored settings of this browser profile stay clean.
    for (let i = 0; i < 30 && (await panel.locator('section.disabled li button').count()) > 0; i++) {
      await panelClick(panel.locator('section.disabled li button').first());
      await panel.waitForTimeout(300);
    }
  });
});
