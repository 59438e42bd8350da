import { makeForm, type Mutable } from '../../../test/support/make-form';
import { testRule } from '../../../test/support/rule-tester';
import type { FilingForm } from '../../model/filing-form';
import rule from './domains-per-order';

/** n websites with one domain each (one domain per website is the national rule). */
const withDomains = (f: Mutable<FilingForm>, n: number) =>
  void (f.websites = Array.from({ length: n }, (_, i) => ({ ...f.websites![0]!, name: `示例网站${i + 1}`, domains: [`example${i + 1}.cn`] })));

testRule(rule, {
  valid: [
    {
      name: 'Shanxi, three domains',
      form: makeForm('enterprise', (f) => {
        f.province = 'SX';
        withDomains(f, 3);
      }),
    },
    {
      name: 'Henan enterprise, five domains',
      form: makeForm('enterprise', (f) => {
        f.province = 'HA';
        withDomains(f, 5);
      }),
    },
    {
      name: 'Hainan personal add-service is not limited',
      form: makeForm('individual', (f) => {
        f.province = 'HI';
        f.filingType = 'add-service';
        withDomains(f, 3);
      }),
    },
    {
      name: 'www and bare host are one domain',
      form: makeForm('individual', (f) => {
        f.province = 'HN';
        f.websites![0]!.domains = ['zhangsan-notes.cn', 'www.zhangsan-notes.cn'];
      }),
    },
  ],
  invalid: [
    {
      // 山西 rejects orders with more than 3 new domains.
      name: 'Shanxi, four domains',
      form: makeForm('enterprise', (f) => {
        f.province = 'SX';
        withDomains(f, 4);
      }),
      issues: [{ field: 'websites[3].domains[0]', message: 'tooManyDomains' }],
    },
    {
      name: 'Henan personal, four domains',
      form: makeForm('individual', (f) => {
        f.province = 'HA';
        withDomains(f, 4);
      }),
      issues: [{ field: 'websites[3].domains[0]', message: 'tooManyDomains' }],
    },
    {
      // 湖北: one website + one domain per order since 2019-03-20.
      name: 'Hubei, two websites',
      form: makeForm('enterprise', (f) => {
        f.province = 'HB';
        f.websites!.push({ ...f.websites![0]!, name: '示例科技商城', domains: ['example-shop.cn'] });
      }),
      issues: [{ field: 'websites[1].name', message: 'tooManySites' }],
    },
    {
      name: 'Hainan personal first filing, two domains',
      form: makeForm('individual', (f) => {
        f.province = 'HI';
        withDomains(f, 2);
      }),
      issues: [{ field: 'websites[1].domains[0]', message: 'tooManyDomains' }],
    },
  ],
  notApplicable: [
    {
      name: 'change filing',
      form: makeForm('enterprise', (f) => {
        f.province = 'SX';
        f.filingType = 'change-service';
      }),
    },
    { name: 'Guangdong', form: makeForm() },
  ],
});
