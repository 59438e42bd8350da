/**
 * The content script carries the adapter and the inline UI only: the background judges its
 * first reads, and the rules come into the page as their own file (components/engine-client/
 * hybrid.ts), listed after the console's script in the manifest. A rule module pulled into the content
 * script by an innocent import would bring its texts and its cost into the start of every
 * console page; this guards against that.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const CONSOLES = ['huawei', 'aliyun', 'tencent'] as const;
const BUILDS = ['chrome-mv3', 'edge-mv3', 'firefox-mv2'] as const;
const CONTENT_SCRIPTS = CONSOLES.flatMap((id) => BUILDS.map((dir) => `.output/${dir}/content-scripts/${id}.js`));
/** Each console's content script, gzipped (components/console/README.md: 40 KB gzip). */
const BUDGET_GZIP = 40 * 1024;

interface Manifest {
  content_scripts?: { matches: string[]; js?: string[] }[];
}

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
  it(`stays within ${BUDGET_GZIP / 1024} KB gzip`, () => {
    expect(gzipSync(code, { level: 9 }).length).toBeLessThanOrEqual(BUDGET_GZIP);
  });
});

describe('each console carries its own tables and readers only', () => {
  it('the Aliyun script has no Tiny3 or TinyVue reader; the Huawei script no Ant Design reader', () => {
    const aliyun = readFileSync('.output/chrome-mv3/content-scripts/aliyun.js', 'utf8');
    const huawei = readFileSync('.output/chrome-mv3/content-scripts/huawei.js', 'utf8');
    expect(aliyun).not.toMatch(/ti3-|tiny-form-item/);
    expect(aliyun).toContain('ant-form-item');
    expect(huawei).not.toContain('ant-form-item');
  });
  it('the Tencent script has the Tea reader and neither Tiny3, TinyVue nor Ant Design', () => {
    const tencent = readFileSync('.output/chrome-mv3/content-scripts/tencent.js', 'utf8');
    expect(tencent).not.toMatch(/ti3-|tiny-form-item|ant-form-item/);
    expect(tencent).toContain('-form__controls');
    for (const id of ['huawei', 'aliyun']) expect(readFileSync(`.output/chrome-mv3/content-scripts/${id}.js`, 'utf8')).not.toContain('-form-upload__file');
  });
});

describe('bringing the rules into the page', () => {
  it.each(BUILDS)('%s: no import() at all (AMO flags a computed one); page-engine.js holds the rules', (dir) => {
    for (const id of CONSOLES) expect(readFileSync(`.output/${dir}/content-scripts/${id}.js`, 'utf8')).not.toMatch(/\bimport\(/);
    expect(readFileSync(`.output/${dir}/page-engine.js`, 'utf8')).toMatch(/["'`]national\/emergency-phone-differs["'`]/);
  });
  it.each(BUILDS)(
    '%s: every content-script entry lists page-engine.js after the console script, so the first read goes out before the rules are evaluated',
    (dir) => {
      const manifest = JSON.parse(readFileSync(`.output/${dir}/manifest.json`, 'utf8')) as Manifest;
      const entries = manifest.content_scripts ?? [];
      expect(entries.map((entry) => entry.js?.[0]).sort()).toEqual(CONSOLES.map((id) => `content-scripts/${id}.js`).sort());
      for (const entry of entries) expect(entry.js).toEqual([entry.js?.[0], 'page-engine.js']);
    },
  );
});
