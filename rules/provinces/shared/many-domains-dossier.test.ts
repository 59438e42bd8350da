import { makeForm, type Mutable } from '../../../test/support/make-form';
import { testRule } from '../../../test/support/rule-tester';
import type { FilingForm } from '../../model/filing-form';
import rule from './many-domains-dossier';

const sites = (f: Mutable<FilingForm>, domains: string[]) =>
  void (f.websites = domains.map((d, i) => ({ ...f.websites![0]!, name: `张三的笔记${i + 1}`, domains: [d] })));
const six = ['a1.cn', 'a2.cn', 'a3.cn', 'a4.cn', 'a5.cn', 'a6.cn'];

testRule(rule, {
  valid: [
    { name: 'Guangdong personal, five prefixes', form: makeForm('individual', (f) => sites(f, six.slice(0, 5))) },
    { name: 'Guangdong personal, six domains but only five prefixes', form: makeForm('individual', (f) => sites(f, [...six.slice(0, 5), 'a1.com'])) },
    { name: 'Guangdong enterprise, six prefixes', form: makeForm('enterprise', (f) => sites(f, six)) },
  ],
  invalid: [
    {
      // S2 (广东个人, 2025): >5 different-prefix domains → per-domain 域名证书 + 网站建设方案书 + contract copy, else returned.
      name: 'Guangdong personal, six prefixes',
      form: makeForm('individual', (f) => sites(f, six)),
      needs: [
        ...six.map((_, i) => ({ material: 'domain-certificate', for: `websites[${i}].domains[0]`, message: 'domainCertificate' })),
        { material: 'site-plan', for: undefined, message: 'sitePlan' },
        { material: 'access-contract-copy', for: undefined, message: 'accessContract' },
      ],
    },
    {
      // UC 2024 (四川): personal with ≥5 domains → construction plans.
      name: 'Sichuan personal, five domains',
      form: makeForm('individual', (f) => { f.province = 'SC'; sites(f, six.slice(0, 5)); }),
      needs: [{ material: 'site-plan', for: undefined, message: 'sitePlan' }],
    },
  ],
  notApplicable: [{ name: 'Beijing', form: makeForm('individual', (f) => void (f.province = 'BJ')) }],
});
