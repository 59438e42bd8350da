import { makeForm } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './website-domain-registrable';

const withDomains = (...domains: string[]) => makeForm('enterprise', (f) => void (f.websites![0]!.domains = domains));
const government = (...domains: string[]) =>
  makeForm('enterprise', (f) => {
    f.subject!.nature = 'government';
    f.websites![0]!.domains = domains;
  });

testRule(rule, {
  valid: [
    { name: 'a registrable domain', form: makeForm() },
    { name: 'registrable under com.cn and a province domain', form: withDomains('example-tech.com.cn', 'example-tech.gd.cn') },
    { name: 'Chinese registrable domain', form: withDomains('示例科技.中国') },
    // 公司.cn, 网络.cn and 網絡.cn are public suffixes (Public Suffix List, .cn section): the label left of them is registered.
    {
      name: 'registrable under the Chinese-script suffixes 公司.cn and 网络.cn, and in punycode',
      form: withDomains('example-tech.公司.cn', '示例.网络.cn', 'example-tech.xn--55qx5d.cn'),
    },
    { name: 'a government sub-department domain', form: government('jyj.sz.gov.cn') },
    { name: 'a government sub-department under .政务', form: government('jyj.深圳.政务') },
    { name: 'malformed domains are left to the format rule', form: withDomains('https://www.example-tech.cn') },
  ],
  invalid: [
    {
      // the domain field refuses `www.` hosts; only the registrable domain is filed.
      name: 'www prefix',
      form: withDomains('www.example-tech.cn'),
      issues: [{ field: 'websites[0].domains[0]', message: 'www' }],
    },
    {
      name: 'a sub-domain of a com.cn domain',
      form: withDomains('example-tech.cn', 'shop.example-tech.com.cn'),
      issues: [{ field: 'websites[0].domains[1]', message: 'subdomain' }],
    },
    {
      // allows sub-department domains, not www hosts or sub-domains outside gov.cn.
      name: 'government: www host and a commercial sub-domain',
      form: government('www.sz.gov.cn', 'news.example.com'),
      issues: [
        { field: 'websites[0].domains[0]', message: 'www' },
        { field: 'websites[0].domains[1]', message: 'subdomain' },
      ],
    },
    {
      name: 'an institution is not a government body',
      form: makeForm('enterprise', (f) => {
        f.subject!.nature = 'institution';
        f.websites![0]!.domains = ['lib.example.gov.cn'];
      }),
      issues: [{ field: 'websites[0].domains[0]', message: 'subdomain' }],
    },
    { name: 'a bare suffix', form: withDomains('com.cn'), issues: [{ field: 'websites[0].domains[0]', message: 'bareSuffix' }] },
    {
      name: 'a bare Chinese-script suffix, in Unicode and in punycode',
      form: withDomains('公司.cn', 'xn--od0alg.cn'),
      issues: [
        { field: 'websites[0].domains[0]', message: 'bareSuffix' },
        { field: 'websites[0].domains[1]', message: 'bareSuffix' },
      ],
    },
  ],
  notApplicable: [{ name: 'no websites', form: makeForm('enterprise', (f) => void (f.websites = [])) }],
  unknown: [{ name: 'domains not read', form: makeForm('enterprise', (f) => void delete f.websites![0]!.domains), missing: ['websites[0].domains'] }],
});
