import { testRule } from '../../../test/support/rule-tester';
import type { ProvinceCode } from '../../model/provinces';
import { personal } from '../../../test/support/province-forms';
import rule from './personal-cross-province-keep-permit';

const PROVINCES: ProvinceCode[] = ['HE', 'LN', 'HI', 'YN'];

testRule(rule, {
  valid: PROVINCES.map((code) => ({ name: `${code}: local ID card`, form: personal(code) })),
  invalid: PROVINCES.map((code) => ({
    // Older QC / JD / TC pages: out-of-province ID refused or permit required (UC 2024 lifted it).
    name: `${code}: Beijing ID card`,
    form: personal(code, 'BJ'),
    issues: [{ field: 'province', message: 'olderSourcesStricter' }],
  })),
  notApplicable: [{ name: 'other province', form: personal('BJ', 'HE') }],
});
