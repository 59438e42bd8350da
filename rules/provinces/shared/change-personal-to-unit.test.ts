import { makeChange } from '../../../test/support/make-change';
import { testRule } from '../../../test/support/rule-tester';
import rule from './change-personal-to-unit';

const personToUnit = (province: 'GD' | 'JX' | 'ZJ') =>
  makeChange('change-subject', 'enterprise', (f) => {
    f.province = province;
    f.filed!.subjectNature = 'individual';
  });

testRule(rule, {
  valid: [
    { name: 'an enterprise stays an enterprise (广东)', form: makeChange('change-subject') },
    { name: 'one unit nature corrected to another', form: makeChange('change-subject', 'enterprise', (f) => void (f.filed!.subjectNature = 'institution')) },
  ],
  invalid: [
    {
      // S2: 广东 personal subjects may change to another person or a unit; Huawei's general rule (P17) disagrees.
      name: '广东: a person changes the subject to an enterprise',
      form: personToUnit('GD'),
      issues: [{ field: 'subject.nature', message: 'allowed' }],
    },
    {
      // S3: 江西 only when the person is the unit's legal representative.
      name: '江西: a person changes the subject to an enterprise',
      form: personToUnit('JX'),
      issues: [{ field: 'subject.nature', message: 'legalRepresentativeOnly' }],
    },
  ],
  notApplicable: [
    { name: 'another province keeps the national refusal', form: personToUnit('ZJ') },
    {
      name: 'unit → person (only the national rule speaks)',
      form: makeChange('change-filing', 'individual', (f) => void (f.filed!.subjectNature = 'enterprise')),
    },
    { name: 'a first filing', form: makeChange('first', 'enterprise', (f) => void (f.filed!.subjectNature = 'individual')) },
  ],
  unknown: [
    {
      name: 'filed nature not read',
      form: makeChange('change-subject', 'enterprise', (f) => void delete f.filed!.subjectNature),
      missing: ['filed.subjectNature'],
    },
  ],
});
