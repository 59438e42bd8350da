/**
 * Console text is data, not markup: no source file of the product builds HTML from
 * strings. Preact renders every value as text; these APIs would parse it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const PRODUCT_DIRS = ['entrypoints', 'components', 'rules', 'assets'];
const MARKUP_APIS = /\b(innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write|createContextualFragment|DOMParser)\b|\beval\s*\(|new Function\s*\(/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'public' ? [] : sources(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

it('no product source uses an API that parses strings as markup or code', () => {
  const offenders = PRODUCT_DIRS.flatMap(sources).filter((file) => MARKUP_APIS.test(readFileSync(file, 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '')));
  expect(offenders).toEqual([]);
});
