/**
 * Every console the extension reads (entrypoints/<id>.content/console.ts) and its fixture
 * pairs (test/fixtures/consoles/<id>/<name>.html + <name>.expected.json): what the
 * fixture runner, the conformance test and the meta-test walk.
 */
import type { ConsoleDefinition } from '../../components/console/define-console';
import type { FilingForm } from '../../rules/model/filing-form';

const DEFINITIONS = import.meta.glob<Record<string, unknown>>('../../entrypoints/*.content/console.ts', { eager: true });
const PAGES = import.meta.glob<string>('../fixtures/consoles/*/*.html', { query: '?raw', import: 'default', eager: true });
const EXPECTED = import.meta.glob<Expected>('../fixtures/consoles/*/*.expected.json', { import: 'default', eager: true });

/** What a console's read of a fixture page must give (test/fixtures/consoles/README in components/console/README.md). */
export interface Expected {
  /** Left by `npm run fixture` (report-to-fixture.ts) on a skeleton the maintainer has not checked yet: the fixture test fails while it is there. */
  readonly todo?: string;
  readonly step: string;
  /** The form one read yields through the order model. */
  readonly form: FilingForm;
  /** Fields the step should show (health), and those the page lacks. */
  readonly expected: readonly string[];
  readonly missing: readonly string[];
  /** Fields found with no value (a select showing its placeholder). */
  readonly empty: readonly string[];
  /** Fields shown greyed (carried over from the record). */
  readonly locked: readonly string[];
  /** The page hands the materials to the console's app (PageRead.materialsElsewhere); absent: false. */
  readonly materialsElsewhere?: boolean;
  /** Values shown but not read (PageRead.unread: an unknown option text, an unknown control); absent: none. */
  readonly unread?: readonly { readonly field: string; readonly text?: string; readonly widget?: string }[];
}

export interface FixturePair {
  readonly console: string;
  readonly name: string;
  /** The page's <body> markup. */
  readonly body: string;
  readonly expected: Expected | undefined;
}

const isDefinition = (value: unknown): value is ConsoleDefinition =>
  typeof value === 'object' && value !== null && typeof (value as ConsoleDefinition).id === 'string' && Array.isArray((value as ConsoleDefinition).libraries);

/** Console folder name → its definition (the console.ts export that is one). */
export const CONSOLES: ReadonlyMap<string, ConsoleDefinition> = new Map(
  Object.entries(DEFINITIONS).flatMap(([path, module]) => {
    const folder = /entrypoints\/([^/]+)\.content\//.exec(path)![1]!;
    const def = Object.values(module).find(isDefinition);
    return def ? [[folder, def] as const] : [];
  }),
);

export const FIXTURE_PAIRS: readonly FixturePair[] = Object.entries(PAGES)
  .map(([path, html]) => {
    const [, console, name] = /consoles\/([^/]+)\/([^/]+)\.html$/.exec(path)!;
    return {
      console: console!,
      name: name!,
      body: /<body>([\s\S]*)<\/body>/.exec(html)?.[1] ?? html,
      expected: EXPECTED[path.replace(/\.html$/, '.expected.json')],
    };
  })
  .sort((a, b) => `${a.console}/${a.name}`.localeCompare(`${b.console}/${b.name}`));
