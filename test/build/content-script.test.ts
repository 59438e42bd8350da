/**
 * The content script carries the adapter and the inline UI only: the rules run in the
 * background (entrypoints/huawei.content/engine.ts). A rule module pulled into the page
 * bundle by an innocent import would bring its texts and its cost back into every
 * console page; this guards against that.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const CONTENT_SCRIPTS = ['.output/chrome-mv3/content-scripts/huawei.js', '.output/firefox-mv2/content-scripts/huawei.js'];

describe.each(CONTENT_SCRIPTS)('%s', (file) => {
  const code = readFileSync(file, 'utf8');
  it('contains no rule (rule ids are module paths: national/…, provinces/…, materials/…)', () => {
    expect(code.match(/["'`](?:national|materials|provinces\/[a-z]{2,6})\/[a-z0-9-]+["'`]/g) ?? []).toEqual([]);
  });
  it('contains no rule text (every rule has a why/fix; none of them reaches the page)', () => {
    expect(code).not.toMatch(/\bwhy:\s*["'`]/);
  });
  it('talks to the background engine over its port', () => {
    expect(code).toContain('beian-precheck-engine');
  });
});
