/**
 * Least privilege, held to an allow-list: the built manifests may ask for no more than
 * storage (+ sidePanel on Chrome) and may reach only the Huawei filing console.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HUAWEI_CONSOLE_MATCHES, HUAWEI_CONSOLE_ORIGINS } from '../../entrypoints/huawei.content/hosts';

interface Manifest {
  manifest_version: number;
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

const BUILDS = { chrome: '.output/chrome-mv3', firefox: '.output/firefox-mv2' } as const;
const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Manifest;
const ALLOWED_PERMISSIONS = { chrome: ['storage', 'sidePanel'], firefox: ['storage'] } as const;

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

  it('runs content scripts only on the filing console', () => {
    const matches = (manifest.content_scripts ?? []).flatMap((c) => c.matches);
    expect(matches.length).toBeGreaterThan(0);
    for (const match of matches) expect(HUAWEI_CONSOLE_MATCHES).toContain(match);
  });

  it('runs them in every frame of those pages too (a form in a same-origin iframe), with the same matches', () => {
    for (const script of manifest.content_scripts ?? []) expect(script.all_frames).toBe(true);
  });

  it('exposes no web-accessible resource beyond styles and, in Chrome, the rules to the console', () => {
    const entries = (manifest.web_accessible_resources ?? []) as ({ resources?: string[]; matches?: string[] } | string)[];
    for (const entry of entries) {
      const files = typeof entry === 'string' ? [entry] : (entry.resources ?? []);
      for (const file of files.filter((f) => !f.endsWith('.css'))) {
        // The content script imports the rules after its first findings (components/engine-client/hybrid.ts).
        expect(browser === 'chrome' && file === 'page-engine.js', file).toBe(true);
        expect(typeof entry === 'string' ? [] : entry.matches).toEqual(HUAWEI_CONSOLE_ORIGINS);
      }
    }
    const listed = JSON.stringify(entries);
    expect(listed.includes('page-engine.js')).toBe(browser === 'chrome');
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

describe('Firefox specifics', () => {
  const manifest = read(`${BUILDS.firefox}/manifest.json`);
  it('has a gecko id and declares that it collects no data', () => {
    expect(manifest.browser_specific_settings?.gecko?.id).toMatch(/@/);
    expect(manifest.browser_specific_settings?.gecko?.data_collection_permissions?.required).toEqual(['none']);
  });
});
