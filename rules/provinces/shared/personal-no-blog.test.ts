import { makeForm } from '../../../test/support/make-form';
import { testRule } from '../../../test/support/rule-tester';
import rule from './personal-no-blog';

testRule(rule, {
  valid: [
    {
      name: 'Jiangxi, 其他',
      form: makeForm('individual', (f) => {
        f.province = 'JX';
        f.websites![0]!.serviceContent = ['other'];
      }),
    },
  ],
  invalid: [
    // S3 (江西个人, 2025): 不能选择博客 — 网站内容超范围 rejection.
    {
      name: 'Jiangxi, 博客',
      form: makeForm('individual', (f) => void (f.province = 'JX')),
      issues: [{ field: 'websites[0].serviceContent', message: 'blogNotAllowed' }],
    },
    // UC 2024 (陕西): personal may not choose 博客/个人空间.
    {
      name: 'Shaanxi, 博客',
      form: makeForm('individual', (f) => void (f.province = 'SN')),
      issues: [{ field: 'websites[0].serviceContent', message: 'blogNotAllowed' }],
    },
  ],
  notApplicable: [
    { name: 'Guangdong allows it', form: makeForm() },
    { name: 'enterprise', form: makeForm('enterprise', (f) => void (f.province = 'JX')) },
  ],
});
