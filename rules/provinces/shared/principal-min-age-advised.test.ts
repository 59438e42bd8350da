import { testRule } from '../../../test/support/rule-tester';
import type { ProvinceCode } from '../../model/provinces';
import { otherSitePrincipal, personal, unit } from '../../../test/support/province-forms';
import rule from './principal-min-age-advised';

const INDIVIDUAL_18: ProvinceCode[] = ['LN', 'JL', 'HA', 'HB', 'GD', 'GZ'];
const UNIT_18: ProvinceCode[] = ['NM', 'LN', 'JL', 'FJ', 'JX', 'SD', 'HA', 'HB', 'CQ'];
const tooYoung = (field: string) => [{ field, message: 'tooYoung' }];
const proof = (forService?: string) => [{ material: 'employment-income-proof', for: forService, message: 'proofNeeded' }];

testRule(rule, {
  valid: [
    ...INDIVIDUAL_18.map((code) => ({ name: `${code}: individual aged 18`, form: personal(code, code, undefined, '2008-11-29') })),
    ...UNIT_18.map((code) => ({ name: `${code}: unit principal aged 46`, form: unit(code) })),
    { name: 'JX: individual aged 16 (HW 2025 floor)', form: personal('JX', 'JX', undefined, '2010-11-29') },
    { name: 'SD: individual aged 17', form: personal('SD', 'SD', undefined, '2009-11-29') },
    { name: 'GZ, QH: unit principal aged 14', form: unit('GZ', undefined, '2012-11-01') },
    { name: 'QH: unit principal aged 14', form: unit('QH', undefined, '2012-11-01') },
    { name: 'YN: individual aged 18', form: personal('YN', 'YN', undefined, '2008-11-29') },
    { name: 'JS: unit subject principal aged 17 (QC excludes the 法人)', form: unit('JS', undefined, '2009-06-01') },
    { name: 'TJ: unit principal aged 18', form: unit('TJ', undefined, '2008-11-29') },
  ],
  invalid: [
    // Older sources' 18-year floor (JD, TC, QC, AL 2018); HW 2025 for 广东 personal (S2).
    ...INDIVIDUAL_18.map((code) => ({
      name: `${code}: individual aged 17`,
      form: personal(code, code, undefined, '2009-06-01'),
      issues: tooYoung('subject.principal.idNumber'),
    })),
    ...UNIT_18.map((code) => ({
      name: `${code}: unit principal aged 17`,
      form: unit(code, undefined, '2009-06-01'),
      issues: tooYoung('subject.principal.idNumber'),
    })),
    // 江西 HW page 2025-03-13: personal ≥16.
    { name: 'JX: individual aged 15', form: personal('JX', 'JX', undefined, '2011-06-01'), issues: tooYoung('subject.principal.idNumber') },
    // 山东 HW 2025: personal under 17 refused.
    { name: 'SD: individual aged 16', form: personal('SD', 'SD', undefined, '2010-06-01'), issues: tooYoung('subject.principal.idNumber') },
    // 贵州/青海 AL 2023: responsible persons ≥14.
    { name: 'GZ: unit principal aged 13', form: unit('GZ', undefined, '2013-06-01'), issues: tooYoung('subject.principal.idNumber') },
    { name: 'QH: unit principal aged 13', form: unit('QH', undefined, '2013-06-01'), issues: tooYoung('subject.principal.idNumber') },
    // 天津 AL 2023: 法定代表人 16–18 with proof; website administrator ≥18.
    { name: 'TJ: unit principal aged 17', form: unit('TJ', undefined, '2009-06-01'), needs: proof() },
    { name: 'TJ: unit principal aged 15', form: unit('TJ', undefined, '2011-06-01'), issues: tooYoung('subject.principal.idNumber') },
    {
      name: 'TJ: website principal aged 17',
      form: unit('TJ', (f) => otherSitePrincipal(f, 'TJ', '2009-06-01')),
      issues: tooYoung('websites[0].principal.idNumber'),
    },
    // 江苏 QC: enterprise responsible persons other than the 法人, 16–17 with employment/income proof.
    { name: 'JS: website principal aged 17', form: unit('JS', (f) => otherSitePrincipal(f, 'JS', '2009-06-01')), needs: proof('websites[0]') },
    {
      name: 'JS: website principal aged 15',
      form: unit('JS', (f) => otherSitePrincipal(f, 'JS', '2011-06-01')),
      issues: tooYoung('websites[0].principal.idNumber'),
    },
    // 重庆 TC: personal 16–18 need employment/income proof, under 16 refused.
    { name: 'CQ: individual aged 17', form: personal('CQ', 'CQ', undefined, '2009-06-01'), needs: proof() },
    { name: 'CQ: individual aged 15', form: personal('CQ', 'CQ', undefined, '2011-06-01'), issues: tooYoung('subject.principal.idNumber') },
    // 云南 TC/QC/JD: 14–18 need proof of income or employment.
    { name: 'YN: individual aged 15', form: personal('YN', 'YN', undefined, '2011-06-01'), needs: proof() },
    { name: 'YN: unit website principal aged 15', form: unit('YN', (f) => otherSitePrincipal(f, 'YN', '2011-06-01')), needs: proof('websites[0]') },
    { name: 'YN: individual aged 13', form: personal('YN', 'YN', undefined, '2013-06-01'), issues: tooYoung('subject.principal.idNumber') },
  ],
  notApplicable: [{ name: 'province outside the rule (浙江)', form: personal('ZJ', 'ZJ', undefined, '2012-01-01') }],
});
