/**
 * Nothing leaves the browser: the built bundles contain no network API at all, so no
 * code path can send filing data anywhere, whatever the page or the user does.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BUILDS = ['.output/chrome-mv3', '.output/edge-mv3', '.output/firefox-mv2'];
const NETWORK_APIS: [string, RegExp][] = [
  ['fetch', /\bfetch\s*\(/],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/],
  ['WebSocket', /\bWebSocket\b/],
  ['EventSource', /\bEventSource\b/],
  ['sendBeacon', /\bsendBeacon\b/],
  ['importScripts', /\bimportScripts\s*\(/],
  ['remote import', /\bimport\s*\(\s*["'`]https?:/],
  ['remote script URL', /["'`]https?:\/\/[^"'`]*\.m?js["'`]/],
];

function scripts(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return scripts(path);
    return /\.(m?js|html)$/.test(name) ? [path] : [];
  });
}

describe.each(BUILDS)('%s', (dir) => {
  const files = scripts(dir);
  it('has scripts to check', () => expect(files.length).toBeGreaterThan(2));
  it.each(NETWORK_APIS)('uses no %s', (_name, pattern) => {
    const offenders = files.filter((file) => pattern.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
