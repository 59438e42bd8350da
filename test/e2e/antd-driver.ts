/**
 * Drives the Aliyun demo console (Ant Design) like a person: finds fields by their label (the
 * label's `title`, as antd writes it for a text label), types with the keyboard, picks options
 * with the mouse. Every value passed in must be synthetic.
 */
import type { Locator, Page } from 'playwright-core';

export type Scope = Page | Locator;

function pageOf(scope: Scope): Page {
  return 'page' in scope && typeof scope.page === 'function' ? scope.page() : (scope as Page);
}

const cssString = (text: string) => `"${text.replace(/["\\]/g, '\\$&')}"`;

/** The `div.ant-form-item` whose own label reads `label` (the nth match inside `scope`). */
export function antField(scope: Scope, label: string, nth = 0): Locator {
  return scope.locator(`.ant-form-item:has(> .ant-form-item-row > .ant-form-item-label > label[title=${cssString(label)}])`).nth(nth);
}

/** The first text control (input or textarea) of a field. */
export function antControl(scope: Scope, label: string, nth = 0): Locator {
  return antField(scope, label, nth)
    .locator('.ant-form-item-control-input-content')
    .locator('input:not([type=file]):not([type=checkbox]):not([type=radio]):not([role=combobox]), textarea')
    .first();
}

/** Clicks into the field and types the text key by key (real keyboard events). */
export async function antType(scope: Scope, label: string, text: string, nth = 0): Promise<void> {
  const input = antControl(scope, label, nth);
  await input.click();
  await input.press('Control+A');
  await input.press('Backspace');
  await input.pressSequentially(text);
}

/** Opens the field's `index`-th select by mouse and clicks the option with exactly this text. */
export async function antChoose(scope: Scope, label: string, option: string, { nth = 0, index = 0 } = {}): Promise<void> {
  const page = pageOf(scope);
  await antField(scope, label, nth).locator('.ant-select').nth(index).click();
  const item = page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
    .filter({ has: page.locator('.ant-select-item-option-content', { hasText: new RegExp(`^${option.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }) });
  await item.first().click();
}

/** The explain texts antd shows under the field (the console's own validation). */
export async function antErrors(scope: Scope, label: string, nth = 0): Promise<string[]> {
  return antField(scope, label, nth).locator('.ant-form-item-explain-error').allInnerTexts();
}

/** The demo's current step (its hash route). */
export async function aliyunRoute(page: Page): Promise<string | null> {
  return page.locator('main.icp-page').getAttribute('data-route');
}
