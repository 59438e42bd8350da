import { makeForm } from '../../../test/support/make-form';
import { testRule } from '../../../test/support/rule-tester';
import rule from './authenticity-documents';

const inJiangsu = (f: { province?: string }) => void (f.province = 'JS');

testRule(rule, {
  valid: [
    {
      name: 'cancellation',
      form: makeForm('enterprise', (f) => {
        inJiangsu(f);
        f.filingType = 'cancel-subject';
      }),
    },
  ],
  invalid: [
    {
      // 江苏管局 rejects orders without 真实性责任告知书 + 真实性承诺书 (since 2021-06-01, S5/P08).
      name: 'one website',
      form: makeForm('individual', inJiangsu),
      needs: [
        { material: 'js-authenticity-notice', for: 'websites[0]', message: 'notice' },
        { material: 'js-authenticity-pledge', for: 'websites[0]', message: 'pledge' },
      ],
    },
    {
      name: 'two websites: a set for each responsible person',
      form: makeForm('enterprise', (f) => {
        inJiangsu(f);
        f.websites!.push({ ...f.websites![0]!, name: '示例科技商城', domains: ['example-shop.cn'] });
      }),
      needs: [
        { material: 'js-authenticity-notice', for: 'websites[0]', message: 'notice' },
        { material: 'js-authenticity-pledge', for: 'websites[0]', message: 'pledge' },
        { material: 'js-authenticity-notice', for: 'websites[1]', message: 'notice' },
        { material: 'js-authenticity-pledge', for: 'websites[1]', message: 'pledge' },
      ],
    },
    {
      name: 'subject change without services listed',
      form: makeForm('enterprise', (f) => {
        inJiangsu(f);
        f.filingType = 'change-subject';
        delete f.websites;
      }),
      needs: [
        { material: 'js-authenticity-notice', for: undefined, message: 'notice' },
        { material: 'js-authenticity-pledge', for: undefined, message: 'pledge' },
      ],
    },
  ],
  notApplicable: [
    { name: 'before 2021-06-01', form: makeForm('individual', inJiangsu), today: '2021-05-31' },
    { name: 'Guangdong', form: makeForm() },
  ],
});
