import { makeForm } from '../../../test/support/make-form';
import { testRule } from '../../../test/support/rule-tester';
import rule from './change-five-images';

testRule(rule, {
  valid: [{ name: 'first filing: nothing beyond the national materials', form: makeForm('enterprise', (f) => void (f.province = 'QH')) }],
  invalid: [
    {
      // P17 (青海): 变更须上传完整五图 — partial uploads are rejected.
      name: 'change of website information',
      form: makeForm('enterprise', (f) => {
        f.province = 'QH';
        f.filingType = 'change-service';
      }),
      needs: [
        { material: 'subject-certificate', for: undefined, message: 'certificate' },
        { material: 'subject-principal-id', for: undefined, message: 'principalId' },
        { material: 'verification-sheet', for: 'websites[0]', message: 'sheet' },
        { material: 'service-principal-id', for: 'websites[0]', message: 'servicePrincipalId' },
      ],
    },
  ],
  notApplicable: [
    {
      name: 'Gansu',
      form: makeForm('enterprise', (f) => {
        f.province = 'GS';
        f.filingType = 'change-service';
      }),
    },
  ],
});
