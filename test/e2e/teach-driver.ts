/**
 * Teaching a field on the Huawei demo console from the side panel (components/panel/read-view.tsx,
 * components/console/teach.ts): the console's label renamed at runtime, so the adapter misses
 * the field, then 「在页面上指定」 and a click on the field.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { control } from './console-driver';
import { openSections, panelClick } from './panel-driver';

const POLL = { timeout: 30_000 };

/** The console renames a label of the principal block (a console release the adapter does not know yet). */
export async function renameLabel(page: Page, from: string, to: string): Promise<void> {
  await page.evaluate(
    ([from, to]) => {
      const label = Array.from(document.querySelectorAll('.principal-block .tiny-form-item__label')).find((el) => el.textContent?.trim() === from);
      if (!label) throw new Error(`no ${from} label`);
      label.textContent = to;
    },
    [from, to] as const,
  );
}

/** The state the panel's 读取情况 view shows for `field` (read, missing, taught …). */
export const readRowState = (panel: Page, field: string) => panel.locator(`li.read-row[data-field="${field}"]`).getAttribute('data-state');

/** Teaches `field` from the panel: waits for it to be listed as not found, presses 「在页面上指定」 and clicks the control labelled `label`. */
export async function teachField(panel: Page, page: Page, field: string, label: string): Promise<void> {
  await openSections(panel);
  await expect.poll(() => readRowState(panel, field), POLL).toBe('missing');
  await panelClick(panel.locator(`li.read-row[data-field="${field}"] button.teach`));
  await page.bringToFront();
  await control(page.locator('.principal-block'), label).click();
  await expect.poll(() => readRowState(panel, field), POLL).toBe('taught');
}
