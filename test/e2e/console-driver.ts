/**
 * Drives the demo console like a person: finds fields by their label text (as the extension
 * does), types with the keyboard, picks options with the mouse. Shared by the e2e tests and
 * `npm run demo`. Every value passed in must be synthetic.
 */
import type { Locator, Page } from 'playwright-core';

export type Scope = Page | Locator;

const xpathLiteral = (text: string) => (text.includes('"') ? `concat("${text.split('"').join('", \'"\', "')}")` : `"${text}"`);

/** The `div.tiny-form-item` whose own label reads exactly `label` (the nth match inside `scope`). */
export function field(scope: Scope, label: string, nth = 0): Locator {
  return scope
    .locator(
      `xpath=.//div[contains(concat(" ", @class, " "), " tiny-form-item ")][label[contains(@class, "tiny-form-item__label")][normalize-space() = ${xpathLiteral(label)}]]`,
    )
    .nth(nth);
}

/** The first text control (input or textarea) of a field. */
export function control(scope: Scope, label: string, nth = 0): Locator {
  return field(scope, label, nth)
    .locator('.tiny-form-item__content')
    .locator('input:not([type=file]):not([type=checkbox]):not([type=radio]), textarea')
    .first();
}

function pageOf(scope: Scope): Page {
  return 'page' in scope && typeof scope.page === 'function' ? scope.page() : (scope as Page);
}

/** Clicks into the field and types the text key by key (real keyboard events). */
export async function type(scope: Scope, label: string, text: string, nth = 0): Promise<void> {
  const input = control(scope, label, nth);
  await input.click();
  await input.press('Control+A');
  await input.press('Backspace');
  await input.pressSequentially(text);
}

/** Types into an already located input (rows of lists: 从域名, IP地址段 …). */
export async function typeInto(input: Locator, text: string): Promise<void> {
  await input.click();
  await input.press('Control+A');
  await input.press('Backspace');
  await input.pressSequentially(text);
}

/**
 * Opens a tiny-select by mouse and returns its option list: the dropdown the input points to
 * with aria-controls (another select's dropdown may still be fading out).
 */
export async function openSelect(scope: Scope, label: string, nth = 0): Promise<Locator> {
  const input = field(scope, label, nth).locator('.tiny-select input.tiny-input__inner');
  await input.click();
  const id = await input.getAttribute('aria-controls');
  const list = pageOf(scope).locator(`[id="${id}"]`);
  await list.waitFor();
  return list;
}

/** Texts of a select's options. */
export async function selectOptions(scope: Scope, label: string, nth = 0): Promise<string[]> {
  const list = await openSelect(scope, label, nth);
  const texts = await list.locator('li[role=option]').allInnerTexts();
  await pageOf(scope).keyboard.press('Escape');
  return texts;
}

/** Opens a tiny-select by mouse and clicks the option with exactly this label. */
export async function choose(scope: Scope, label: string, option: string, nth = 0): Promise<void> {
  const list = await openSelect(scope, label, nth);
  await list.getByRole('option', { name: option, exact: true }).click();
}

/**
 * Picks province / city / district in a tiny-cascader. On a busy machine a click can land while
 * the dropdown is still opening and be lost: each level is clicked again (reopening the dropdown
 * if needed) until the next level shows.
 */
export async function chooseCascader(scope: Scope, label: string, path: readonly string[], nth = 0): Promise<void> {
  const page = pageOf(scope);
  const input = field(scope, label, nth).locator('.tiny-cascader input.tiny-input__inner');
  const node = (name: string) =>
    page
      .locator('.tiny-cascader__dropdown:visible .tiny-cascader-node')
      .filter({ has: page.locator('.tiny-cascader-node__label', { hasText: new RegExp(`^${name}$`) }) });
  await input.click();
  for (const [i, name] of path.entries()) {
    const next = path[i + 1];
    for (let attempt = 1; ; attempt++) {
      // A retry reopens the dropdown if the lost click closed it (never on the first try: it may still be opening).
      if (attempt > 1 && (await page.locator('.tiny-cascader__dropdown:visible').count()) === 0) await input.click();
      await node(name).click({ timeout: 15_000 });
      if (next === undefined) break;
      try {
        await node(next).first().waitFor({ timeout: 5_000 });
        break;
      } catch (error) {
        if (attempt >= 4) throw error;
      }
    }
  }
}

/** Types both ends of a date range (yyyy-MM-dd) and confirms each with Enter. */
export async function typeDateRange(scope: Scope, label: string, from: string, to: string, nth = 0): Promise<void> {
  const inputs = field(scope, label, nth).locator('input.tiny-range-input');
  await typeInto(inputs.nth(0), from);
  await inputs.nth(0).press('Enter');
  await typeInto(inputs.nth(1), to);
  await inputs.nth(1).press('Enter');
  await pageOf(scope).keyboard.press('Escape');
}

/** Ticks (or unticks) the checkbox whose visible text is `text` inside a field. */
export async function tick(scope: Scope, label: string, text: string, nth = 0): Promise<void> {
  await field(scope, label, nth)
    .locator('label.tiny-checkbox')
    .filter({ has: pageOf(scope).locator('.tiny-checkbox__label', { hasText: new RegExp(`^${text}$`) }) })
    .click();
}

/** Ticks a standalone checkbox (长期, 同主体负责人) by its text inside `scope`. */
export async function tickStandalone(scope: Scope, text: string): Promise<void> {
  await scope
    .locator('label.tiny-checkbox')
    .filter({ has: pageOf(scope).locator('.tiny-checkbox__label', { hasText: new RegExp(`^${text}$`) }) })
    .first()
    .click();
}

/** Picks a local file for an upload field (nothing is sent anywhere). */
export async function upload(scope: Scope, label: string, fileName: string, nth = 0): Promise<void> {
  await field(scope, label, nth).locator('input[type=file]').first().setInputFiles({ name: fileName, mimeType: 'image/png', buffer: TINY_PNG });
}

/** Clicks a footer button of the current step (上一步 / 下一步 / 验证备案类型 / 提交). */
export async function stepButton(page: Page, text: string): Promise<void> {
  await page.locator('.footer-bar button', { hasText: text }).click();
}

/** Closes Huawei's "use the app" prompt with its 关闭 button. */
export async function closeAppPrompt(page: Page): Promise<void> {
  const dialog = page.locator('.app-prompt .tiny-dialog-box');
  await dialog.waitFor();
  await dialog.locator('.tiny-dialog-box__footer button', { hasText: '关闭' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

export async function currentRoute(page: Page): Promise<string> {
  return page.evaluate(() => location.hash.replace(/^#\/?/, '').split('?')[0] ?? '');
}

export async function waitForRoute(page: Page, route: string): Promise<void> {
  await page.waitForFunction((r) => location.hash.replace(/^#\/?/, '').split('?')[0] === r, route);
}

/** Visible toast text of the console's own validation, if any. */
export async function toastText(page: Page): Promise<string> {
  const toast = page.locator('.tiny-modal.type__message.status__error .tiny-modal__body').last();
  await toast.waitFor();
  return (await toast.innerText()).trim();
}

/** A 1×1 PNG: uploads only need a name, the bytes never leave the page. */
export const TINY_PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082',
  'hex',
);
