import { makeForm } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './permanent-residence-card-format';

// Constructed numbers (rules/checks/id-card.test.ts): 9 + place + nationality + birth date + sequence + MOD 11-2 check character.
const NEW_CARD = '911840198506150126';
const NEW_CARD_X = '94427619900101001X';
const OLD_CARD = 'USA110085061501';

const withCard = (number: string) =>
  makeForm('enterprise', (f) => void (f.subject!.principal = { ...f.subject!.principal!, idType: 'foreign-permanent-residence', idNumber: number }));

testRule(rule, {
  valid: [
    { name: 'resident ID holders are not judged', form: makeForm('enterprise') },
    { name: 'the 2023 card: 18 digits starting with 9, right check digit', form: withCard(NEW_CARD) },
    { name: 'the 2023 card with check character X, typed in lower case and with spaces', form: withCard('944276 19900101 001x') },
    { name: 'the older card: 3 letters and 12 digits', form: withCard(OLD_CARD) },
    {
      name: 'a passport number under the passport type is not judged here',
      form: makeForm('enterprise', (f) => void (f.subject!.principal = { ...f.subject!.principal!, idType: 'passport', idNumber: 'C01X00T47' })),
    },
    {
      name: 'individual subject holding a new card',
      form: makeForm('individual', (f) => {
        f.subject!.certType = 'foreign-permanent-residence';
        f.subject!.certNumber = NEW_CARD_X;
        f.subject!.principal = { ...f.subject!.principal!, idType: 'foreign-permanent-residence', idNumber: NEW_CARD_X };
        f.websites![0]!.principal = { ...f.websites![0]!.principal!, idType: 'foreign-permanent-residence', idNumber: NEW_CARD_X };
      }),
    },
  ],
  invalid: [
    {
      // one digit mistyped: the MOD 11-2 check character no longer fits.
      name: 'the 2023 card with a wrong check digit',
      form: withCard('911840198506150127'),
      issues: [{ field: 'subject.principal.idNumber', message: 'checkDigit' }],
    },
    {
      // a passport number typed under the permanent-residence type.
      name: 'a passport number',
      form: withCard('E12345678'),
      issues: [{ field: 'subject.principal.idNumber', message: 'format' }],
    },
    {
      // a digit dropped from the older card's 12 digits.
      name: 'the older card with 11 digits, on the website principal',
      form: makeForm('enterprise', (f) => {
        f.websites![0]!.principal = {
          ...f.websites![0]!.principal!,
          sameAsSubjectPrincipal: false,
          idType: 'foreign-permanent-residence',
          idNumber: 'USA11008506150',
        };
      }),
      issues: [{ field: 'websites[0].principal.idNumber', message: 'format' }],
    },
    {
      // a citizen number (starts 1–8) is not a foreigner's number.
      name: 'a resident ID number under the permanent-residence type',
      form: withCard('440305199001011234'),
      issues: [{ field: 'subject.principal.idNumber', message: 'format' }],
    },
  ],
  unknown: [
    {
      name: 'principal ID type not read',
      form: makeForm('enterprise', (f) => void delete f.subject!.principal!.idType),
      missing: ['subject.principal.idType'],
    },
  ],
});
