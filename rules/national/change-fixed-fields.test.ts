import { makeChange } from '../../test/support/make-change';
import { makeForm } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import { makeCreditCode, makeIdNumber } from '../../test/support/synthetic-ids';
import rule from './change-fixed-fields';

const OTHER_ID = makeIdNumber({ birth: '1988-05-12' });

testRule(rule, {
  valid: [
    { name: 'a change that keeps province, certificate and domain', form: makeChange('change-service') },
    {
      name: 'certificate number typed with spaces and lower case',
      form: makeChange('change-subject', 'enterprise', (f) => void (f.subject!.certNumber = ` ${f.filed!.certNumber!.toLowerCase().replace(/(.{6})/, '$1 ')}`)),
    },
    {
      name: 'a multi-domain website drops one of its domains',
      form: makeChange('change-service', 'enterprise', (f) => {
        f.filed!.websites![0]!.domains = ['example-tech.cn', 'example-tech.com.cn'];
        f.websites![0]!.domains = ['example-tech.cn'];
      }),
    },
    {
      name: 'domain typed in upper case with a trailing dot',
      form: makeChange('change-service', 'enterprise', (f) => void (f.websites![0]!.domains = ['Example-Tech.CN.'])),
    },
    { name: 'the filed record holds no websites', form: makeChange('change-subject', 'enterprise', (f) => void delete f.filed!.websites) },
    // The rest are national/change-province's and national/change-cert-number's warnings (the sources disagree).
    { name: 'the same subject moves province (R-rules allows it)', form: makeChange('change-subject', 'enterprise', (f) => void (f.province = 'ZJ')) },
    {
      name: 'a unit changes its credit code (K-错误: some provinces accept it)',
      form: makeChange('change-subject', 'enterprise', (f) => void (f.subject!.certNumber = makeCreditCode({ body: 'MA5G1RX4L' }))),
    },
    {
      name: 'company A to company B in 山东 (K-管局)',
      form: makeChange('change-subject', 'enterprise', (f) => {
        f.province = 'SD';
        f.filed!.province = 'SD';
        f.subject!.name = '济南市另一科技有限公司';
        f.subject!.certNumber = makeCreditCode({ body: 'MA5G1RX4L' });
      }),
    },
    {
      name: 'a pre-三证合一 organisation code upgraded to the credit code',
      form: makeChange('change-subject', 'enterprise', (f) => {
        f.filed!.certNumber = '12345678-5';
        f.subject!.certNumber = makeCreditCode({ body: '123456785' });
      }),
    },
    // S2: 广东 lets a personal filing pass to another person.
    { name: "another person's ID number in 广东", form: makeChange('change-subject', 'individual', (f) => void (f.subject!.certNumber = OTHER_ID)) },
  ],
  invalid: [
    {
      // P23 / R-rules: the ID number is fixed — another person cancels and files anew.
      name: "another person's ID number typed into a personal change in 浙江",
      form: makeChange('change-subject', 'individual', (f) => {
        f.province = 'ZJ';
        f.filed!.province = 'ZJ';
        f.subject!.certNumber = OTHER_ID;
      }),
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
