import { makeForm, withSiteName } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './site-name-min-length';

testRule(rule, {
  valid: [
    { name: 'a personal name of seven characters', form: makeForm() },
    { name: 'exactly three characters', form: withSiteName('示例网', 'enterprise') },
    { name: 'three Latin letters (other rules judge Latin-only names)', form: withSiteName('ABC', 'enterprise') },
    { name: 'empty name is left to the console’s required-field check', form: withSiteName('') },
  ],
  invalid: [
    {
      // 网站名称不符合要求: a two-character name.
      name: 'two Han characters',
      form: withSiteName('笔记'),
      issues: [{ field: 'websites[0].name', message: 'tooShort' }],
    },
    {
      // 网站名称不符合要求: spaces padding a short name do not make it longer.
      name: 'two characters with a space between',
      form: withSiteName('A 站', 'enterprise'),
      issues: [{ field: 'websites[0].name', message: 'tooShort' }],
    },
    {
      name: 'only the second website is too short',
      form: makeForm('enterprise', (f) => void f.websites!.push({ ...f.websites![0]!, name: '官网', domains: ['example-shop.cn'] })),
      issues: [{ field: 'websites[1].name', message: 'tooShort' }],
    },
  ],
  notApplicable: [{ name: 'no website in the form', form: makeForm('enterprise', (f) => void (f.websites = [])) }],
  unknown: [{ name: 'name not read', form: makeForm('individual', (f) => void delete f.websites![0]!.name), missing: ['websites[0].name'] }],
});
