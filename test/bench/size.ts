/** Bundle sizes of the current build, gzip -9, in KB (1 KB = 1024 bytes). */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface SizeRow {
  readonly name: string;
  readonly files: readonly string[];
  readonly rawKb: number;
  readonly gzipKb: number;
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

function filesUnder(dir: string, pattern: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path, pattern) : pattern.test(name) ? [path] : [];
  });
}

/**
 * The JS a page or view loads: the entry file plus the chunks its HTML or code imports,
 * transitively; with `dynamic: false` only what it loads on opening (no `import()`).
 */
function withImports(dir: string, entry: string, { dynamic = true } = {}): string[] {
  const seen = new Set<string>();
  const pattern = dynamic
    ? /(?:from\s*|import\s*(?:\(\s*)?|src=)["'`]([^"'`]+\.(?:m?js|css))["'`]/g
    : /(?:from\s*|import\s*|src=)["'`]([^"'`]+\.(?:m?js|css))["'`]/g;
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(pattern)) {
      const target = match[1]!.startsWith('/') ? join(dir, match[1]!) : join(file, '..', match[1]!);
      visit(target);
    }
  };
  visit(join(dir, entry));
  return [...seen];
}

function row(name: string, files: string[]): SizeRow {
  const buffers = files.map((f) => readFileSync(f));
  const raw = buffers.reduce((sum, b) => sum + b.length, 0);
  const gzip = buffers.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0);
  return { name, files, rawKb: kb(raw), gzipKb: kb(gzip) };
}

export function measureSizes(): SizeRow[] {
  const rows: SizeRow[] = [];
  for (const [browser, dir] of [
    ['chrome', '.output/chrome-mv3'],
    ['firefox', '.output/firefox-mv2'],
  ] as const) {
    if (!existsSync(dir)) continue;
    for (const script of filesUnder(join(dir, 'content-scripts'), /\.js$/)) rows.push(row(`${browser} content script ${script.split('/').pop()}`, [script]));
    // What opening the panel loads, and the chunks it imports only when wanted (the rule catalogue).
    const opening = withImports(dir, 'sidepanel.html', { dynamic: false }).filter((f) => !f.endsWith('.html'));
    const later = withImports(dir, 'sidepanel.html').filter((f) => !f.endsWith('.html') && !opening.includes(f));
    rows.push(row(`${browser} side panel (on opening)`, opening));
    if (later.length > 0) rows.push(row(`${browser} side panel: rule catalogue (loaded when wanted)`, later));
    rows.push(row(`${browser} background`, [join(dir, 'background.js')].filter(existsSync)));
    // A second content script, run right after the console's (wxt.config.ts).
    if (existsSync(join(dir, 'page-engine.js')))
      rows.push(row(`${browser} rules in the page (page-engine.js, a content script run after the console's)`, [join(dir, 'page-engine.js')]));
  }
  for (const zip of filesUnder('.output', /\.zip$/)) {
    const bytes = statSync(zip).size;
    rows.push({ name: `zip ${zip.split('/').pop()}`, files: [zip], rawKb: kb(bytes), gzipKb: kb(bytes) });
  }
  return rows;
}
