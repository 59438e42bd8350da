import { makeForm } from '../../../test/support/make-form';
import { testRule } from '../../../test/support/rule-tester';
import rule from './enterprise-showcase-remark';

testRule(rule, {
  valid: [
    {
      name: 'showcase statement',
      form: makeForm('enterprise', (f) => {
        f.province = 'NM';
        f.websites![0]!.remark = '本网站为企业展示网站，不涉及在线交易、电子金融和电子商务。';
      }),
    },
  ],
  invalid: [
    // UC 2024 (内蒙古): enterprise remark must state showcase / no trading.
    { name: 'empty remark', form: makeForm('enterprise', (f) => void (f.province = 'NM')), issues: [{ field: 'websites[0].remark', message: 'showcase' }] },
  ],
  notApplicable: [{ name: 'personal', form: makeForm('individual', (f) => void (f.province = 'NM')) }],
});
