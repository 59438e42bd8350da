import { makeForm } from '../../../test/support/make-form';
import { testRule } from '../../../test/support/rule-tester';
import rule from './no-landline-remark';

testRule(rule, {
  valid: [
    { name: 'landline', form: makeForm('enterprise', (f) => void (f.province = 'AH')) },
    {
      name: 'mobile with remark',
      form: makeForm('enterprise', (f) => {
        f.province = 'AH';
        f.subject!.principal!.officePhone = '13500135000';
        f.subject!.remark = '企业无座机';
      }),
    },
  ],
  invalid: [
    // TC (安徽): no landline and no "企业无座机" remark → returned over the contact number.
    {
      name: 'mobile, no remark',
      form: makeForm('enterprise', (f) => {
        f.province = 'AH';
        f.subject!.principal!.officePhone = '13500135000';
      }),
      issues: [{ field: 'subject.remark', message: 'remark' }],
    },
  ],
  notApplicable: [{ name: 'personal', form: makeForm('individual', (f) => void (f.province = 'AH')) }],
});
