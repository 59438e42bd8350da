import { makeForm } from '../../../test/support/make-form';
import { testRule } from '../../../test/support/rule-tester';
import rule from './personal-blog-required';

testRule(rule, {
  valid: [{ name: 'Heilongjiang, 博客', form: makeForm('individual', (f) => void (f.province = 'HL')) }],
  invalid: [
    // UC 2024 (重庆): 个人服务内容须选博客/个人空间 — 其他 is rejected.
    {
      name: 'Chongqing, 其他',
      form: makeForm('individual', (f) => {
        f.province = 'CQ';
        f.websites![0]!.serviceContent = ['other'];
      }),
      issues: [{ field: 'websites[0].serviceContent', message: 'blogRequired' }],
    },
    {
      name: 'Heilongjiang, 博客 + 网络图片',
      form: makeForm('individual', (f) => {
        f.province = 'HL';
        f.websites![0]!.serviceContent = ['blog', 'images'];
      }),
      issues: [{ field: 'websites[0].serviceContent', message: 'onlyBlog' }],
    },
  ],
  notApplicable: [{ name: 'enterprise', form: makeForm('enterprise', (f) => void (f.province = 'CQ')) }],
});
