/**
 * The Tencent fixture pages are Tea's own markup: each committed page equals what tea-component 2.8.0
 * renders from test/fixtures/consoles/tencent/pages.tsx now (re-write them with render.ts after
 * changing a page or upgrading tea-component, then check their expected reads by hand).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PAGES, renderPage } from '../fixtures/consoles/tencent/pages';

describe.each(PAGES.map((page) => [page.name, page] as const))('%s', (name, page) => {
  it("is Tea's render of its page", () => {
    expect(readFileSync(`test/fixtures/consoles/tencent/${name}.html`, 'utf8')).toBe(renderPage(page));
  });
});
