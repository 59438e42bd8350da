/**
 * Screenshots of the current build at work on the demo consoles, for the README
 * (assets/screenshots/, written by `npm run demo`) and the store listings (assets/store/,
 * written by `npm run store:assets`). Only what the build shows is captured: the panel and the
 * inline warnings are found by what every version of them has (the panel's text, the hosts'
 * data-beian-precheck-field attribute), not by their markup, so the shots follow UI changes.
 * Chromium composes and encodes the images itself (an HTML page of the shots, screenshotted):
 * its PNGs are 8-bit RGB without alpha, as the Chrome Web Store asks of its images.
 */
import type { Page } from 'playwright-core';
import type { Harness } from '../e2e/harness';

/** The side panel's width in every shot. */
export const PANEL_WIDTH = 400;

/** A PNG as an <img> source. */
export const dataUrl = (png: Buffer): string => `data:image/png;base64,${png.toString('base64')}`;

/**
 * Waits until the page's text has not changed for `quietMs`: the panel renders in steps as the
 * console's results and the rule catalogue arrive, and each step changes its text.
 */
export async function settledText(page: Page, { quietMs = 1_000, maxMs = 10_000 } = {}): Promise<void> {
  let last = '';
  let stableSince = Date.now();
  const deadline = Date.now() + maxMs;
  while (Date.now() < deadline) {
    const text = await page.evaluate(() => document.body.innerText);
    if (text !== last) {
      last = text;
      stableSince = Date.now();
    } else if (Date.now() - stableSince >= quietMs) return;
    await page.waitForTimeout(200);
  }
}

/**
 * The side panel page showing `consolePage`'s results, `PANEL_WIDTH` × `height` like the real
 * panel beside a console of that height, settled. The console stays in front (the panel follows
 * the window's active tab, and a background console gets no animation frames).
 */
export async function openPanel(h: Harness, consolePage: Page, height: number): Promise<Page> {
  const panel = await h.openSidePanel(consolePage);
  await panel.setViewportSize({ width: PANEL_WIDTH, height });
  await settledText(panel);
  return panel;
}

/** Scrolls the console so that the first inline warning's host sits `below` px under the top of the viewport. */
export async function scrollToFirstWarning(page: Page, below: number): Promise<void> {
  const host = page.locator('[data-beian-precheck-field]').first();
  await host.waitFor({ state: 'attached' });
  await host.evaluate((element, offset) => window.scrollBy(0, element.getBoundingClientRect().top - offset), below);
  // The console's step bar and footer react to the scroll; let them settle before the shot.
  await page.waitForTimeout(300);
}

/**
 * Scrolls the panel so that the materials checklist (资料清单 / Materials) starts just under
 * whatever stays at the top while the panel scrolls (the verdict bar), and opens its section
 * when the panel folds it. Found by its title's text in either language.
 */
export async function scrollPanelToChecklist(panel: Page): Promise<void> {
  const title = panel.getByText(/^(资料清单|Materials)/).first();
  await title.waitFor();
  await title.evaluate((element) => {
    const fold = element.closest('details');
    if (fold && !fold.open) fold.open = true;
    window.scrollBy(0, element.getBoundingClientRect().top);
    // What sticks to the top now covers the title: scroll back by its height.
    const stuck = Array.from(document.querySelectorAll<HTMLElement>('body *')).filter((e) => {
      const position = getComputedStyle(e).position;
      return (position === 'sticky' || position === 'fixed') && e.getBoundingClientRect().top <= 1;
    });
    const covered = Math.max(0, ...stuck.map((e) => e.getBoundingClientRect().bottom));
    window.scrollBy(0, -(covered + 8));
  });
  await settledText(panel, { quietMs: 500 });
}

/**
 * Gives the console the viewport it has beside a side panel in a window `width` × `height`
 * wide (one pixel for the border between them), and brings it to the front.
 */
export async function besidePanelSize(consolePage: Page, { width, height }: { width: number; height: number }): Promise<void> {
  await consolePage.setViewportSize({ width: width - PANEL_WIDTH - 1, height });
  await consolePage.bringToFront();
}

/**
 * The console and, right of it, the side panel, as the browser shows them side by side, one
 * `width` × `height` PNG. The console must have its size from `besidePanelSize`, the panel from
 * `openPanel`; each is shot as its viewport shows it.
 */
export async function consoleBesidePanel(h: Harness, consolePage: Page, panel: Page, { width, height }: { width: number; height: number }): Promise<Buffer> {
  const left = await consolePage.screenshot();
  const right = await panel.screenshot();
  return compose(
    h,
    `<div style="display:flex">
      <img src="${dataUrl(left)}" style="display:block">
      <div style="width:1px;height:${height}px;background:#c8ccd2"></div>
      <img src="${dataUrl(right)}" style="display:block">
    </div>`,
    { width, height },
  );
}

/** Renders `body` (HTML) in a fresh page of exactly `width` × `height` and returns its PNG. */
export async function compose(h: Harness, body: string, { width, height }: { width: number; height: number }): Promise<Buffer> {
  const page = await h.context.newPage();
  try {
    await page.setViewportSize({ width, height });
    await page.setContent(
      `<!doctype html><html><head><meta charset="utf-8"><style>html,body{margin:0;width:${width}px;height:${height}px;overflow:hidden}</style></head><body>${body}</body></html>`,
    );
    await page.evaluate(() => Promise.all(Array.from(document.images, (image) => image.decode())));
    return await page.screenshot();
  } finally {
    await page.close();
  }
}
