/**
 * The Aliyun fixture pages are antd's own markup: each committed page equals what antd 6.6.8
 * renders from test/fixtures/consoles/aliyun/pages.tsx now (re-write them with render.ts after
 * changing a page or upgrading antd, then check their expected reads by hand).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PAGES, renderPage } from '../fixtures/consoles/aliyun/pages';

describe.each(PAGES.map((page) => [page.name, page] as const))('%s', (name, page) => {
  it("is antd's render of its page", () => {
    expect(readFileSync(`test/fixtures/consoles/aliyun/${name}.html`, 'utf8')).toBe(renderPage(page));
  });
});
