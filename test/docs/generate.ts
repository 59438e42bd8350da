/**
 * `npm run docs`: writes the documentation generated from the rule metadata
 * (`rules/CATALOGUE.md`, the README's rule count and province coverage; see render.ts),
 * and, when `npm run bench` has run, copies its table (`.output/bench/latest.md`) into the
 * README's `bench` section. Only the text between `<!-- generated:NAME -->` and
 * `<!-- /generated:NAME -->` is replaced in the README.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadAllRules } from '../../rules/load-rules';
import { generateDocs, README_PATH, replaceSection } from './render';

const BENCH = '.output/bench/latest.md';

const rules = await loadAllRules();
const docs = generateDocs(rules);
const edited = new Map<string, string>();
const current = (path: string) => edited.get(path) ?? readFileSync(path, 'utf8');

for (const section of docs.sections) edited.set(section.path, replaceSection(current(section.path), section.name, section.text));
if (existsSync(BENCH)) edited.set(README_PATH, replaceSection(current(README_PATH), 'bench', readFileSync(BENCH, 'utf8').trim()));
for (const file of docs.files) edited.set(file.path, file.text);

for (const [path, text] of edited) writeFileSync(path, text);
process.stdout.write(`${[...edited.keys()].join(', ')}: ${rules.length} rules\n`);
