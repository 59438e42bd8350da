/**
 * Reads the extension's inline warnings from the page: host elements carrying
 * data-beian-precheck-field="<field id>", each with an open shadow root holding `.item.<severity>`
 * entries whose text is in `.msg` (components/inline/inline-warnings.tsx). Falls back to the shadow
 * root's text when the markup differs.
 */
import type { Frame, Page } from 'playwright-core';

export interface SeenWarning {
  field: string;
  severity: string;
  message: string;
}

/** Reads every inline warning host (data-beian-precheck-field) and the text in its shadow root, in a page's main frame or in `page` as a frame. */
export async function readWarnings(page: Page | Frame): Promise<SeenWarning[]> {
  return page.evaluate(() => {
    const out: { field: string; severity: string; message: string }[] = [];
    for (const host of Array.from(document.querySelectorAll('[data-beian-precheck-field]'))) {
      const field = host.getAttribute('data-beian-precheck-field') ?? '';
      const root = host.shadowRoot;
      if (!root) {
        out.push({ field, severity: '?', message: '(closed or no shadow root)' });
        continue;
      }
      const items = Array.from(root.querySelectorAll('.item'));
      if (items.length === 0) {
        const text = Array.from(root.childNodes)
          .filter((n) => n.nodeName !== 'STYLE')
          .map((n) => n.textContent ?? '')
          .join(' ')
          .replace(/\s+/g, ' ')
          .trim();
        if (text) out.push({ field, severity: '?', message: text });
        continue;
      }
      for (const item of items) {
        const severity = ['error', 'warning', 'info'].find((s) => item.classList.contains(s)) ?? '?';
        const message = (item.querySelector('.msg')?.textContent ?? item.textContent ?? '').replace(/\s+/g, ' ').trim();
        out.push({ field, severity, message });
      }
    }
    return out;
  });
}

/** Waits until the set of warnings stops changing (the extension debounces its re-checks). */
export async function settledWarnings(page: Page, { quietMs = 1_500, maxMs = 10_000 } = {}): Promise<SeenWarning[]> {
  let last = '';
  let stableSince = Date.now();
  const deadline = Date.now() + maxMs;
  let warnings: SeenWarning[] = [];
  while (Date.now() < deadline) {
    warnings = await readWarnings(page);
    const key = JSON.stringify(warnings);
    if (key !== last) {
      last = key;
      stableSince = Date.now();
    } else if (Date.now() - stableSince >= quietMs) break;
    await page.waitForTimeout(250);
  }
  return warnings;
}
