/**
 * Which wizard step a page shows, and the fields that step should show (adapter health),
 * over a console's StepTable (entrypoints/<console>.content/steps.ts).
 */
import type { Step } from '../../rules/model/fields';
import { isCancelFilingType, isMoveFilingType } from '../../rules/model/vocabulary';
import type { PageStep } from './page-read';

export interface StepTable {
  /** Words of a step bar item or a page heading, and the step they name. */
  readonly words: readonly (readonly [RegExp, Step])[];
  /** A page heading names a step only when it starts so (填写主体信息); card headings (网站1) do not. */
  readonly headingStart: RegExp;
  /** The fields each step should show. Service fields are relative to their card (`name` → `websites[0].name`). */
  readonly expected: {
    readonly verify: readonly string[];
    readonly subject: readonly string[];
    readonly website: readonly string[];
    readonly app: readonly string[];
    /** A card's principal fields, unless the card says 同主体负责人. */
    readonly servicePrincipal: readonly string[];
    readonly upload: readonly string[];
  };
}

export function stepFromText(steps: StepTable, text: string | undefined): Step | undefined {
  if (!text) return undefined;
  const compact = text.replace(/\s+/g, '');
  return steps.words.find(([re]) => re.test(compact))?.[1];
}

/**
 * The step the page says it is on: the step bar's current item, else a page heading
 * naming a step. Card headings like 网站1 do not name a step.
 */
export function detectStep(steps: StepTable, markedStep: string | undefined, headingTexts: readonly string[]): Step | undefined {
  const marked = stepFromText(steps, markedStep);
  if (marked) return marked;
  for (const text of headingTexts) {
    if (!steps.headingStart.test(text)) continue;
    const step = stepFromText(steps, text);
    if (step) return step;
  }
  return undefined;
}

/** Without a step bar: the step whose fields dominate what was found. */
export function inferStep(keys: readonly string[]): PageStep {
  if (keys.length === 0) return 'unknown';
  const score: Record<Step, number> = { verify: 0, subject: 0, website: 0, app: 0, upload: 0, other: 0 };
  for (const key of keys) {
    if (key === 'upload') score.upload += 1;
    else if (key.startsWith('app.')) score.app += 2;
    else if (key.startsWith('service.')) score.website += 2;
    else if (key === 'province' || key === 'filingType' || key.startsWith('resource.')) score.verify += 2;
    else if (key === 'subject.certAddress' || key === 'subject.mailingAddress' || key === 'subject.investor' || key.startsWith('principal.'))
      score.subject += 1;
  }
  const best = (Object.entries(score) as [Step, number][]).sort((a, b) => b[1] - a[1])[0]!;
  if (best[1] > 0) return best[0];
  return keys.some((k) => k.startsWith('subject.')) ? 'verify' : 'unknown';
}

/**
 * Fields the step should show. A service principal marked 同主体负责人 may hide its
 * own fields, so they are not expected then.
 */
export function expectedFields(
  steps: StepTable,
  step: PageStep,
  seen: { websites: readonly number[]; apps: readonly number[]; values: ReadonlyMap<string, unknown>; filingType?: string },
): string[] {
  // A cancellation shows the record it cancels, not the wizard's fields; a migration or a
  // transfer shows the record it moves and asks for the target account: nothing is expected.
  if (isCancelFilingType(seen.filingType) || isMoveFilingType(seen.filingType)) return [];
  const { expected } = steps;
  const services = (kind: 'websites' | 'apps', fields: readonly string[]) => {
    const indexes = seen[kind].length ? [...seen[kind]].sort((a, b) => a - b) : [0];
    return indexes.flatMap((i) => {
      const base = `${kind}[${i}]`;
      const same = seen.values.get(`${base}.principal.sameAsSubjectPrincipal`) === true;
      return [...fields, ...(same ? [] : expected.servicePrincipal)].map((f) => `${base}.${f}`);
    });
  };
  switch (step) {
    case 'verify':
      return [...expected.verify];
    case 'subject':
      return [...expected.subject];
    case 'website':
      return services('websites', expected.website);
    case 'app':
      return services('apps', expected.app);
    case 'upload':
      return [...expected.upload];
    default:
      return [];
  }
}
