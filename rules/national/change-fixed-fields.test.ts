import { makeChange } from '../../test/support/make-change';
import { makeForm } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import { makeCreditCode } from '../../test/support/synthetic-ids';
import rule from './change-fixed-fields';

testRule(rule, {
  valid: [
    { name: 'a change that keeps province, certificate and domain', form: makeChange('change-service') },
    { name: 'certificate number typed with spaces and lower case', form: makeChange('change-subject', 'enterprise', (f) => void (f.subject!.certNumber = ` ${f.filed!.certNumber!.toLowerCase().replace(/(.{6})/, '$1 ')}`)) },
    {
      name: 'a multi-domain website drops one of its domains',
      form: makeChange('change-service', 'enterprise', (f) => {
        f.filed!.websites![0]!.domains = ['example-tech.cn', 'example-tech.com.cn'];
        f.websites![0]!.domains = ['example-tech.cn'];
      }),
    },
    { name: 'domain typed in upper case with a trailing dot', form: makeChange('change-service', 'enterprise', (f) => void (f.websites![0]!.domains = ['Example-Tech.CN.'])) },
    { name: 'the filed record holds no websites', form: makeChange('change-subject', 'enterprise', (f) => void delete f.filed!.websites) },
  ],
  invalid: [
    {
      // P23 / K-变更: 省份不可修改 — a change moved to another province is refused (re-file there instead).
      name: 'province edited in a change',
      form: makeChange('change-filing', 'enterprise', (f) => void (f.province = 'ZJ')),
      issues: [{ field: 'province', message: 'provinceChanged' }],
    },
    {
      // P23 / R-rules: 主办单位证件号码不可修改 — a new credit code means cancelling and re-filing.
      name: 'a new credit code typed into a change',
      form: makeChange('change-subject', 'enterprise', (f) => void (f.subject!.certNumber = makeCreditCode({ body: 'MA5G1RX4L' }))),
      issues: [{ field: 'subject.certNumber', message: 'certNumberChanged' }],
    },
    {
      // P23: a single-domain website cannot change its domain; 新增网站 is the way to file a new one.
      name: 'a single-domain website switched to a new domain',
      form: makeChange('change-service', 'enterprise', (f) => void (f.websites![0]!.domains = ['example-tech-new.cn'])),
      issues: [{ field: 'websites[0].domains[0]', message: 'singleDomainChanged' }],
    },
    {
      // P23: multi-domain sites may only keep or reduce domains; adding one is refused.
      name: 'a multi-domain website gains a domain',
      form: makeChange('change-service', 'enterprise', (f) => {
        f.filed!.websites![0]!.domains = ['example-tech.cn', 'example-tech.com.cn'];
        f.websites![0]!.domains = ['example-tech.cn', 'example-tech.com.cn', 'example-tech.net'];
      }),
      issues: [{ field: 'websites[0].domains[2]', message: 'domainAdded' }],
    },
  ],
  notApplicable: [{ name: 'a first filing', form: makeForm('enterprise') }],
  unknown: [{ name: 'the filed record was not read', form: makeChange('change-service', 'enterprise', (f) => void delete f.filed), missing: ['filed'] }],
});
