/**
 * Change and cancellation orders for rule tests: a baseline form with `filingType` set
 * and `filed` holding what MIIT has now — by default exactly the baseline's own values,
 * so a case changes only what it is about:
 * `makeChange('change-subject', 'enterprise', (f) => { f.subject!.name = '新名称有限公司' })`.
 */
import type { FilingForm } from '../../rules/model/filing-form';
import type { FilingType } from '../../rules/model/vocabulary';
import { makeForm, type Baseline, type Mutable } from './make-form';

export function makeChange(filingType: FilingType, baseline: Baseline = 'enterprise', mutate?: (form: Mutable<FilingForm>) => void): FilingForm {
  return makeForm(baseline, (f) => {
    f.filingType = filingType;
    f.filed = {
      recordNumber: '粤ICP备12345678号',
      province: f.province,
      subjectNature: f.subject!.nature,
      subjectName: f.subject!.name,
      certNumber: f.subject!.certNumber,
      websites: (f.websites ?? []).map((w, i) => ({ name: w.name, domains: [...(w.domains ?? [])], recordNumber: `粤ICP备12345678号-${i + 1}` })),
      otherAccessProviders: 0,
    };
    mutate?.(f);
  });
}
