import { makeForm } from '../../../test/support/make-form';
import { testRule } from '../../../test/support/rule-tester';
import rule from './principal-local-mobile';

testRule(rule, {
  valid: [
    {
      name: 'Hunan, local numbers',
      form: makeForm('individual', (f) => {
        f.province = 'HN';
        f.declarations = { mobilesLocal: true };
      }),
    },
  ],
  invalid: [
    {
      // HW KB 2025 (湖南): 负责人手机号须为湖南号码 — rejected per Huawei; UC 2024 silent.
      name: 'Hunan, out-of-province numbers',
      form: makeForm('individual', (f) => {
        f.province = 'HN';
        f.declarations = { mobilesLocal: false };
      }),
      issues: [
        { field: 'subject.principal.mobile', message: 'notLocal' },
        { field: 'websites[0].principal.mobile', message: 'notLocal' },
      ],
    },
    {
      // HW KB 2025 (河北): 互联网信息服务负责人 number must be a Hebei number.
      name: 'Hebei, only the website principal is concerned',
      form: makeForm('enterprise', (f) => {
        f.province = 'HE';
        f.declarations = { mobilesLocal: false };
      }),
      issues: [{ field: 'websites[0].principal.mobile', message: 'notLocal' }],
    },
  ],
  notApplicable: [{ name: 'Guangdong has no region rule', form: makeForm() }],
  unknown: [{ name: 'not answered', form: makeForm('individual', (f) => void (f.province = 'HN')), missing: ['declarations.mobilesLocal'] }],
});
