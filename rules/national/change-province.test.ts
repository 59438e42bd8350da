import { makeChange } from '../../test/support/make-change';
import { makeForm } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './change-province';

testRule(rule, {
  valid: [
    { name: 'a change that keeps the province', form: makeChange('change-subject') },
    { name: 'a change-service order in the filed province', form: makeChange('change-service') },
  ],
  invalid: [
    {
      // R-rules / R-kb allow 同一主体跨省份变更 via 变更主体; P23 / K-变更 say 省份不支持修改: a warning naming both.
      name: 'the same subject moves from 山东 to 江苏',
      form: makeChange('change-subject', 'enterprise', (f) => {
        f.filed!.province = 'SD';
        f.province = 'JS';
      }),
      issues: [{ field: 'province', message: 'provinceChanged' }],
    },
    {
      name: 'a change-filing order moved to 浙江',
      form: makeChange('change-filing', 'enterprise', (f) => void (f.province = 'ZJ')),
      issues: [{ field: 'province', message: 'provinceChanged' }],
    },
  ],
  notApplicable: [{ name: 'a first filing', form: makeForm('enterprise') }],
  unknown: [
    {
      name: 'the filed province was not read',
      form: makeChange('change-subject', 'enterprise', (f) => void delete f.filed!.province),
      missing: ['filed.province'],
    },
  ],
});
