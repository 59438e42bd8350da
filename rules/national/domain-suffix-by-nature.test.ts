import type { SubjectNature } from '../model/vocabulary';
import { makeForm } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './domain-suffix-by-nature';

const unit = (nature: SubjectNature, ...domains: string[]) =>
  makeForm('enterprise', (f) => {
    f.subject!.nature = nature;
    f.websites![0]!.domains = domains;
  });

testRule(rule, {
  valid: [
    { name: 'government .gov.cn', form: unit('government', 'sz.gov.cn') },
    { name: 'government .政务 and its punycode', form: unit('government', '深圳.政务', 'xn--fiq228c.xn--zfr164b') },
    { name: 'government sub-department under gov.cn', form: unit('government', 'jyj.sz.gov.cn') },
    { name: 'institution .cn, .org.cn, .公益', form: unit('institution', 'example-lib.cn', 'example-lib.org.cn', '示例图书馆.公益') },
  ],
  invalid: [
    {
      // a government site on a commercial domain is rejected.
      name: 'government on .com and .cn',
      form: unit('government', 'example-gov.com', 'example-gov.cn'),
      issues: [
        { field: 'websites[0].domains[0]', message: 'government' },
        { field: 'websites[0].domains[1]', message: 'government' },
      ],
    },
    {
      // 事业单位 must use .cn or .公益.
      name: 'institution on .com and .net',
      form: unit('institution', 'example-lib.com', 'example-lib.net'),
      issues: [
        { field: 'websites[0].domains[0]', message: 'institution' },
        { field: 'websites[0].domains[1]', message: 'institution' },
      ],
    },
  ],
  notApplicable: [
    { name: 'an enterprise may use .com', form: unit('enterprise', 'example-tech.com') },
    { name: 'an individual', form: makeForm() },
  ],
  unknown: [{ name: 'nature not read', form: makeForm('enterprise', (f) => void delete f.subject!.nature), missing: ['subject.nature'] }],
});
