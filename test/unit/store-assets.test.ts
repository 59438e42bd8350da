/**
 * The store listings (assets/store/) say what the extension says of itself: each short
 * description is the manifest's description in that language, within the stores' limits, and
 * each long description names every host the extension runs on. The images `npm run
 * store:assets` writes are there, in the sizes and the format the stores take.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ALIYUN_CONSOLE_MATCHES } from '../../entrypoints/aliyun.content/hosts';
import { HUAWEI_CONSOLE_MATCHES } from '../../entrypoints/huawei.content/hosts';
import { TENCENT_CONSOLE_MATCHES } from '../../entrypoints/tencent.content/hosts';
import { STORE_IMAGES } from '../demo/store-images';
import { PNG_RGB, readPngHeader } from '../support/png';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const STORE = join(ROOT, 'assets', 'store');
/** Chrome (and Firefox) take a manifest description of at most 132 characters. */
const MANIFEST_DESCRIPTION_MAX = 132;
/** Microsoft Edge Add-ons takes a listing description of 250 to 10,000 characters. */
const LONG_DESCRIPTION = { min: 250, max: 10_000 };
const IMAGE_MAX_BYTES = 300 * 1024;

const LISTINGS = [
  { file: 'description.zh-CN.md', locale: 'zh_CN' },
  { file: 'description.en.md', locale: 'en' },
] as const;

/** The text under the `## ` heading that matches `heading`, up to the next `## ` heading. */
function section(markdown: string, heading: RegExp): string {
  const parts = markdown.split(/^## /m).slice(1);
  const part = parts.find((p) => heading.test(p.split('\n', 1)[0]!));
  if (part === undefined) throw new Error(`no "## …" heading matching ${heading}`);
  return part.slice(part.indexOf('\n') + 1).trim();
}

const HOSTS = [
  ...new Set([...HUAWEI_CONSOLE_MATCHES, ...ALIYUN_CONSOLE_MATCHES, ...TENCENT_CONSOLE_MATCHES].map((match) => new URL(match.replace('*', '')).host)),
];

describe.each(LISTINGS)('$file', ({ file, locale }) => {
  const text = readFileSync(join(STORE, file), 'utf8');
  const short = section(text, /short description/i);
  const long = section(text, /long description/i);

  it(`has the manifest's ${locale} description as its short description`, () => {
    const messages = JSON.parse(readFileSync(join(ROOT, 'assets/public/_locales', locale, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
    expect(short).toBe(messages.extDescription?.message);
  });

  it(`keeps the short description within ${MANIFEST_DESCRIPTION_MAX} characters`, () => {
    expect([...short].length).toBeLessThanOrEqual(MANIFEST_DESCRIPTION_MAX);
  });

  it(`has a long description of ${LONG_DESCRIPTION.min} to ${LONG_DESCRIPTION.max} characters`, () => {
    expect([...long].length).toBeGreaterThanOrEqual(LONG_DESCRIPTION.min);
    expect([...long].length).toBeLessThanOrEqual(LONG_DESCRIPTION.max);
  });

  it('names every host the content scripts run on, and no other', () => {
    for (const host of HOSTS) expect(long).toContain(host);
    const named = long.match(/\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|cn)\b/g) ?? [];
    expect(named.filter((host) => !HOSTS.includes(host))).toEqual([]);
  });
});

describe.each(Object.values(STORE_IMAGES))('$file', ({ file, width, height }) => {
  const path = join(STORE, file);

  it('is committed (npm run store:assets writes it)', () => {
    expect(existsSync(path)).toBe(true);
  });

  it(`is a ${width} × ${height} 8-bit RGB PNG without transparency, at most ${IMAGE_MAX_BYTES / 1024} KB`, () => {
    const png = readFileSync(path);
    const header = readPngHeader(png);
    expect({ width: header.width, height: header.height, bitDepth: header.bitDepth, colorType: header.colorType }).toEqual({
      width,
      height,
      bitDepth: 8,
      colorType: PNG_RGB,
    });
    expect(header.chunks).not.toContain('tRNS');
    expect(png.length).toBeLessThanOrEqual(IMAGE_MAX_BYTES);
  });
});
