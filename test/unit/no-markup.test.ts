/**
 * Console text is data, not markup: no source file of the product builds HTML from
 * strings. Preact renders every value as text; these APIs would parse it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const PRODUCT_DIRS = ['entrypoints', 'components', 'rules', 'assets'];
const MARKUP_APIS =
  /\b(innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write|createContextualFragment|DOMParser)\b|\beval\s*\(|new Function\s*\(/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'public' ? [] : sources(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/**
 * The source without its line and block comments, in one forward pass: what
 * `/\/\/.*$|\/\*[\s\S]*?\*\//gm` removed, without rescanning the rest of the file from every
 * block comment never closed (whether one is closed is known from the last closing mark).
 */
function withoutComments(code: string): string {
  const opening = /\/[/*]/g;
  const lineEnd = /[\n\r\u2028\u2029]/g;
  const lastClose = code.lastIndexOf('*/');
  let out = '';
  let from = 0;
  for (;;) {
    opening.lastIndex = from;
    const comment = opening.exec(code);
    if (!comment) break;
    out += code.slice(from, comment.index);
    if (comment[0] === '//') {
      lineEnd.lastIndex = comment.index;
      from = lineEnd.exec(code)?.index ?? code.length;
    } else if (lastClose >= comment.index + 2) {
      from = code.indexOf('*/', comment.index + 2) + 2;
    } else {
      // Never closed: the slash is text, and the search goes on from the next character.
      out += '/';
      from = comment.index + 1;
    }
  }
  return out + code.slice(from);
}

it('no product source uses an API that parses strings as markup or code', () => {
  const offenders = PRODUCT_DIRS.flatMap(sources).filter((file) => MARKUP_APIS.test(withoutComments(readFileSync(file, 'utf8'))));
  expect(offenders).toEqual([]);
});
