import { makeForm } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import { makeIdNumber } from '../../test/support/synthetic-ids';
import rule from './resident-id-validity-period';

testRule(rule, {
  valid: [
    { name: '20-year card (2020-01-01 to 2040-01-01)', form: makeForm() },
    {
      name: '10-year card',
      form: makeForm('individual', (f) => void Object.assign(f.subject!.principal!, { idValidFrom: '2019-07-15', idValidTo: '2029-07-15' })),
    },
    {
      name: '5-year card of a teenager',
      form: makeForm('individual', (f) => void Object.assign(f.subject!.principal!, { idValidFrom: '2024-03-01', idValidTo: '2029-03-01' })),
    },
    {
      name: 'card issued on 29 February, printed as 1 March',
      form: makeForm('individual', (f) => void Object.assign(f.subject!.principal!, { idValidFrom: '2016-02-29', idValidTo: '2026-03-01' })),
    },
    {
      name: 'long-term card of a holder who was 50 at issue',
      form: makeForm('enterprise', (f) => {
        Object.assign(f.subject!.principal!, { idNumber: makeIdNumber({ birth: '1965-04-01' }), idValidFrom: '2015-06-01', idValidTo: '', idLongTerm: true });
        f.websites![0]!.principal = { ...f.subject!.principal!, sameAsSubjectPrincipal: true };
      }),
    },
    {
      name: 'passports have other periods',
      form: makeForm(
        'enterprise',
        (f) => void Object.assign(f.subject!.principal!, { idType: 'passport', idNumber: 'E12345678', idValidFrom: '2020-01-01', idValidTo: '2029-12-31' }),
      ),
    },
  ],
  invalid: [
    {
      // the end date mistyped (one year off) no longer matches the uploaded card.
      name: 'end date one year off',
      form: makeForm('individual', (f) => void (f.subject!.principal!.idValidTo = '2041-01-01')),
      issues: [{ field: 'subject.principal.idValidTo', message: 'unusualPeriod' }],
    },
    {
      // the day typed wrongly (end 2038-03-10 for a card from 2018-03-01), website principal of a unit.
      name: 'website principal: end day mistyped',
      form: makeForm('enterprise', (f) => {
        f.websites![0]!.principal = { ...f.websites![0]!.principal!, sameAsSubjectPrincipal: false, idValidFrom: '2018-03-01', idValidTo: '2038-03-10' };
      }),
      issues: [{ field: 'websites[0].principal.idValidTo', message: 'unusualPeriod' }],
    },
    {
      // 长期 ticked to avoid an expiry check on a 36-year-old's 20-year card.
      name: 'long-term ticked by a holder born in 1990',
      form: makeForm('individual', (f) => void Object.assign(f.subject!.principal!, { idLongTerm: true, idValidTo: '' })),
      issues: [{ field: 'subject.principal.idLongTerm', message: 'longTermTooYoung' }],
    },
  ],
  unknown: [
    {
      name: 'start date not read',
      form: makeForm('individual', (f) => void delete f.subject!.principal!.idValidFrom),
      missing: ['subject.principal.idValidFrom'],
    },
  ],
});
