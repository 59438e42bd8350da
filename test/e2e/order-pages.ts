/**
 * Helpers for the e2e tests of orders beyond the first filing: opening the demo console's
 * pages outside the wizard (我的备案, change, cancellation, verification) and reading the side
 * panel's order alerts and findings. Data is the demo console's synthetic record
 * (test/demo-console/src/filed.ts).
 */
import type { Locator, Page } from 'playwright-core';
import type { Harness } from './harness';
import { activeTabId, tabStates } from './panel-driver';

export const POLL = { timeout: 30_000, intervals: [250, 500, 1_000] };

/**
 * Opens the console, then 我的ICP备案 from the side menu and the order page by its action
 * button, as a person would. `harness.openConsole` waits for the wizard's step bar, which
 * these pages do not have, so the tab starts on the wizard.
 */
export async function openFromRecords(h: Harness, action: '变更主体' | '变更网站' | '变更备案' | '注销主体' | '注销网站' | '取消接入'): Promise<Page> {
  const page = await h.openConsole();
  await page.locator('.console-menu a', { hasText: '我的ICP备案' }).click();
  await page.locator('[data-records]').waitFor();
  await page.locator('.record-table button', { hasText: action }).first().click();
  await page.locator('[data-change-type], [data-cancel-type]').first().waitFor();
  return page;
}

/** The side panel (in a tab) showing `page`'s results. */
export async function panelFor(h: Harness, page: Page): Promise<Page> {
  const panel = await h.openSidePanel(page);
  try {
    await panel.locator('.filing-type').first().waitFor({ timeout: POLL.timeout });
  } catch (error) {
    // Say which side failed: no state stored for the console tab, or a panel showing another tab.
    const active = await activeTabId(panel).catch(() => undefined);
    const stored = [...(await tabStates(panel).catch(() => new Map())).entries()].map(([id, s]) => `${id}:${s.step}/${s.form.filingType ?? '?'}`);
    const shown = (
      await panel
        .locator('body')
        .innerText()
        .catch(() => '')
    )
      .slice(0, 120)
      .replace(/\s+/g, ' ');
    throw new Error(`${String(error)}\n  active tab ${active}, stored states [${stored.join(', ')}], panel shows: ${shown}`, { cause: error });
  }
  return panel;
}

/** Rule ids of the findings in the panel's order-alerts banner (`section.order-alerts`). */
export async function orderAlertRules(panel: Page): Promise<string[]> {
  return panel.locator('section.order-alerts li.finding').evaluateAll((items) => items.map((li) => li.getAttribute('data-rule') ?? ''));
}

/** `{ rule, field, message }` of every finding card in the panel's findings list. */
export async function panelFindings(panel: Page): Promise<{ rule: string; field: string; message: string }[]> {
  return panel.locator('section.findings li.finding').evaluateAll((items) =>
    items.map((li) => ({
      rule: li.getAttribute('data-rule') ?? '',
      field: li.closest('[data-field]')?.getAttribute('data-field') ?? '',
      message: (li.querySelector('.msg')?.textContent ?? '').trim(),
    })),
  );
}

/** The filing type the panel shows (data-filing-type of the order banner, if any). */
export async function panelFilingType(panel: Page): Promise<string | null> {
  const banner = panel.locator('section.order-alerts');
  return (await banner.count()) ? banner.getAttribute('data-filing-type') : null;
}

/**
 * Types into a greyed (disabled) control, as someone editing the page with devtools or a
 * script would: the console greys the field but the value still ends up in the DOM.
 */
export async function forceType(input: Locator, text: string): Promise<void> {
  await input.evaluate((el) => {
    el.removeAttribute('disabled');
    el.closest('.is-disabled')?.classList.remove('is-disabled');
  });
  await input.click();
  await input.press('Control+A');
  await input.press('Backspace');
  await input.pressSequentially(text);
}
