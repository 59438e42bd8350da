import { makeForm } from '../../../test/support/make-form';
import { testRule } from '../../../test/support/rule-tester';
import rule from './access-no-org-domain';

const access = (domain: string) =>
  makeForm('enterprise', (f) => {
    f.province = 'NX';
    f.filingType = 'add-access';
    f.websites![0]!.domains = [domain];
  });

testRule(rule, {
  valid: [
    { name: '.cn domain', form: access('example-tech.cn') },
    { name: '.org.cn is a different suffix', form: access('example.org.cn') },
  ],
  invalid: [
    {
      // P28 (宁夏): .org 域名不能接入 — the order is rejected.
      name: '.org domain',
      form: access('example.org'),
      issues: [{ field: 'websites[0].domains[0]', message: 'orgDomain' }],
    },
  ],
  notApplicable: [{ name: 'first filing', form: makeForm('enterprise', (f) => void (f.province = 'NX')) }],
});
