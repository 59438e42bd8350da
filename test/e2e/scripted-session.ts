/**
 * One whole website filing on the demo console, from 验证备案类型 to 备案信息已提交, including
 * the console's own refusals on the way (empty step 1, empty step 2, submit without uploads).
 * It returns what the console did — routes, toasts, field errors, the final order as the
 * console stored it — so that runs with and without the extension can be compared.
 */
import type { Page } from 'playwright-core';
import { currentRoute, field, stepButton, toastText, waitForRoute } from './console-driver';
import type { Harness } from './harness';
import { fillSubject, fillUploads, fillVerify, fillWebsite, next, VALID_FILING, type FilingInput } from './sample-filing';

export interface SessionOutcome {
  /** What happened, in order: `route:verify`, `toast:…`, `error:主办单位名称=…`, `submitted:…`. */
  readonly transcript: string[];
  /** The order the console saved (its sessionStorage entry), parsed. */
  readonly order: unknown;
  readonly page: Page;
}

/** Waits until the console marks the field as invalid; returns its message when shown as text (else ''). */
async function fieldError(page: Page, label: string): Promise<string> {
  const item = field(page, label);
  await page.waitForFunction((el) => el?.classList.contains('is-error'), await item.elementHandle());
  const text = item.locator(':scope > .tiny-form-item__content > .tiny-form-item__error');
  return (await text.count()) > 0 ? (await text.first().innerText()).trim() : '';
}

export async function runFilingSession(h: Harness, filing: FilingInput = VALID_FILING, onPage?: (page: Page) => void): Promise<SessionOutcome> {
  const transcript: string[] = [];
  const page = await h.openConsole();
  onPage?.(page);
  const route = async () => transcript.push(`route:${await currentRoute(page)}`);
  await route();

  await stepButton(page, '验证备案类型');
  transcript.push(`toast:${await toastText(page)}`);
  transcript.push(`error:主办单位名称=${await fieldError(page, '主办单位名称')}`);
  await route();

  await fillVerify(page, filing);
  await next(page, '验证备案类型', 'subject');
  await route();

  await stepButton(page, '下一步');
  transcript.push(`toast:${await toastText(page)}`);
  transcript.push(`error:证件住所=${await fieldError(page, '证件住所')}`);
  await route();

  await fillSubject(page, filing);
  await next(page, '下一步', 'website');
  await route();
  await fillWebsite(page, filing);
  await next(page, '下一步', 'upload');
  await route();

  await stepButton(page, '提交');
  transcript.push(`toast:${await toastText(page)}`);
  await route();
  await fillUploads(page);
  await stepButton(page, '提交');
  await waitForRoute(page, 'submitted');
  await route();
  const done = page.locator('[data-order-state=submitted] h2');
  await done.waitFor();
  transcript.push(`submitted:${(await done.innerText()).trim()}`);

  const order = await page.evaluate(() => JSON.parse(sessionStorage.getItem('demo-console-order') ?? 'null') as unknown);
  return { transcript, order, page };
}
