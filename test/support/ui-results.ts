/**
 * Real RunResults for the UI tests: the engine runs a few inline rules (plus the
 * exemplar national rule) over makeForm() variants, so the components see exactly
 * what the content script will hand them.
 */
import emergencyPhoneDiffers from '../../rules/national/emergency-phone-differs';
import { run, type RunResult } from '../../rules/engine/run';
import { defineRule, type Rule } from '../../rules/engine/types';
import type { FilingForm } from '../../rules/model/filing-form';
import type { TabState } from '../../components/messaging/protocol';
import { makeForm, TODAY, type Baseline, type Mutable } from './make-form';

function texts<M extends string>(zh: string, en: string, messages: Record<M, readonly [string, string]>): Rule<M>['texts'] {
  const pickLang = (index: 0 | 1) =>
    Object.fromEntries(Object.entries<readonly [string, string]>(messages).map(([id, pair]) => [id, pair[index]])) as Record<M, string>;
  return {
    'zh-CN': { title: zh, messages: pickLang(0), why: `${zh}（原因）`, fix: `${zh}（修改）` },
    en: { title: en, messages: pickLang(1), why: `${en} (why)`, fix: `${en} (fix)` },
  };
}

/** Quotes the website name, so the tests can feed page text through a message. */
export const siteNameChars: Rule = defineRule({
  id: 'test/site-name-chars',
  severity: 'error',
  family: 'names',
  scope: { serviceKinds: ['website'] },
  reads: ['websites[].name'],
  texts: texts('网站名称不能含特殊字符', 'No special characters in website names', {
    special: ['网站名称“{name}”含有特殊字符。', 'The website name “{name}” has special characters.'],
  }),
  sources: ['S2'],
  effectiveFrom: '2020-01-01',
  reviewedAt: TODAY,
  check: (form) =>
    (form.websites ?? []).flatMap((site, i) =>
      site.name && /[<>"'&]/.test(site.name) ? [{ field: `websites[${i}].name`, message: 'special' as const, params: { name: site.name } }] : [],
    ),
});

/** Advice on long website names: gives websites[0].name a second finding of another severity. */
export const siteNameLong: Rule = defineRule({
  id: 'test/site-name-long',
  severity: 'info',
  family: 'names',
  scope: { serviceKinds: ['website'] },
  reads: ['websites[].name'],
  texts: texts('网站名称较长', 'Long website name', { long: ['网站名称较长，建议精简。', 'The website name is long; consider a shorter one.'] }),
  sources: [],
  reviewedAt: TODAY,
  check: (form) =>
    (form.websites ?? []).flatMap((site, i) => (site.name && site.name.length > 20 ? [{ field: `websites[${i}].name`, message: 'long' as const }] : [])),
});

/** A warning on the subject name (verify step). */
export const subjectNameShort: Rule = defineRule({
  id: 'test/subject-name-short',
  severity: 'warning',
  family: 'names',
  scope: {},
  reads: ['subject.name'],
  texts: texts('主办单位名称过短', 'Subject name too short', { short: ['主办单位名称过短。', 'The subject name is too short.'] }),
  sources: ['S3'],
  reviewedAt: TODAY,
  check: (form) => (form.subject?.name !== undefined && form.subject.name.length < 2 ? [{ field: 'subject.name', message: 'short' as const }] : []),
});

/** Advice on the website remark. */
export const remarkAdvice: Rule = defineRule({
  id: 'test/remark-advice',
  severity: 'info',
  family: 'names',
  scope: { serviceKinds: ['website'] },
  reads: ['websites[].remark'],
  texts: texts('建议填写网站备注', 'Consider a website remark', { empty: ['建议简要说明网站内容。', 'Describe the website briefly.'] }),
  sources: [],
  reviewedAt: TODAY,
  check: (form) => (form.websites ?? []).flatMap((site, i) => (site.remark === '' ? [{ field: `websites[${i}].remark`, message: 'empty' as const }] : [])),
});

/** Needs the subject certificate and, per website, the principal's ID; quotes the website name in its reason. */
export const documentsNeeded: Rule = defineRule({
  id: 'test/documents-needed',
  severity: 'error',
  family: 'materials',
  scope: {},
  reads: [],
  texts: texts('需要上传证件', 'Certificates must be uploaded', {
    certificate: ['主办单位证件是必备资料。', 'The subject certificate is always needed.'],
    principalId: ['网站“{name}”的负责人证件。', 'The ID of the principal of “{name}”.'],
  }),
  sources: ['S1'],
  reviewedAt: TODAY,
  check: (form) => [
    { material: 'subject-certificate', message: 'certificate' as const },
    ...(form.websites ?? []).map((site, i) => ({
      material: 'service-principal-id',
      for: `websites[${i}]`,
      message: 'principalId' as const,
      params: { name: site.name ?? '' },
    })),
  ],
});

/** Reads a field the individual baseline leaves absent: always "unknown" there. */
export const needsLegalRep: Rule = defineRule({
  id: 'test/needs-legal-rep',
  severity: 'warning',
  family: 'principal',
  scope: {},
  reads: ['subject.principal.isLegalRepresentative'],
  texts: texts('主体负责人应为法定代表人', 'The principal should be the legal representative', { no: ['不是法定代表人。', 'Not the legal representative.'] }),
  sources: ['S4'],
  reviewedAt: TODAY,
  check: (form) =>
    form.subject?.principal?.isLegalRepresentative === false ? [{ field: 'subject.principal.isLegalRepresentative', message: 'no' as const }] : [],
});

export const TEST_RULES: readonly Rule[] = [siteNameLong, siteNameChars, subjectNameShort, remarkAdvice, documentsNeeded, needsLegalRep, emergencyPhoneDiffers];

export function resultFor(form: FilingForm, rules: readonly Rule[] = TEST_RULES): RunResult {
  return run(form, { today: TODAY, rules });
}

/** A form with one finding of each severity on three steps, one unknown rule, one missing material. */
export function messyForm(baseline: Baseline = 'individual', mutate?: (form: Mutable<FilingForm>) => void): FilingForm {
  return makeForm(baseline, (f) => {
    f.subject!.name = '张';
    f.subject!.principal!.emergencyPhone = f.subject!.principal!.mobile;
    f.websites![0]!.name = '<img src=x onerror=alert(1)>';
    f.websites![0]!.remark = '';
    delete f.materials!['service-principal-id@websites[0]'];
    mutate?.(f);
  });
}

/** The TabState the content script would publish for `form`. */
export function tabStateFor(form: FilingForm, extra: Partial<Pick<TabState, 'step' | 'health'>> = {}): TabState {
  return {
    console: 'huawei',
    provider: 'huawei',
    step: extra.step ?? 'subject',
    form,
    result: resultFor(form),
    health: extra.health ?? { expected: [], missing: [] },
    updatedAt: 1,
  };
}
