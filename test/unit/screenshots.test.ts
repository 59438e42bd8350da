/**
 * The README's screenshots (assets/screenshots/, written by `npm run demo` from the current
 * build) are the ones it shows: every image there is shown, every image shown is there (the
 * docs test checks the link too), the panel's at the panel's width, and each small enough to
 * commit again whenever the UI changes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PANEL_WIDTH } from '../demo/shots';
import { readPngHeader } from '../support/png';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FOLDER = 'assets/screenshots';
const MAX_BYTES = 200 * 1024;

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const shown = [...readme.matchAll(/!\[[^\]]+\]\((assets\/screenshots\/[^)\s]+)\)/g)].map((m) => m[1]!);
const files = readdirSync(join(ROOT, FOLDER)).filter((name) => !name.startsWith('.'));

describe('the README screenshots', () => {
  it('shows the panel and the inline warnings, each with alt text', () => {
    expect(shown).toEqual(expect.arrayContaining([`${FOLDER}/panel.png`, `${FOLDER}/inline-warnings.png`]));
  });

  it('shows every image of the folder (no stale picture left behind)', () => {
    expect(files.map((name) => `${FOLDER}/${name}`).sort()).toEqual([...new Set(shown)].sort());
  });

  it.each(files)('%s is a PNG of at most 200 KB', (name) => {
    const png = readFileSync(join(ROOT, FOLDER, name));
    expect(readPngHeader(png).width).toBeGreaterThan(0);
    expect(png.length).toBeLessThanOrEqual(MAX_BYTES);
  });

  it(`shows the side panel at its width, ${PANEL_WIDTH} px`, () => {
    expect(readPngHeader(readFileSync(join(ROOT, FOLDER, 'panel.png'))).width).toBe(PANEL_WIDTH);
  });
});
