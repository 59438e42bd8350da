// @vitest-environment happy-dom
/**
 * The Tencent fixture pages are their libraries' own markup: each committed Tea page equals what
 * tea-component 2.8.0 renders from test/fixtures/consoles/tencent/pages.tsx now, each TDesign page
 * what tdesign-react 1.18.2 renders in happy-dom from tdesign-pages.tsx now (re-write them with
 * render.ts after changing a page or upgrading a library, then check their expected reads by hand).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PAGES, renderPage } from '../fixtures/consoles/tencent/pages';
import { renderTdesignPage, TDESIGN_PAGES } from '../fixtures/consoles/tencent/tdesign-pages';

const committed = (name: string) => readFileSync(`test/fixtures/consoles/tencent/${name}.html`, 'utf8');

describe.each(PAGES.map((page) => [page.name, page] as const))('%s', (name, page) => {
  it("is Tea's render of its page", () => {
    expect(committed(name)).toBe(renderPage(page));
  });
});

describe.each(TDESIGN_PAGES.map((page) => [page.name, page] as const))('%s', (name, page) => {
  it("is TDesign's render of its page", async () => {
    expect(committed(name)).toBe(await renderTdesignPage(page));
  });
});
