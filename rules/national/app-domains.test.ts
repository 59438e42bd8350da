import { makeApp } from '../../test/support/make-app';
import { makeForm } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './app-domains';

const domains = (...list: string[]) => makeForm('enterprise', (f) => void (f.apps = [makeApp((a) => void (a.domains = list))]));

testRule(rule, {
  valid: [
    { name: 'an API sub-domain', form: domains('api.example-tech.cn') },
    { name: 'levels 2, 3 and 4', form: domains('example-tech.com', 'a.example-tech.com', 'b.a.example-tech.com.cn') },
    { name: 'the website domain may be shared with the app', form: domains('example-tech.cn') },
    { name: 'an empty row is left to the required-field check', form: domains('example-tech.cn', '') },
  ],
  invalid: [
    {
      // RB-04: the MIIT system returns app filings with www-style domains automatically.
      name: 'a www host',
      form: domains('www.example-tech.cn'),
      issues: [{ field: 'apps[0].domains[0]', message: 'www' }],
    },
    {
      // only second- to fourth-level domains are accepted.
      name: 'a fifth-level name',
      form: domains('c.b.a.example-tech.com'),
      issues: [{ field: 'apps[0].domains[0]', message: 'tooDeep' }],
    },
    {
      name: 'a URL and a bare suffix',
      form: domains('https://api.example-tech.cn/v1', 'com.cn'),
      issues: [
        { field: 'apps[0].domains[0]', message: 'invalid' },
        { field: 'apps[0].domains[1]', message: 'invalid' },
      ],
    },
    { name: 'no domain', form: domains(), issues: [{ field: 'apps[0].domains', message: 'none' }] },
  ],
  notApplicable: [{ name: 'no apps', form: makeForm('enterprise', (f) => void (f.apps = [])) }],
  unknown: [
    { name: 'domains not read', form: makeForm('enterprise', (f) => void (f.apps = [makeApp((a) => void delete a.domains)])), missing: ['apps[0].domains'] },
  ],
});
