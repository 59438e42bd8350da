import { makeForm, type Mutable } from '../../../test/support/make-form';
import type { FilingForm } from '../../model/filing-form';
import { testRule } from '../../../test/support/rule-tester';
import rule from './institution-site-application';

const institution = (mutate?: (f: Mutable<FilingForm>) => void) =>
  makeForm('enterprise', (f) => {
    f.province = 'NM';
    f.subject!.nature = 'institution';
    f.subject!.name = '呼和浩特市某某研究所';
    mutate?.(f);
  });

testRule(rule, {
  valid: [{ name: 'no website in the order (apps only)', form: institution((f) => void (f.websites = [])) }],
  invalid: [
    {
      // HW K-管局 (内蒙古): 事业单位 must provide 事业单位网站开办审核申请表 or the order is refused.
      name: 'public institution with a website',
      form: institution(),
      needs: [{ material: 'nm-institution-site-application', for: 'websites[0]', message: 'applicationForm' }],
    },
  ],
  notApplicable: [{ name: 'enterprise', form: makeForm('enterprise', (f) => void (f.province = 'NM')) }],
});
