import { makeForm } from '../../test/support/make-form';
import { makeChange } from '../../test/support/make-change';
import { testRule } from '../../test/support/rule-tester';
import rule from './filing-type-already-filed';

testRule(rule, {
  valid: [{ name: 'nothing filed before', form: makeForm('individual', (f) => void (f.declarations = { filedServiceCount: 0 })) }],
  invalid: [
    {
      // 备案类型错误: a mistyped 主办单位名称/证件号码 turned an 新增网站 into 首次备案.
      name: 'first filing for a subject with two filed websites',
      form: makeForm('enterprise', (f) => void (f.declarations = { filedServiceCount: 2 })),
      issues: [{ field: 'filingType', message: 'alreadyFiled' }],
    },
  ],
  notApplicable: [{ name: 'adding a website', form: makeChange('add-service', 'enterprise', (f) => void (f.declarations = { filedServiceCount: 2 })) }],
  unknown: [{ name: 'not asked yet', form: makeForm(), missing: ['declarations.filedServiceCount'] }],
});
