import { testRule } from '../../../test/support/rule-tester';
import type { ProvinceCode } from '../../model/provinces';
import { otherSitePrincipal, personal, unit } from '../../../test/support/province-forms';
import rule from './principal-min-age';

// TODAY is 2026-11-29: born 2009-11-30 → 16, 2010-11-30 → 15, 2008-11-30 → 17, 2011-01-01 → 15.
const INDIVIDUAL_18: ProvinceCode[] = ['TJ', 'HE', 'NM', 'HL', 'ZJ', 'HN', 'SC', 'XZ'];
const UNIT_18: ProvinceCode[] = ['HL', 'ZJ', 'HN', 'SC', 'XZ'];
const tooYoung = (field: string) => [{ field, message: 'tooYoung' }];

testRule(rule, {
  valid: [
    ...INDIVIDUAL_18.map((code) => ({ name: `${code}: individual turned 18 today`, form: personal(code, code, undefined, '2008-11-29') })),
    ...UNIT_18.map((code) => ({ name: `${code}: unit principal aged 46`, form: unit(code) })),
    { name: 'JS: individual aged 18', form: personal('JS', 'JS', undefined, '2008-01-01') },
    { name: 'GD: unit principal aged 16', form: unit('GD', undefined, '2010-11-29') },
    { name: 'GD: individual aged 17 (disputed; see principal-min-age-advised)', form: personal('GD', 'GD', undefined, '2009-06-01') },
    { name: 'HE: unit (no documented unit floor)', form: unit('HE', undefined, '2009-06-01') },
    { name: 'passport holder: no birth date to read', form: unit('ZJ', (f) => void (f.subject!.principal!.idType = 'passport'), '2012-01-01') },
  ],
  invalid: [
    // 管局规则: personal applicants under 18 refused (天津, 河北, 内蒙古, 黑龙江, 浙江, 湖南, 四川, 西藏).
    ...INDIVIDUAL_18.map((code) => ({
      name: `${code}: individual one day short of 18`,
      form: personal(code, code, undefined, '2008-11-30'),
      issues: tooYoung('subject.principal.idNumber'),
    })),
    // Units: principals under 18 refused (黑龙江 P25, 浙江 P39, 湖南, 四川, 西藏 P26).
    ...UNIT_18.map((code) => ({
      name: `${code}: unit principal aged 17`,
      form: unit(code, undefined, '2009-06-01'),
      issues: tooYoung('subject.principal.idNumber'),
    })),
    {
      // 江苏: under 16 refused.
      name: 'JS: individual aged 15',
      form: personal('JS', 'JS', undefined, '2011-01-01'),
      issues: tooYoung('subject.principal.idNumber'),
    },
    {
      // 江苏: 16–17 must add proof of employment or income.
      name: 'JS: individual aged 16',
      form: personal('JS', 'JS', undefined, '2010-06-01'),
      needs: [{ material: 'employment-income-proof', message: 'proofNeeded' }],
    },
    {
      // 广东: unit 负责人 under 16 refused (HW 2025, TC).
      name: 'GD: website principal aged 15',
      form: unit('GD', (f) => otherSitePrincipal(f, 'GD', '2011-01-01')),
      issues: tooYoung('websites[0].principal.idNumber'),
    },
  ],
  notApplicable: [{ name: 'province without a floor here (北京)', form: personal('BJ', 'BJ', undefined, '2012-01-01') }],
  unknown: [
    { name: 'principal ID not read', form: personal('ZJ', 'ZJ', (f) => void delete f.subject!.principal!.idNumber), missing: ['subject.principal.idNumber'] },
  ],
});
