/**
 * Drives the Tencent demo console (Tea, class prefix app-beian) like a person: finds fields by
 * their label, types with the keyboard. Every value passed in must be synthetic.
 */
import type { Locator, Page } from 'playwright-core';

export type Scope = Page | Locator;

function pageOf(scope: Scope): Page {
  return 'page' in scope && typeof scope.page === 'function' ? scope.page() : (scope as Page);
}

const exactly = (text: string) => new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);

/** The `div.app-beian-form__item` whose own label reads `label` (the nth match inside `scope`). */
export function teaField(scope: Scope, label: string, nth = 0): Locator {
  return scope
    .locator('.app-beian-form__item')
    .filter({ has: pageOf(scope).locator('.app-beian-form__label > label', { hasText: exactly(label) }) })
    .nth(nth);
}

/** The first text control (input or textarea) of a field. */
export function teaControl(scope: Scope, label: string, nth = 0): Locator {
  return teaField(scope, label, nth)
    .locator('.app-beian-form__controls')
    .locator('input:not([type=file]):not([type=checkbox]):not([type=radio]):not([readonly]), textarea')
    .first();
}

/** Clicks into the field and types the text key by key (real keyboard events). */
export async function teaType(scope: Scope, label: string, text: string, nth = 0): Promise<void> {
  const input = teaControl(scope, label, nth);
  await input.click();
  await input.press('Control+A');
  await input.press('Backspace');
  await input.pressSequentially(text);
}

/** The console's own message under the field (Tea's item help text), without its extra text. */
export async function teaErrors(scope: Scope, label: string, nth = 0): Promise<string[]> {
  return teaField(scope, label, nth).locator('.app-beian-form__help-text:not(.app-beian-form__help-extra)').allInnerTexts();
}

/** The demo's current step (its hash route). */
export async function tencentRoute(page: Page): Promise<string | null> {
  return page.locator('main.beian-page').getAttribute('data-route');
}
