import { makeForm } from '../../../test/support/make-form';
import { testRule } from '../../../test/support/rule-tester';
import rule from './enterprise-name-remark';

testRule(rule, {
  valid: [
    { name: 'company short name', form: makeForm('enterprise', (f) => void (f.province = 'CQ')) },
    {
      name: 'product name explained',
      form: makeForm('enterprise', (f) => {
        f.province = 'CQ';
        f.websites![0]!.name = '好物推荐网';
        f.websites![0]!.remark = '好物推荐网是本公司运营的产品介绍网站。';
      }),
    },
  ],
  invalid: [
    // QC (重庆): product-named site without an explaining remark is returned for clarification.
    {
      name: 'product name, no remark',
      form: makeForm('enterprise', (f) => {
        f.province = 'CQ';
        f.websites![0]!.name = '好物推荐网';
      }),
      issues: [{ field: 'websites[0].remark', message: 'explain' }],
    },
  ],
  notApplicable: [{ name: 'personal', form: makeForm('individual', (f) => void (f.province = 'CQ')) }],
});
