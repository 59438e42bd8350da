import { makeForm } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './website-domain-format';

const withDomains = (...domains: string[]) => makeForm('enterprise', (f) => void (f.websites![0]!.domains = domains));

testRule(rule, {
  valid: [
    { name: 'a plain domain', form: makeForm() },
    { name: 'com.cn domain', form: withDomains('example-tech.com.cn') },
    { name: 'Chinese domain', form: withDomains('示例科技.中国') },
    { name: 'upper case and full-width letters are normalised', form: withDomains('ＥＸＡＭＰＬＥ-TECH.CN') },
  ],
  invalid: [
    {
      // the domain box takes `huaweicloud.com`, not a URL.
      name: 'a pasted URL',
      form: withDomains('https://example-tech.cn/index.html'),
      issues: [{ field: 'websites[0].domains[0]', message: 'withScheme' }],
    },
    {
      name: 'a port',
      form: withDomains('example-tech.cn:8080'),
      issues: [{ field: 'websites[0].domains[0]', message: 'withScheme' }],
    },
    {
      // Domain verification fails on a name that is not a domain.
      name: 'underscore, IME full stop, missing TLD',
      form: withDomains('example_tech.cn', '示例。中国', 'exampletech'),
      issues: [
        { field: 'websites[0].domains[0]', message: 'invalid' },
        { field: 'websites[0].domains[1]', message: 'invalid' },
        { field: 'websites[0].domains[2]', message: 'invalid' },
      ],
    },
    { name: 'an empty row', form: withDomains('example-tech.cn', ''), issues: [{ field: 'websites[0].domains[1]', message: 'empty' }] },
    { name: 'no domain at all', form: withDomains(), issues: [{ field: 'websites[0].domains', message: 'none' }] },
  ],
  notApplicable: [{ name: 'an app-only filing', form: makeForm('enterprise', (f) => void (f.websites = [])) }],
  unknown: [{ name: 'domains not read', form: makeForm('individual', (f) => void delete f.websites![0]!.domains), missing: ['websites[0].domains'] }],
});
