/**
 * The committed documentation is what `npm run docs` would write now: every generated file
 * and README section is regenerated in memory and compared. The bench table is written from
 * a benchmark run, not from the rules, so only its markers are checked. Every relative link
 * in the Markdown files must reach a file (and, into Markdown, a heading) that exists.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAllRules } from '../../rules/load-rules';
import { headingAnchors, relativeLinks } from '../docs/links';
import { DOCS_COMMAND, generateDocs, readSection, README_PATH, type GeneratedDocs } from '../docs/render';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Link targets that another branch of the same change creates. The integrator empties this
 * list once they exist; the last test fails while a listed file exists.
 */
const PENDING_LINK_TARGETS: readonly string[] = [];

function read(path: string): string {
  return readFileSync(join(ROOT, path), 'utf8');
}

/** undefined when equal; otherwise where the committed text first differs from the generated one. */
function difference(committed: string, generated: string): string | undefined {
  if (committed === generated) return undefined;
  const a = committed.split('\n');
  const b = generated.split('\n');
  let line = 0;
  while (line < a.length && line < b.length && a[line] === b[line]) line += 1;
  const show = (text: string | undefined) => (text === undefined ? '(nothing)' : JSON.stringify(text.slice(0, 160)));
  return `first difference at line ${line + 1} of the generated text:\n  committed: ${show(a[line])}\n  generated: ${show(b[line])}`;
}

function stale(what: string, detail: string): string {
  return `${what} is stale; run \`${DOCS_COMMAND}\` and commit the result.\n${detail}`;
}

describe('generated documentation', () => {
  let docs: GeneratedDocs;
  beforeAll(async () => {
    docs = generateDocs(await loadAllRules());
  });

  it('writes the catalogue and the README sections', () => {
    expect(docs.files.map((file) => file.path)).toContain('rules/CATALOGUE.md');
    expect(docs.sections.map((section) => `${section.path}:${section.name}`)).toEqual(['README.md:rules', 'README.md:coverage']);
  });

  it('matches every committed generated file', () => {
    const problems = docs.files.flatMap((file) => {
      if (!existsSync(join(ROOT, file.path))) return [stale(file.path, 'the file is missing')];
      const detail = difference(read(file.path), file.text);
      return detail ? [stale(file.path, detail)] : [];
    });
    expect(problems.join('\n\n')).toBe('');
  });

  it('matches every committed generated section', () => {
    const problems = docs.sections.flatMap((section) => {
      const committed = readSection(read(section.path), section.name);
      const where = `the "${section.name}" section of ${section.path}`;
      if (committed === undefined) return [`${section.path} lacks the <!-- generated:${section.name} --> … <!-- /generated:${section.name} --> markers`];
      const detail = difference(committed, section.text);
      return detail ? [stale(where, detail)] : [];
    });
    expect(problems.join('\n\n')).toBe('');
  });

  it('keeps the markers the bench table is copied between', () => {
    const bench = readSection(read(README_PATH), 'bench');
    expect(bench, 'README.md needs <!-- generated:bench --> … <!-- /generated:bench --> (`npm run docs` copies `npm run bench` output there)').toBeDefined();
    expect(bench).toMatch(/^\| Figure \| Measured \| Budget \|/m);
  });
});

function markdownFiles(dir = ROOT): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (name.startsWith('.') || name === 'node_modules') return [];
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return markdownFiles(path);
    return name.endsWith('.md') ? [relative(ROOT, path)] : [];
  });
}

describe('relative links in Markdown files', () => {
  const files = markdownFiles();

  it('finds the Markdown files', () => {
    expect(files).toContain('README.md');
    expect(files).toContain('rules/CATALOGUE.md');
  });

  it.each(files)('%s links only to files and headings that exist', (file) => {
    const broken: string[] = [];
    const text = read(file);
    for (const link of relativeLinks(text)) {
      const target = link.path === '' ? file : relative(ROOT, resolve(ROOT, dirname(file), link.path));
      const shown = `${file}:${link.line}: ${link.path}${link.anchor === undefined ? '' : `#${link.anchor}`}`;
      if (PENDING_LINK_TARGETS.includes(target)) continue;
      if (target.startsWith('..') || !existsSync(join(ROOT, target))) {
        broken.push(`${shown} (no such file in the repository)`);
        continue;
      }
      if (link.anchor && target.endsWith('.md') && !headingAnchors(link.path === '' ? text : read(target)).has(link.anchor)) {
        broken.push(`${shown} (no such heading in ${target})`);
      }
    }
    expect(broken).toEqual([]);
  });

  it.each(PENDING_LINK_TARGETS.map((path) => [path]))('still waits for %s (remove it from PENDING_LINK_TARGETS once it exists)', (path) => {
    expect(existsSync(join(ROOT, path))).toBe(false);
  });
});
