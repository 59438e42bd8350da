import { makeForm } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './gov-domain-government-only';

const filing = (nature: 'enterprise' | 'individual', ...domains: string[]) => makeForm(nature, (f) => void (f.websites![0]!.domains = domains));

testRule(rule, {
  valid: [
    { name: 'an enterprise with a .com.cn domain', form: filing('enterprise', 'example-tech.com.cn') },
    { name: 'a person with a .cn domain', form: filing('individual', 'zhangsan-notes.cn') },
    { name: 'a domain that only contains "gov"', form: filing('enterprise', 'gov.com', 'govtech.cn', 'gov-example.cn') },
    { name: 'malformed domains are left to the format rule', form: filing('enterprise', 'https://www.sz.gov.cn/') },
  ],
  invalid: [
    {
      // .gov.cn is registered only to government bodies; an enterprise cannot hold it.
      name: 'an enterprise files a .gov.cn domain',
      form: filing('enterprise', 'example-tech.cn', 'example.sz.gov.cn'),
      issues: [{ field: 'websites[0].domains[1]', message: 'governmentDomain' }],
    },
    {
      // a person cannot hold a .gov.cn domain either, in any case.
      name: 'a person files a .GOV.CN domain',
      form: filing('individual', 'Zhangsan.GOV.CN'),
      issues: [{ field: 'websites[0].domains[0]', message: 'governmentDomain' }],
    },
    {
      // .政务 is the Chinese government TLD, also reserved.
      name: 'an enterprise files a .政务 domain, in Unicode and as an A-label',
      form: filing('enterprise', '示例科技.政务', 'example.xn--zfr164b'),
      issues: [
        { field: 'websites[0].domains[0]', message: 'governmentDomain' },
        { field: 'websites[0].domains[1]', message: 'governmentDomain' },
      ],
    },
  ],
  notApplicable: [
    {
      name: 'a government body files its own .gov.cn domain',
      form: makeForm('enterprise', (f) => {
        f.subject!.nature = 'government';
        f.websites![0]!.domains = ['sz.gov.cn'];
      }),
    },
    {
      name: 'a public institution may exercise administrative functions',
      form: makeForm('enterprise', (f) => {
        f.subject!.nature = 'institution';
        f.websites![0]!.domains = ['lib.example.gov.cn'];
      }),
    },
  ],
  unknown: [{ name: 'domains not read', form: makeForm('enterprise', (f) => void delete f.websites![0]!.domains), missing: ['websites[0].domains'] }],
});
