/**
 * Least privilege, held to an allow-list: the built manifests may ask for no more than
 * storage (+ sidePanel on Chrome and Edge) and may reach only the filing consoles (Huawei Cloud, Alibaba Cloud, Tencent Cloud).
 * The Edge package is the Chromium build under Edge's name: the same Manifest V3, side panel and all.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALIYUN_CONSOLE_MATCHES } from '../../entrypoints/aliyun.content/hosts';
import { HUAWEI_CONSOLE_MATCHES } from '../../entrypoints/huawei.content/hosts';
import { TENCENT_CONSOLE_MATCHES } from '../../entrypoints/tencent.content/hosts';

interface Manifest {
  manifest_version: number;
  version: string;
  background?: { service_worker?: string };
  side_panel?: { default_path?: string };
  name: string;
  description: string;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  content_scripts?: { matches: string[]; js?: string[]; css?: string[]; all_frames?: boolean }[];
  web_accessible_resources?: unknown[];
  icons?: Record<string, string>;
  browser_specific_settings?: { gecko?: { id?: string; data_collection_permissions?: { required?: string[] } } };
  externally_connectable?: unknown;
  content_security_policy?: unknown;
}

const BUILDS = { chrome: '.output/chrome-mv3', edge: '.output/edge-mv3', firefox: '.output/firefox-mv2' } as const;
const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Manifest;
const ALLOWED_PERMISSIONS = { chrome: ['storage', 'sidePanel'], edge: ['storage', 'sidePanel'], firefox: ['storage'] } as const;
/** Every page a content script may run on: each console's own matches, nothing else. */
const CONSOLE_MATCHES = [...HUAWEI_CONSOLE_MATCHES, ...ALIYUN_CONSOLE_MATCHES, ...TENCENT_CONSOLE_MATCHES];

describe.each(Object.entries(BUILDS))('%s manifest', (browser, dir) => {
  const manifest = read(`${dir}/manifest.json`);

  it('asks for no permission beyond the allow-list', () => {
    for (const permission of manifest.permissions ?? []) expect(ALLOWED_PERMISSIONS[browser as keyof typeof ALLOWED_PERMISSIONS]).toContain(permission);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    // Host access on MV3 comes only from content-script matches; MV2 must not list hosts as permissions either.
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(JSON.stringify(manifest)).not.toMatch(/<all_urls>|"tabs"|"scripting"|"webRequest|"cookies"|"history"|"downloads"|\*:\/\/\*\//);
    expect(manifest.externally_connectable).toBeUndefined();
  });

  it("runs content scripts only on the filing consoles, each console's script on its own pages", () => {
    const matches = (manifest.content_scripts ?? []).flatMap((c) => c.matches);
    expect(matches.length).toBeGreaterThan(0);
    for (const match of matches) expect(CONSOLE_MATCHES).toContain(match);
    // Keyed by each entry's console script (the manifest lists page-engine.js after it: content-script.test.ts).
    const scripts = Object.fromEntries((manifest.content_scripts ?? []).map((c) => [c.js?.[0], [...c.matches].sort()]));
    expect(scripts).toEqual({
      'content-scripts/huawei.js': [...HUAWEI_CONSOLE_MATCHES].sort(),
      'content-scripts/aliyun.js': [...ALIYUN_CONSOLE_MATCHES].sort(),
      'content-scripts/tencent.js': [...TENCENT_CONSOLE_MATCHES].sort(),
    });
  });

  it('runs them in every frame of those pages too (a form in a same-origin iframe), with the same matches', () => {
    for (const script of manifest.content_scripts ?? []) expect(script.all_frames).toBe(true);
  });

  it('exposes no web-accessible resource: no page can load a file of the extension (or tell it is installed)', () => {
    // The rules come as a content script (content-script.test.ts), not as a file a page could fetch.
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
  });

  it('lets its own pages (service worker, side panel) load only their own scripts and connect nowhere', () => {
    const csp = manifest.content_security_policy;
    const policy = browser === 'firefox' ? csp : (csp as { extension_pages?: string } | undefined)?.extension_pages;
    expect(typeof policy).toBe('string');
    const directives = new Map(
      (policy as string)
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0])
        .map(([name, ...values]) => [name!, values]),
    );
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('connect-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
  });

  it('is named and described in zh-CN and en, with icons', () => {
    expect(manifest.name).toBe('__MSG_extName__');
    for (const locale of ['zh_CN', 'en']) {
      const messages = JSON.parse(readFileSync(`${dir}/_locales/${locale}/messages.json`, 'utf8')) as Record<string, { message: string }>;
      expect(messages.extName?.message).toMatch(/备案预检|Beian Precheck/);
      expect(messages.extDescription?.message.length).toBeGreaterThan(20);
    }
    for (const size of ['16', '48', '128']) expect(existsSync(`${dir}/${manifest.icons?.[size]}`), `icon ${size}`).toBe(true);
  });
});

describe.each(['chrome', 'edge'] as const)('%s: a Manifest V3 package with the side panel', (browser) => {
  const dir = BUILDS[browser];
  const manifest = read(`${dir}/manifest.json`);

  it('is Manifest V3 with a service worker and the side panel (Edge calls it the sidebar: the same sidePanel API)', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(existsSync(`${dir}/${manifest.background?.service_worker}`), 'service worker').toBe(true);
    expect(manifest.permissions).toContain('sidePanel');
    expect(existsSync(`${dir}/${manifest.side_panel?.default_path}`), 'side panel page').toBe(true);
  });

  it('has its store package in .output/', () => {
    expect(existsSync(`.output/beian-precheck-${manifest.version}-${browser}.zip`)).toBe(true);
  });
});

describe('the Edge package', () => {
  it('has the same manifest as the Chrome package (one Chromium build, two stores)', () => {
    expect(read(`${BUILDS.edge}/manifest.json`)).toEqual(read(`${BUILDS.chrome}/manifest.json`));
  });
});

describe('Firefox specifics', () => {
  const manifest = read(`${BUILDS.firefox}/manifest.json`);
  it('has a gecko id and declares that it collects no data', () => {
    expect(manifest.browser_specific_settings?.gecko?.id).toMatch(/@/);
    expect(manifest.browser_specific_settings?.gecko?.data_collection_permissions?.required).toEqual(['none']);
  });
});
