import { testRule } from '../../../test/support/rule-tester';
import type { ProvinceCode } from '../../model/provinces';
import { unit } from '../../../test/support/province-forms';
import rule from './principal-legal-rep-advised';

const FIELD = 'subject.principal.isLegalRepresentative';
const PLAIN: ProvinceCode[] = ['BJ', 'JL', 'HL'];
const FOREIGN_EXCEPTION: ProvinceCode[] = ['SX', 'JX'];
const notLegalRep = (code: ProvinceCode) => unit(code, (f) => void (f.subject!.principal!.isLegalRepresentative = false));

testRule(rule, {
  valid: [...PLAIN, ...FOREIGN_EXCEPTION].map((code) => ({ name: `${code}: principal is the legal representative`, form: unit(code) })),
  invalid: [
    // Newest sources (HW 2025 / UC 2024): 主体负责人 must be the 法人; older QC/JD/TC accepted a letter.
    ...PLAIN.map((code) => ({ name: `${code}: non-legal-rep principal`, form: notLegalRep(code), issues: [{ field: FIELD, message: 'mustBeLegalRep' }] })),
    ...FOREIGN_EXCEPTION.map((code) => ({
      name: `${code}: non-legal-rep principal`,
      form: notLegalRep(code),
      issues: [{ field: FIELD, message: 'mustBeLegalRepUnlessForeign' }],
    })),
  ],
  notApplicable: [{ name: 'province outside the rule', form: notLegalRep('TJ') }],
});
