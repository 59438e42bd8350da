import { makeForm } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import { makeIdNumber } from '../../test/support/synthetic-ids';
import rule from './id-number-valid';

const swapCheck = (id: string) => id.slice(0, 17) + (id[17] === '1' ? '2' : '1');

testRule(rule, {
  valid: [
    { name: 'individual: subject and principal share a valid number ending in X', form: makeForm() },
    { name: 'enterprise with a resident-ID principal', form: makeForm('enterprise') },
    {
      name: 'lower-case x and spaces as typed',
      form: makeForm('individual', (f) => {
        const typed = f.subject!.certNumber!.toLowerCase().replace(/^(\d{6})(\d{8})/, '$1 $2 ');
        f.subject!.certNumber = typed;
        f.subject!.principal!.idNumber = typed;
      }),
    },
    {
      name: 'Hong Kong resident with a residence permit (810000)',
      form: makeForm('individual', (f) => {
        const id = makeIdNumber({ region: '810000', birth: '1988-08-08' });
        f.subject!.certType = 'hk-mo-residence-permit';
        f.subject!.certNumber = id;
        f.subject!.principal = { ...f.subject!.principal!, idType: 'hk-mo-residence-permit', idNumber: id };
        f.websites![0]!.principal = { ...f.subject!.principal, sameAsSubjectPrincipal: true };
      }),
    },
    {
      name: 'a foreign passport is not judged by this rule',
      form: makeForm('enterprise', (f) => {
        f.subject!.principal = { ...f.subject!.principal!, idType: 'passport', idNumber: 'X12AB3456' };
      }),
    },
  ],
  invalid: [
    {
      // 证件号码错误: a mistyped digit fails the public-security identity check.
      name: 'individual subject certificate number with a wrong check digit',
      form: makeForm('individual', (f) => void (f.subject!.certNumber = swapCheck(f.subject!.certNumber!))),
      issues: [{ field: 'subject.certNumber', message: 'checkDigit' }],
    },
    {
      // First-generation 15-digit numbers are no longer accepted; identity verification fails.
      name: 'subject principal with a 15-digit first-generation number',
      form: makeForm('enterprise', (f) => void (f.subject!.principal!.idNumber = '440304800520456')),
      issues: [{ field: 'subject.principal.idNumber', message: 'format' }],
    },
    {
      // Address code 99… belongs to no province: the number cannot exist.
      name: 'address code of no province',
      form: makeForm('enterprise', (f) => void (f.subject!.principal!.idNumber = makeIdNumber({ region: '990101' }))),
      issues: [{ field: 'subject.principal.idNumber', message: 'region' }],
    },
    {
      // A birth date after the filing day cannot be real (digits 7–14 mistyped).
      name: 'birth date after today',
      form: makeForm('enterprise', (f) => void (f.subject!.principal!.idNumber = makeIdNumber({ birth: '2027-01-01' }))),
      issues: [{ field: 'subject.principal.idNumber', message: 'birthDate' }],
    },
    {
      // 29 February of a common year does not exist.
      name: 'birth on 29 February of a common year',
      form: makeForm('enterprise', (f) => void (f.subject!.principal!.idNumber = makeIdNumber({ birth: '1999-02-29' }))),
      issues: [{ field: 'subject.principal.idNumber', message: 'birthDate' }],
    },
    {
      // The website principal does the face check; a wrong number fails 真实性核验.
      name: 'website principal (not the subject principal) with a wrong check digit',
      form: makeForm('enterprise', (f) => {
        const id = makeIdNumber({ region: '440106', birth: '1992-03-04', sequence: '778' });
        f.websites![0]!.principal = { ...f.websites![0]!.principal!, sameAsSubjectPrincipal: false, name: '王五', idNumber: swapCheck(id) };
      }),
      issues: [{ field: 'websites[0].principal.idNumber', message: 'checkDigit' }],
    },
    {
      // APP负责人 identity is verified like a website principal's.
      name: 'app principal with a wrong check digit',
      form: makeForm('enterprise', (f) => {
        f.apps = [
          { name: '示例记账', principal: { ...f.subject!.principal!, sameAsSubjectPrincipal: false, idNumber: swapCheck(makeIdNumber({ sequence: '555' })) } },
        ];
      }),
      issues: [{ field: 'apps[0].principal.idNumber', message: 'checkDigit' }],
    },
    {
      // One mistake copied by 同主体负责人 is reported once, where it was typed.
      name: 'wrong number copied into a website principal marked same-as-subject',
      form: makeForm('enterprise', (f) => {
        const wrong = swapCheck(f.subject!.principal!.idNumber!);
        f.subject!.principal!.idNumber = wrong;
        f.websites![0]!.principal!.idNumber = wrong;
      }),
      issues: [{ field: 'subject.principal.idNumber', message: 'checkDigit' }],
    },
    {
      // Residence permits carry the same kind of number; a wrong check digit fails verification.
      name: 'Taiwan residence permit number with a wrong check digit',
      form: makeForm('enterprise', (f) => {
        f.subject!.principal = { ...f.subject!.principal!, idType: 'tw-residence-permit', idNumber: swapCheck(makeIdNumber({ region: '830000' })) };
      }),
      issues: [{ field: 'subject.principal.idNumber', message: 'checkDigit' }],
    },
  ],
  unknown: [
    {
      name: 'principal ID number not read',
      form: makeForm('individual', (f) => void delete f.subject!.principal!.idNumber),
      missing: ['subject.principal.idNumber'],
    },
  ],
});
