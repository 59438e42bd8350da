import { makeForm } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './certificate-type-allowed';

testRule(rule, {
  valid: [
    { name: 'individual with a resident ID', form: makeForm() },
    { name: 'enterprise with a business licence', form: makeForm('enterprise') },
    {
      name: 'medical institution with a business licence',
      form: makeForm('enterprise', (f) => void (f.subject!.nature = 'medical')),
    },
    {
      name: 'individual foreign national with a passport',
      form: makeForm('individual', (f) => {
        f.subject!.certType = 'passport';
        f.subject!.principal!.idType = 'passport';
      }),
    },
  ],
  invalid: [
    {
      // 证件类型 must match 主办单位性质 — a public institution with a business licence.
      name: 'public institution with a business licence',
      form: makeForm('enterprise', (f) => void (f.subject!.nature = 'institution')),
      issues: [{ field: 'subject.certType', message: 'subjectType' }],
    },
    {
      // an individual cannot file with a unit certificate (would be 备案类型错误).
      name: 'individual with a business licence',
      form: makeForm('individual', (f) => void (f.subject!.certType = 'business-licence')),
      issues: [{ field: 'subject.certType', message: 'subjectType' }],
    },
    {
      // Principals are persons: a unit certificate as their ID fails identity verification.
      name: 'website principal with a unit certificate type',
      form: makeForm('enterprise', (f) => {
        f.websites![0]!.principal = { ...f.websites![0]!.principal!, sameAsSubjectPrincipal: false, idType: 'business-licence' };
      }),
      issues: [{ field: 'websites[0].principal.idType', message: 'principalType' }],
    },
  ],
  unknown: [{ name: 'certificate type not read', form: makeForm('enterprise', (f) => void delete f.subject!.certType), missing: ['subject.certType'] }],
});
