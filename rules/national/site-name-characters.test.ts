import { makeForm, withSiteName } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './site-name-characters';

testRule(rule, {
  valid: [
    { name: 'a Chinese name', form: makeForm() },
    { name: 'Chinese with a Latin brand and digits', form: withSiteName('示例Cloud 2024官网', 'enterprise') },
    { name: 'a registered name with the middle dot', form: withSiteName('阿依古丽·买买提的笔记') },
    { name: 'full-width space typed with an IME', form: withSiteName('示例　科技', 'enterprise') },
    { name: 'pure English is the error rule’s, not repeated here', form: withSiteName('My Blog') },
  ],
  invalid: [
    {
      // 网站名称不符合要求 (特殊符号).
      name: 'ASCII symbols',
      form: withSiteName('示例@科技#官网', 'enterprise'),
      issues: [{ field: 'websites[0].name', message: 'specialSymbols' }],
    },
    {
      // 网站名称不符合要求 (特殊符号): emoji count as symbols.
      name: 'an emoji',
      form: withSiteName('张三的笔记🔥'),
      issues: [{ field: 'websites[0].name', message: 'specialSymbols' }],
    },
    {
      // 网站名称不符合要求: Chinese book-title marks are judged differently by provinces.
      name: 'Chinese punctuation',
      form: withSiteName('《示例》科技', 'enterprise'),
      issues: [{ field: 'websites[0].name', message: 'specialSymbols' }],
    },
    {
      // 网站名称不符合要求 (纯英文/数字 as reviewers read it).
      name: 'Latin letters and digits without Chinese',
      form: withSiteName('web2 notes'),
      issues: [{ field: 'websites[0].name', message: 'noChinese' }],
    },
    {
      name: 'a domain-like name has both problems',
      form: withSiteName('example-tech2.cn', 'enterprise'),
      issues: [
        { field: 'websites[0].name', message: 'specialSymbols' },
        { field: 'websites[0].name', message: 'noChinese' },
      ],
    },
  ],
  unknown: [{ name: 'name not read', form: makeForm('individual', (f) => void delete f.websites![0]!.name), missing: ['websites[0].name'] }],
});
