import { makeForm } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './site-name-state-prefix';

const named = (name: string, baseline: 'individual' | 'enterprise' = 'enterprise') => makeForm(baseline, (f) => void (f.websites![0]!.name = name));

testRule(rule, {
  valid: [
    { name: 'a plain unit name', form: makeForm('enterprise') },
    { name: 'a state word inside the name is the warning rule’s', form: named('示例中国区官网') },
    { name: 'a word that merely starts like one (中国 vs 中间)', form: named('中间件技术笔记', 'individual') },
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
    { name: '中国 at the start', form: named('中国示例科技网'), issues: [{ field: 'websites[0].name', message: 'statePrefix' }] },
    { name: '人民 at the start of a personal name', form: named('人民生活笔记', 'individual'), issues: [{ field: 'websites[0].name', message: 'statePrefix' }] },
    { name: 'after a leading space', form: named(' 国家示例平台'), issues: [{ field: 'websites[0].name', message: 'statePrefix' }] },
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
