import { makeForm } from '../../../test/support/make-form';
import { testRule } from '../../../test/support/rule-tester';
import rule from './homepage-url-per-domain';

testRule(rule, {
  valid: [
    { name: 'Jiangxi personal, one full URL', form: makeForm('individual', (f) => void (f.province = 'JX')) },
    {
      name: 'Jiangxi enterprise is not covered',
      form: makeForm('enterprise', (f) => {
        f.province = 'JX';
        f.websites![0]!.homepageUrls = ['www.example-tech.cn'];
      }),
    },
  ],
  invalid: [
    {
      // S3 (江西个人, 2025): 首页URL须完整，每个域名一个.
      name: 'Jiangxi personal, URL without scheme',
      form: makeForm('individual', (f) => {
        f.province = 'JX';
        f.websites![0]!.homepageUrls = ['zhangsan-notes.cn'];
      }),
      issues: [{ field: 'websites[0].homepageUrls', message: 'incompleteUrl' }],
    },
    {
      // P17 (陕西): 每个域名一个首页.
      name: 'Shaanxi, second domain without homepage',
      form: makeForm('enterprise', (f) => {
        f.province = 'SN';
        f.websites![0]!.domains = ['example-tech.cn', 'example-tech.com'];
      }),
      issues: [{ field: 'websites[0].homepageUrls', message: 'missingHomepage' }],
    },
  ],
  notApplicable: [{ name: 'Guangdong', form: makeForm() }],
});
