import { testRule } from '../../../test/support/rule-tester';
import type { FilingForm } from '../../model/filing-form';
import type { Mutable } from '../../../test/support/make-form';
import type { CertificateType } from '../../model/vocabulary';
import { personal, unit } from '../../../test/support/province-forms';
import rule from './personal-non-mainland-residence-proof';

const withDocument = (type: CertificateType, more?: (f: Mutable<FilingForm>) => void) => (f: Mutable<FilingForm>) => {
  f.subject!.certType = type;
  f.subject!.certNumber = type === 'passport' ? 'P1234567' : 'H12345678';
  f.subject!.principal!.idType = type;
  f.subject!.principal!.idNumber = f.subject!.certNumber;
  more?.(f);
};
const need = [{ material: 'residence-proof', message: 'permitNeeded' }];

testRule(rule, {
  valid: [
    { name: 'SH: resident ID card', form: personal('SH') },
    { name: 'SH: Hong Kong travel permit (TC prefers a residence permit but accepts it)', form: personal('SH', 'SH', withDocument('hk-mo-travel-permit')) },
    { name: 'SC: HK/MO residence permit is itself residence proof', form: personal('SC', 'SC', withDocument('hk-mo-residence-permit')) },
  ],
  invalid: [
    // TC 上海: foreigners need passport + Shanghai residence permit.
    { name: 'SH: passport', form: personal('SH', 'SH', withDocument('passport')), needs: need },
    {
      name: 'SH: passport, no Shanghai permit',
      form: personal(
        'SH',
        'SH',
        withDocument('passport', (f) => void (f.declarations = { residenceProof: 'none' })),
      ),
      needs: need,
      issues: [{ field: 'declarations.residenceProof', message: 'noProof' }],
    },
    // JD 四川: HK/MO/TW residents and foreigners also need Sichuan residence proof.
    { name: 'SC: Taiwan travel permit', form: personal('SC', 'SC', withDocument('tw-travel-permit')), needs: need },
  ],
  notApplicable: [{ name: 'enterprise', form: unit('SH') }],
});
