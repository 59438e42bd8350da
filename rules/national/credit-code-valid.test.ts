import { makeForm } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import { makeCreditCode } from '../../test/support/synthetic-ids';
import rule from './credit-code-valid';

const breakCheck = (code: string) => code.slice(0, 17) + (code[17] === '1' ? '2' : '1');

testRule(rule, {
  valid: [
    { name: 'enterprise with a valid credit code', form: makeForm('enterprise') },
    {
      name: 'credit code typed in lower case with spaces',
      form: makeForm('enterprise', (f) => void (f.subject!.certNumber = f.subject!.certNumber!.toLowerCase().replace(/(.{6})/g, '$1 '))),
    },
    {
      name: 'public institution with a 12… code on its legal-person certificate',
      form: makeForm('enterprise', (f) => {
        f.subject!.nature = 'institution';
        f.subject!.certType = 'institution-legal-person';
        f.subject!.certNumber = makeCreditCode({ authority: '1', classCode: '2', region: '440300', body: '455000001' });
      }),
    },
    {
      name: 'an older registration number on a social-organisation certificate is not judged as a credit code',
      form: makeForm('enterprise', (f) => {
        f.subject!.nature = 'social-organisation';
        f.subject!.certType = 'social-organisation-registration';
        f.subject!.certNumber = '粤民社登字第1234号';
      }),
    },
    {
      name: 'military unit code is not a credit code',
      form: makeForm('enterprise', (f) => {
        f.subject!.nature = 'defence';
        f.subject!.certType = 'military-code';
        f.subject!.certNumber = '12345';
      }),
    },
  ],
  invalid: [
    {
      // 整改 证件号码错误: old 组织机构代码 after 三证合一 (2015-10-01).
      name: 'old 9-character organisation code with a dash',
      form: makeForm('enterprise', (f) => void (f.subject!.certNumber = '12345678-8')),
      issues: [{ field: 'subject.certNumber', message: 'organisationCode' }],
    },
    {
      // again: the organisation-code certificate type with its old number.
      name: 'organisation-code certificate with its 9-character number',
      form: makeForm('enterprise', (f) => {
        f.subject!.nature = 'government';
        f.subject!.certType = 'organisation-code';
        f.subject!.certNumber = 'D2143569X';
      }),
      issues: [{ field: 'subject.certNumber', message: 'organisationCode' }],
    },
    {
      // enterprises must use the credit code, not the pre-2015 15-digit 注册号.
      name: '15-digit registration number of an old business licence',
      form: makeForm('enterprise', (f) => void (f.subject!.certNumber = '440301104567890')),
      issues: [{ field: 'subject.certNumber', message: 'oldRegistrationNumber' }],
    },
    {
      // 证件号码错误: a mistyped code cannot match the registry MIIT checks.
      name: 'wrong check character',
      form: makeForm('enterprise', (f) => void (f.subject!.certNumber = breakCheck(f.subject!.certNumber!))),
      issues: [{ field: 'subject.certNumber', message: 'checkChar' }],
    },
    {
      // The letter O typed for the digit 0 — the code never uses O.
      name: 'letter O instead of zero',
      form: makeForm('enterprise', (f) => void (f.subject!.certNumber = '91440300MA5FOQX3K7')),
      issues: [{ field: 'subject.certNumber', message: 'letters' }],
    },
    {
      // 17 characters: one character missing.
      name: 'one character short',
      form: makeForm('enterprise', (f) => void (f.subject!.certNumber = f.subject!.certNumber!.slice(0, 17))),
      issues: [{ field: 'subject.certNumber', message: 'format' }],
    },
    {
      // Region 99xxxx names no province: the code cannot have been issued.
      name: 'region code of no province',
      form: makeForm('enterprise', (f) => void (f.subject!.certNumber = makeCreditCode({ region: '990000' }))),
      issues: [{ field: 'subject.certNumber', message: 'region' }],
    },
    {
      // An 18-character credit code on a public-institution certificate is judged like any other.
      name: 'public-institution certificate with a bad 18-character code',
      form: makeForm('enterprise', (f) => {
        f.subject!.nature = 'institution';
        f.subject!.certType = 'institution-legal-person';
        f.subject!.certNumber = breakCheck(makeCreditCode({ authority: '1', classCode: '2', body: '455000001' }));
      }),
      issues: [{ field: 'subject.certNumber', message: 'checkChar' }],
    },
  ],
  notApplicable: [{ name: 'individual filing', form: makeForm('individual') }],
  unknown: [{ name: 'certificate number not read', form: makeForm('enterprise', (f) => void delete f.subject!.certNumber), missing: ['subject.certNumber'] }],
});
