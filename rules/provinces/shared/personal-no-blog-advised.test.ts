import { makeForm } from '../../../test/support/make-form';
import { testRule } from '../../../test/support/rule-tester';
import rule from './personal-no-blog-advised';

testRule(rule, {
  valid: [
    {
      name: 'Zhejiang, 其他',
      form: makeForm('individual', (f) => {
        f.province = 'ZJ';
        f.websites![0]!.serviceContent = ['other'];
      }),
    },
  ],
  invalid: [
    // TC (浙江, c. 2019): 个人服务内容不能选个人空间/博客.
    {
      name: 'Zhejiang, 博客',
      form: makeForm('individual', (f) => void (f.province = 'ZJ')),
      issues: [{ field: 'websites[0].serviceContent', message: 'blogRisky' }],
    },
  ],
  notApplicable: [{ name: 'Guangdong', form: makeForm() }],
});
