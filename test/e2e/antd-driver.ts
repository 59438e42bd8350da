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

/** What a person types on the demo's 基础信息校验 step (synthetic values only). */
export interface AliyunVerify {
  readonly region: readonly [province: string, city: string, district: string];
  readonly nature: string;
  readonly certType: string;
  readonly certNumber: string;
  readonly name: string;
  readonly certAddress: string;
  readonly domain: string;
}

/** Fills the 基础信息校验 step: the region's three selects, the subject, the domain. */
export async function antFillVerify(page: Page, v: AliyunVerify): Promise<void> {
  for (const [index, option] of v.region.entries()) await antChoose(page, '主办者所在地域', option, { index });
  await antChoose(page, '主办单位性质', v.nature);
  await antChoose(page, '证件类型', v.certType);
  await antType(page, '证件号码', v.certNumber);
  await antType(page, '主办单位或主办人名称', v.name);
  await antType(page, '主办单位证件住所', v.certAddress);
  await antType(page, '域名', v.domain);
}
