import { makeForm } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import { makeIdNumber } from '../../test/support/synthetic-ids';
import rule from './id-number-matches-type';

testRule(rule, {
  valid: [
    { name: 'resident ID with a Guangdong address code', form: makeForm() },
    {
      name: 'Macao resident with a residence permit (820000)',
      form: makeForm(
        'enterprise',
        (f) => void (f.subject!.principal = { ...f.subject!.principal!, idType: 'hk-mo-residence-permit', idNumber: makeIdNumber({ region: '820000' }) }),
      ),
    },
    {
      name: 'Taiwan resident with a residence permit (830000)',
      form: makeForm(
        'enterprise',
        (f) => void (f.subject!.principal = { ...f.subject!.principal!, idType: 'tw-residence-permit', idNumber: makeIdNumber({ region: '830000' }) }),
      ),
    },
    {
      name: 'an invalid number is left to national/id-number-valid',
      form: makeForm('enterprise', (f) => void (f.subject!.principal = { ...f.subject!.principal!, idType: 'tw-residence-permit', idNumber: '12345' })),
    },
  ],
  invalid: [
    {
      // A 居民身份证 never has address code 810000: identity verification with type 居民身份证 fails.
      name: 'individual subject: resident ID chosen for a Hong Kong residence-permit number',
      form: makeForm('individual', (f) => {
        const id = makeIdNumber({ region: '810000' });
        f.subject!.certNumber = id;
        f.subject!.principal!.idNumber = id;
        f.websites![0]!.principal!.idNumber = id;
      }),
      issues: [
        { field: 'subject.certNumber', message: 'residentIdWithPermitCode' },
        { field: 'subject.principal.idNumber', message: 'residentIdWithPermitCode' },
      ],
    },
    {
      // A HK/MO residence permit number must start 810000/820000; a mainland number means the wrong type.
      name: 'HK/MO residence permit with a mainland number',
      form: makeForm('enterprise', (f) => void (f.subject!.principal!.idType = 'hk-mo-residence-permit')),
      issues: [{ field: 'subject.principal.idNumber', message: 'hkMoPermitCode' }],
    },
    {
      // A Taiwan permit holder who picked the HK/MO permit type.
      name: 'HK/MO residence permit with a Taiwan (830000) number',
      form: makeForm(
        'enterprise',
        (f) => void (f.subject!.principal = { ...f.subject!.principal!, idType: 'hk-mo-residence-permit', idNumber: makeIdNumber({ region: '830000' }) }),
      ),
      issues: [{ field: 'subject.principal.idNumber', message: 'hkMoPermitCode' }],
    },
    {
      // A Taiwan residence permit number must start 830000.
      name: 'website principal: Taiwan residence permit with a Macao number',
      form: makeForm('enterprise', (f) => {
        f.websites![0]!.principal = {
          ...f.websites![0]!.principal!,
          sameAsSubjectPrincipal: false,
          idType: 'tw-residence-permit',
          idNumber: makeIdNumber({ region: '820000' }),
        };
      }),
      issues: [{ field: 'websites[0].principal.idNumber', message: 'twPermitCode' }],
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
