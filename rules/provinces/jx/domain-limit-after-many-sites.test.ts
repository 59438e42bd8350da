import { makeForm } from '../../../test/support/make-form';
import { testRule } from '../../../test/support/rule-tester';
import rule from './domain-limit-after-many-sites';

testRule(rule, {
  valid: [
    {
      name: 'few filed sites, two domains',
      form: makeForm('individual', (f) => {
        f.province = 'JX';
        f.declarations = { filedServiceCount: 2 };
        f.websites![0]!.domains = ['a-notes.cn', 'b-notes.cn'];
      }),
    },
    {
      name: 'many filed sites, one domain',
      form: makeForm('enterprise', (f) => {
        f.province = 'JX';
        f.filingType = 'add-service';
        f.declarations = { filedServiceCount: 20 };
      }),
    },
  ],
  invalid: [
    {
      // HW (江西): >7 personal filed sites → only one domain per new order; larger orders rejected.
      name: 'personal with 8 filed sites adds two domains',
      form: makeForm('individual', (f) => {
        f.province = 'JX';
        f.filingType = 'add-service';
        f.declarations = { filedServiceCount: 8 };
        f.websites![0]!.domains = ['a-notes.cn', 'b-notes.cn'];
      }),
      issues: [{ field: 'websites[0].domains[1]', message: 'oneDomainOnly' }],
    },
  ],
  unknown: [{ name: 'filed count not answered', form: makeForm('individual', (f) => void (f.province = 'JX')), missing: ['declarations.filedServiceCount'] }],
});
