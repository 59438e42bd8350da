import type { Mutable } from '../../../test/support/make-form';
import { testRule } from '../../../test/support/rule-tester';
import type { FilingForm } from '../../model/filing-form';
import { personal, unit } from '../../../test/support/province-forms';
import rule from './personal-temporary-id-refused';

const validity = (from: string, to: string) => (f: Mutable<FilingForm>) => {
  f.subject!.principal!.idValidFrom = from;
  f.subject!.principal!.idValidTo = to;
};

testRule(rule, {
  valid: [
    { name: 'HI: ten-year card', form: personal('HI', 'HI', validity('2020-01-01', '2030-01-01')) },
    { name: 'NM: long-term card', form: personal('NM', 'NM', (f) => void (f.subject!.principal!.idLongTerm = true)) },
    { name: 'NM: five-year card', form: personal('NM', 'NM', validity('2024-03-01', '2029-03-01')) },
  ],
  invalid: [
    // 海南 S1 / 内蒙古 (HW K-管局): 临时身份证 not accepted — a three-month validity span.
    {
      name: 'HI: three-month card',
      form: personal('HI', 'HI', validity('2026-10-01', '2027-01-01')),
      issues: [{ field: 'subject.principal.idValidTo', message: 'temporaryId' }],
    },
    {
      name: 'NM: three-month card',
      form: personal('NM', 'NM', validity('2026-09-15', '2026-12-15')),
      issues: [{ field: 'subject.principal.idValidTo', message: 'temporaryId' }],
    },
  ],
  notApplicable: [
    { name: 'enterprise', form: unit('HI') },
    { name: 'other province', form: personal('GD', 'GD', validity('2026-10-01', '2027-01-01')) },
  ],
  unknown: [
    { name: 'validity not read', form: personal('HI', 'HI', (f) => void delete f.subject!.principal!.idValidTo), missing: ['subject.principal.idValidTo'] },
  ],
});
