import { makeForm } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import { makeCreditCode } from '../../test/support/synthetic-ids';
import rule from './credit-code-authority';

testRule(rule, {
  valid: [
    { name: 'enterprise with a 91… code', form: makeForm('enterprise') },
    {
      name: 'public institution with a 12… code',
      form: makeForm('enterprise', (f) => {
        f.subject!.nature = 'institution';
        f.subject!.certType = 'uscc-certificate';
        f.subject!.certNumber = makeCreditCode({ authority: '1', classCode: '2' });
      }),
    },
    {
      name: 'private hospital registered by civil affairs (52…) as a medical institution',
      form: makeForm('enterprise', (f) => {
        f.subject!.nature = 'medical';
        f.subject!.certType = 'uscc-certificate';
        f.subject!.certNumber = makeCreditCode({ authority: '5', classCode: '2' });
      }),
    },
    {
      name: 'authority Y (other) is never judged',
      form: makeForm('enterprise', (f) => void (f.subject!.certNumber = makeCreditCode({ authority: 'Y', classCode: '1' }))),
    },
    { name: 'an invalid code is left to national/credit-code-valid', form: makeForm('enterprise', (f) => void (f.subject!.certNumber = '12345678-8')) },
  ],
  invalid: [
    {
      // 备案类型错误 / 主体信息不准确: a 事业单位 nature with a market-regulation (9) code.
      name: 'public institution with a 91… code',
      form: makeForm('enterprise', (f) => void (f.subject!.nature = 'institution')),
      issues: [{ field: 'subject.nature', message: 'natureMismatch' }],
    },
    {
      // an enterprise nature with a civil-affairs (5) code — a social organisation filed as 企业.
      name: 'enterprise with a 51… social-organisation code',
      form: makeForm('enterprise', (f) => void (f.subject!.certNumber = makeCreditCode({ authority: '5', classCode: '1' }))),
      issues: [{ field: 'subject.nature', message: 'natureMismatch' }],
    },
    {
      // a law firm (3…) filed as 企业.
      name: 'enterprise with a 31… law-firm code',
      form: makeForm('enterprise', (f) => void (f.subject!.certNumber = makeCreditCode({ authority: '3', classCode: '1' }))),
      issues: [{ field: 'subject.nature', message: 'natureMismatch' }],
    },
  ],
  notApplicable: [{ name: 'individual filing', form: makeForm('individual') }],
  unknown: [{ name: 'certificate type not read', form: makeForm('enterprise', (f) => void delete f.subject!.certType), missing: ['subject.certType'] }],
});
