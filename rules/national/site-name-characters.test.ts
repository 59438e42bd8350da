import { makeForm } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './site-name-characters';

const named = (name: string, baseline: 'individual' | 'enterprise' = 'enterprise') => makeForm(baseline, (f) => void (f.websites![0]!.name = name));

testRule(rule, {
  valid: [
    { name: 'a Chinese name', form: makeForm() },
    { name: 'Chinese with a Latin brand and digits', form: named('示例Cloud 2024官网') },
    { name: 'a registered name with the middle dot', form: named('阿依古丽·买买提的笔记', 'individual') },
    { name: 'full-width space typed with an IME', form: named('示例　科技') },
    { name: 'pure English is the error rule’s, not repeated here', form: named('My Blog', 'individual') },
  ],
  invalid: [
    {
      // 网站名称不符合要求 (特殊符号).
      name: 'ASCII symbols',
      form: named('示例@科技#官网'),
      issues: [{ field: 'websites[0].name', message: 'specialSymbols' }],
    },
    {
      // 网站名称不符合要求 (特殊符号): emoji count as symbols.
      name: 'an emoji',
      form: named('张三的笔记🔥', 'individual'),
      issues: [{ field: 'websites[0].name', message: 'specialSymbols' }],
    },
    {
      // 网站名称不符合要求: Chinese book-title marks are judged differently by provinces.
      name: 'Chinese punctuation',
      form: named('《示例》科技'),
      issues: [{ field: 'websites[0].name', message: 'specialSymbols' }],
    },
    {
      // 网站名称不符合要求 (纯英文/数字 as reviewers read it).
      name: 'Latin letters and digits without Chinese',
      form: named('web2 notes', 'individual'),
      issues: [{ field: 'websites[0].name', message: 'noChinese' }],
    },
    {
      name: 'a domain-like name has both problems',
      form: named('example-tech2.cn'),
      issues: [
        { field: 'websites[0].name', message: 'specialSymbols' },
        { field: 'websites[0].name', message: 'noChinese' },
      ],
    },
  ],
  unknown: [{ name: 'name not read', form: makeForm('individual', (f) => void delete f.websites![0]!.name), missing: ['websites[0].name'] }],
});
