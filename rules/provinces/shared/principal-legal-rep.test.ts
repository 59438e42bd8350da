import { testRule } from '../../../test/support/rule-tester';
import type { ProvinceCode } from '../../model/provinces';
import { personal, unit } from '../../../test/support/province-forms';
import rule from './principal-legal-rep';

const PLAIN: ProvinceCode[] = ['TJ', 'NM', 'SH', 'FJ', 'HA', 'HB', 'HN', 'CQ', 'YN', 'XZ', 'SN', 'QH', 'NX', 'XJ', 'ZJ', 'GD'];
const FOREIGN_EXCEPTION: ProvinceCode[] = ['HE', 'LN', 'SD', 'GX', 'GZ'];
const notLegalRep = (code: ProvinceCode) => unit(code, (f) => void (f.subject!.principal!.isLegalRepresentative = false));
const FIELD = 'subject.principal.isLegalRepresentative';

testRule(rule, {
  valid: [
    ...[...PLAIN, ...FOREIGN_EXCEPTION].map((code) => ({ name: `${code}: principal is the legal representative`, form: unit(code) })),
    {
      // 广东 UC 2024: government bodies may name the head of the general office, no letter.
      name: 'GD: government body names a department head',
      form: unit('GD', (f) => {
        f.subject!.nature = 'government';
        f.subject!.principal!.isLegalRepresentative = false;
      }),
    },
  ],
  invalid: [
    // 主体负责人非法定代表人 (K-驳回): refused where no letter is accepted.
    ...PLAIN.map((code) => ({
      name: `${code}: principal is not the legal representative`,
      form: notLegalRep(code),
      issues: [{ field: FIELD, message: 'mustBeLegalRep' }],
    })),
    // 河北/辽宁/山东/广西/贵州: only a foreign (or non-mainland) legal rep may authorise someone.
    ...FOREIGN_EXCEPTION.map((code) => ({
      name: `${code}: principal is not the legal representative`,
      form: notLegalRep(code),
      issues: [{ field: FIELD, message: 'mustBeLegalRepUnlessForeign' }],
    })),
    {
      // 浙江 P39: 事业单位 and 党政机关 may authorise a principal with a letter.
      name: 'ZJ: public institution with a non-legal-rep principal',
      form: unit('ZJ', (f) => {
        f.subject!.nature = 'institution';
        f.subject!.principal!.isLegalRepresentative = false;
      }),
      needs: [{ material: 'principal-authorisation', message: 'letterForPublicBody' }],
    },
  ],
  notApplicable: [
    { name: 'personal filing', form: personal('TJ') },
    { name: 'province with its own letter rule (江苏)', form: notLegalRep('JS') },
  ],
  unknown: [{ name: 'legal-rep question not answered', form: unit('SH', (f) => void delete f.subject!.principal!.isLegalRepresentative), missing: [FIELD] }],
});
