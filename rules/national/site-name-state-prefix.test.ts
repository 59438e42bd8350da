import { makeForm, withSiteName } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './site-name-state-prefix';

testRule(rule, {
  valid: [
    { name: 'a plain unit name', form: makeForm('enterprise') },
    { name: 'a state word inside the name is the warning rule’s', form: withSiteName('示例中国区官网', 'enterprise') },
    { name: 'a word that merely starts like one (中国 vs 中间)', form: withSiteName('中间件技术笔记') },
    {
      name: 'a declared national-level unit (proof is the materials rules’ business)',
      form: makeForm('enterprise', (f) => {
        f.websites![0]!.name = '中国示例网';
        f.declarations = { nationalLevelUnit: true };
      }),
    },
  ],
  invalid: [
    // 网站名称不符合要求: 国字头 without national-level status.
    { name: '中国 at the start', form: withSiteName('中国示例科技网', 'enterprise'), issues: [{ field: 'websites[0].name', message: 'statePrefix' }] },
    { name: '人民 at the start of a personal name', form: withSiteName('人民生活笔记'), issues: [{ field: 'websites[0].name', message: 'statePrefix' }] },
    { name: 'after a leading space', form: withSiteName(' 国家示例平台', 'enterprise'), issues: [{ field: 'websites[0].name', message: 'statePrefix' }] },
    {
      name: 'declared explicitly as not national-level',
      form: makeForm('enterprise', (f) => {
        f.websites![0]!.name = '中华示例网';
        f.declarations = { nationalLevelUnit: false };
      }),
      issues: [{ field: 'websites[0].name', message: 'statePrefix' }],
    },
  ],
  unknown: [{ name: 'name not read', form: makeForm('individual', (f) => void delete f.websites![0]!.name), missing: ['websites[0].name'] }],
});
