/**
 * Wizard steps of the Huawei filing order (console-fields.md §1.2): 验证备案类型 /
 * 基础信息校验 → 填写主体信息 → 填写网站信息 or 填写APP信息 → 上传资料 (及真实性核验),
 * and the fields each step should show (adapter health).
 */
import type { Step } from '../../rules/model/fields';

type PageStep = Step | 'unknown';

const STEP_WORDS: readonly [RegExp, Step][] = [
  [/验证备案类型|基础信息校验|产品验证|备案类型校验/, 'verify'],
  [/主体信息/, 'subject'],
  [/APP信息|APP特征信息/i, 'app'],
  [/网站信息|互联网信息服务/, 'website'],
  [/上传资料|资料上传|真实性核验/, 'upload'],
];

export function stepFromText(text: string | undefined): Step | undefined {
  if (!text) return undefined;
  const compact = text.replace(/\s+/g, '');
  return STEP_WORDS.find(([re]) => re.test(compact))?.[1];
}

/**
 * The step the page says it is on: the step bar's current item, else a page heading
 * naming a step (填写主体信息 …). Card headings like 网站1 do not name a step.
 */
export function detectStep(markedStep: string | undefined, headingTexts: readonly string[]): Step | undefined {
  const marked = stepFromText(markedStep);
  if (marked) return marked;
  for (const text of headingTexts) {
    if (!/^\s*(填写|上传|验证|基础)/.test(text)) continue;
    const step = stepFromText(text);
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
    else if (key === 'subject.certAddress' || key === 'subject.mailingAddress' || key === 'subject.investor' || key.startsWith('principal.')) score.subject += 1;
  }
  const best = (Object.entries(score) as [Step, number][]).sort((a, b) => b[1] - a[1])[0]!;
  if (best[1] > 0) return best[0];
  return keys.some((k) => k.startsWith('subject.')) ? 'verify' : 'unknown';
}

const VERIFY = ['province', 'subject.nature', 'subject.name', 'subject.certType', 'subject.certNumber'];
const SUBJECT = [
  'subject.certAddress',
  'subject.mailingAddress',
  'subject.principal.name',
  'subject.principal.idType',
  'subject.principal.idNumber',
  'subject.principal.idValidFrom',
  'subject.principal.mobile',
  'subject.principal.emergencyPhone',
  'subject.principal.email',
];
const SERVICE = ['name', 'domains', 'serviceContent', 'preApprovals'];
const SERVICE_PRINCIPAL = ['principal.name', 'principal.idType', 'principal.idNumber', 'principal.mobile', 'principal.emergencyPhone', 'principal.email'];
const APP = ['name', 'platforms', 'domains', 'serviceContent'];
const UPLOAD = ['materials.subject-certificate', 'materials.subject-principal-id'];
const CANCEL_TYPES: ReadonlySet<string> = new Set(['cancel-service', 'cancel-subject', 'cancel-access']);

/**
 * Fields the step should show. A service principal marked 同主体负责人 may hide its
 * own fields, so they are not expected then.
 */
export function expectedFields(
  step: PageStep,
  seen: { websites: readonly number[]; apps: readonly number[]; values: ReadonlyMap<string, unknown>; filingType?: string },
): string[] {
  // A cancellation shows the record it cancels, not the wizard's fields: nothing is expected.
  if (seen.filingType && CANCEL_TYPES.has(seen.filingType)) return [];
  const services = (kind: 'websites' | 'apps', fields: readonly string[]) => {
    const indexes = seen[kind].length ? [...seen[kind]].sort((a, b) => a - b) : [0];
    return indexes.flatMap((i) => {
      const base = `${kind}[${i}]`;
      const same = seen.values.get(`${base}.principal.sameAsSubjectPrincipal`) === true;
      return [...fields, ...(same ? [] : SERVICE_PRINCIPAL)].map((f) => `${base}.${f}`);
    });
  };
  switch (step) {
    case 'verify':
      return VERIFY;
    case 'subject':
      return SUBJECT;
    case 'website':
      return services('websites', SERVICE);
    case 'app':
      return services('apps', APP);
    case 'upload':
      return UPLOAD;
    default:
      return [];
  }
}
