/** How console URLs map onto the demo build (no browser needed). */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALIYUN_MOUNTS, DEMO_ALIYUN_DIR, DEMO_DIR, DEMO_TENCENT_DIR, demoFileFor, TENCENT_MOUNTS } from './harness';

describe('demoFileFor', () => {
  const asset = readdirSync(join(DEMO_DIR, 'assets')).find((f) => f.endsWith('.js'))!;

  it('serves index.html for the console roots and for unknown SPA paths', () => {
    for (const path of ['/beian/', '/beian', '/icp/', '/', '/beian/order/123']) expect(demoFileFor(path)).toBe(join(DEMO_DIR, 'index.html'));
  });

  it('serves built assets under every mount', () => {
    for (const mount of ['/beian/', '/icp/', '/']) expect(demoFileFor(`${mount}assets/${asset}`)).toBe(join(DEMO_DIR, 'assets', asset));
  });

  it('answers nothing for missing files and never leaves the build folder', () => {
    expect(demoFileFor('/favicon.ico')).toBeUndefined();
    expect(demoFileFor('/beian/assets/missing.js')).toBeUndefined();
    expect(demoFileFor('/beian/%2e%2e/%2e%2e/package.json')).toBeUndefined();
    expect(demoFileFor('/../../package.json')).toBeUndefined();
  });
});

describe('demoFileFor on the Aliyun demo', () => {
  const asset = readdirSync(join(DEMO_ALIYUN_DIR, 'assets')).find((f) => f.endsWith('.js'))!;
  const serve = (path: string) => demoFileFor(path, DEMO_ALIYUN_DIR, ALIYUN_MOUNTS);

  it('serves index.html for the form pages and its assets beside them', () => {
    for (const path of ['/pcContainer/formpage', '/pcContainer/myorder', '/']) expect(serve(path)).toBe(join(DEMO_ALIYUN_DIR, 'index.html'));
    expect(serve(`/pcContainer/assets/${asset}`)).toBe(join(DEMO_ALIYUN_DIR, 'assets', asset));
    expect(serve('/pcContainer/%2e%2e/%2e%2e/package.json')).toBeUndefined();
  });
});

describe('demoFileFor on the Tencent demo', () => {
  const asset = readdirSync(join(DEMO_TENCENT_DIR, 'assets')).find((f) => f.endsWith('.js'))!;
  const serve = (path: string) => demoFileFor(path, DEMO_TENCENT_DIR, TENCENT_MOUNTS);

  it("serves index.html for the console's pages (an order's deep path too) and its assets under /beian/manage/", () => {
    for (const path of ['/beian/manage/welcome', '/beian/manage/process/demo-order-1/review', '/beian'])
      expect(serve(path)).toBe(join(DEMO_TENCENT_DIR, 'index.html'));
    expect(serve(`/beian/manage/assets/${asset}`)).toBe(join(DEMO_TENCENT_DIR, 'assets', asset));
    expect(serve('/beian/manage/%2e%2e/%2e%2e/package.json')).toBeUndefined();
  });
});
