import { testRule } from '../../../test/support/rule-tester';
import type { FilingForm } from '../../model/filing-form';
import type { Mutable } from '../../../test/support/make-form';
import type { ProvinceCode } from '../../model/provinces';
import { idFrom, otherSitePrincipal, personal, unit } from '../../../test/support/province-forms';
import rule from './unit-principal-out-of-province';

/** The subject principal (also the website principal) holds an ID card from `from`. */
const principalFrom = (from: ProvinceCode) => (f: Mutable<FilingForm>) => {
  f.subject!.principal!.idNumber = idFrom(from, '1980-05-20', '456');
  f.websites![0]!.principal!.idNumber = f.subject!.principal!.idNumber;
};

testRule(rule, {
  valid: [
    ...(['NM', 'JX', 'SX', 'GS'] as const).map((code) => ({ name: `${code}: local principal`, form: unit(code) })),
    { name: 'GS: local subject principal, website principal from elsewhere (subject only)', form: unit('GS', (f) => otherSitePrincipal(f, 'SN')) },
  ],
  invalid: [
    // 内蒙古 UC 2024: 法人 with an out-of-region ID → residence permit (or holding photo).
    { name: 'NM: principal from Hebei', form: unit('NM', principalFrom('HE')), needs: [{ material: 'residence-proof', message: 'permitNeeded' }] },
    // 江西 JD: each responsible person without a Jiangxi ID needs a Jiangxi 居住证.
    {
      name: 'JX: website principal from Hunan',
      form: unit('JX', (f) => otherSitePrincipal(f, 'HN')),
      needs: [{ material: 'residence-proof', for: 'websites[0]', message: 'permitNeeded' }],
    },
    // 山西 QC: both principals must hold Shanxi IDs.
    {
      name: 'SX: both principals from Henan',
      form: unit('SX', (f) => {
        principalFrom('HA')(f);
        otherSitePrincipal(f, 'HA');
      }),
      issues: [
        { field: 'subject.principal.idNumber', message: 'localIdWanted' },
        { field: 'websites[0].principal.idNumber', message: 'localIdWanted' },
      ],
    },
    // 甘肃 TC: the applicant's own ID address must be in Gansu.
    { name: 'GS: principal from Shaanxi', form: unit('GS', principalFrom('SN')), issues: [{ field: 'subject.principal.idNumber', message: 'localIdWanted' }] },
  ],
  notApplicable: [{ name: 'personal filing', form: personal('JX', 'HN') }],
});
