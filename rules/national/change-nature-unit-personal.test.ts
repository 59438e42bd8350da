import { makeChange } from '../../test/support/make-change';
import { testRule } from '../../test/support/rule-tester';
import rule from './change-nature-unit-personal';

testRule(rule, {
  valid: [
    { name: 'an enterprise stays an enterprise', form: makeChange('change-subject') },
    { name: 'a person stays a person', form: makeChange('change-filing', 'individual') },
    {
      // S2/S3: 广东 and 江西 allow person → unit by a change; provinces/shared/change-personal-to-unit warns there.
      name: 'a person changes the subject to an enterprise in 广东',
      form: makeChange('change-subject', 'enterprise', (f) => void (f.filed!.subjectNature = 'individual')),
    },
    {
      name: 'one unit nature corrected to another (not this rule)',
      form: makeChange('change-subject', 'enterprise', (f) => void (f.filed!.subjectNature = 'institution')),
    },
  ],
  invalid: [
    {
      // P17: 个人主体不能通过变更改为单位 — the change is refused; cancel and re-file as the unit.
      name: 'a person changes the subject to an enterprise (浙江)',
      form: makeChange('change-subject', 'enterprise', (f) => {
        f.province = 'ZJ';
        f.filed!.subjectNature = 'individual';
      }),
      issues: [{ field: 'subject.nature', message: 'personalToUnit' }],
    },
    {
      // R-rules: 单位不能变更为个人 — refused.
      name: 'an enterprise changes the subject to a person',
      form: makeChange('change-filing', 'individual', (f) => void (f.filed!.subjectNature = 'enterprise')),
      issues: [{ field: 'subject.nature', message: 'unitToPersonal' }],
    },
  ],
  notApplicable: [{ name: 'a first filing', form: makeChange('first', 'enterprise', (f) => void (f.filed!.subjectNature = 'individual')) }],
  unknown: [
    {
      name: 'filed nature not read',
      form: makeChange('change-subject', 'enterprise', (f) => void delete f.filed!.subjectNature),
      missing: ['filed.subjectNature'],
    },
  ],
});
