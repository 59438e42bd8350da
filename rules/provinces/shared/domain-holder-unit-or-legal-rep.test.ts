import { makeForm } from '../../../test/support/make-form';
import { testRule } from '../../../test/support/rule-tester';
import rule from './domain-holder-unit-or-legal-rep';

testRule(rule, {
  valid: [
    { name: 'held by the unit', form: makeForm('enterprise') },
    { name: 'held by someone else: left to the national rule', form: makeForm('enterprise', (f) => void (f.domainRecords![0]!.holder = '王五')) },
    {
      name: 'held by the legal representative (福建)',
      form: makeForm('enterprise', (f) => {
        f.province = 'FJ';
        f.domainRecords![0]!.holder = '李四';
      }),
    },
  ],
  invalid: [
    {
      // 域名核验不通过 (甘肃): the principal holds it but is not the legal representative.
      name: 'held by a principal who is not the legal rep (甘肃)',
      form: makeForm('enterprise', (f) => {
        f.province = 'GS';
        f.domainRecords![0]!.holder = '李四';
        f.subject!.principal!.isLegalRepresentative = false;
      }),
      issues: [{ field: 'domainRecords[0].holder', message: 'holderNotLegalRep' }],
    },
  ],
  notApplicable: [
    { name: 'personal filing', form: makeForm('individual') },
    { name: '宁夏 has its own stricter rule', form: makeForm('enterprise', (f) => void (f.province = 'NX')) },
  ],
});
