import { makeForm } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './website-one-domain';

testRule(rule, {
  valid: [
    { name: 'one domain', form: makeForm() },
    { name: 'an empty second row is not a domain', form: makeForm('individual', (f) => void f.websites![0]!.domains!.push('')) },
    {
      name: 'two websites with one domain each',
      form: makeForm('enterprise', (f) => void f.websites!.push({ ...f.websites![0]!, name: '示例科技商城', domains: ['example-shop.cn'] })),
    },
  ],
  invalid: [
    {
      // MIIT files one domain per new website (since 2019-04-22); the order is refused otherwise.
      name: 'a main domain and a secondary domain on a first filing',
      form: makeForm('enterprise', (f) => void (f.websites![0]!.domains = ['example-tech.cn', 'example-tech.com'])),
      issues: [{ field: 'websites[0].domains', message: 'several' }],
    },
    {
      name: 'a new website with three domains',
      form: makeForm('individual', (f) => {
        f.filingType = 'add-service';
        f.websites![0]!.domains = ['zhangsan-notes.cn', 'zhangsan-notes.com', 'zhangsan.net'];
      }),
      issues: [{ field: 'websites[0].domains', message: 'several' }],
    },
  ],
  notApplicable: [
    { name: 'a change filing may keep old domains', form: makeForm('enterprise', (f) => void (f.filingType = 'change-service')) },
    { name: 'before 2019-04-22', form: makeForm(), today: '2019-04-21' },
  ],
  unknown: [{ name: 'filing type not read', form: makeForm('individual', (f) => void delete f.filingType), missing: ['filingType'] }],
});
