import { makeForm } from '../../../test/support/make-form';
import { testRule } from '../../../test/support/rule-tester';
import rule from './personal-one-homepage-url';

testRule(rule, {
  valid: [{ name: 'one homepage', form: makeForm() }],
  invalid: [
    {
      // S2 (广东个人, 2025): 一个网站只能填写一个首页URL.
      name: 'two homepages',
      form: makeForm('individual', (f) => void (f.websites![0]!.homepageUrls = ['http://zhangsan-notes.cn', 'http://www.zhangsan-notes.cn'])),
      issues: [{ field: 'websites[0].homepageUrls', message: 'oneHomepage' }],
    },
  ],
  notApplicable: [{ name: 'enterprise', form: makeForm('enterprise') }],
});
