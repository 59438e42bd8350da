import { makeForm, withSiteName } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './personal-site-name-length-advice';

testRule(rule, {
  valid: [
    { name: 'seven characters', form: makeForm() },
    { name: 'exactly ten characters', form: withSiteName('张三的前端开发学习记') },
    { name: 'too short is another rule’s error, not this advice', form: withSiteName('笔记') },
  ],
  invalid: [
    {
      // Advice from the 网站名称不符合要求 FAQ (个人: 建议3-10个字符); no rejection of its own.
      name: 'eleven characters',
      form: withSiteName('张三的前端开发学习笔记'),
      issues: [{ field: 'websites[0].name', message: 'longerThanAdvised' }],
    },
  ],
  notApplicable: [{ name: 'an enterprise site', form: withSiteName('深圳市示例科技有限公司官方网站', 'enterprise') }],
  unknown: [{ name: 'name not read', form: makeForm('individual', (f) => void delete f.websites![0]!.name), missing: ['websites[0].name'] }],
});
