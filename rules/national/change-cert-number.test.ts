import { makeChange } from '../../test/support/make-change';
import { makeForm } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import { makeCreditCode } from '../../test/support/synthetic-ids';
import { organisationCodeCheckChar } from '../checks/credit-code';
import rule from './change-cert-number';

const NEW_CODE = makeCreditCode({ body: 'MA5G1RX4L' });
const ORG_CODE = `12345678-${organisationCodeCheckChar('12345678')}`;
const UPGRADED = makeCreditCode({ body: ORG_CODE.replace('-', '') });

testRule(rule, {
  valid: [
    { name: 'a change that keeps the certificate number', form: makeChange('change-subject') },
    {
      name: 'the number typed with spaces and lower case',
      form: makeChange('change-subject', 'enterprise', (f) => void (f.subject!.certNumber = ` ${f.filed!.certNumber!.toLowerCase().replace(/(.{6})/, '$1 ')}`)),
    },
    {
      // K-错误 (三证合一) and national/credit-code-valid: the old organisation code becomes the credit code containing it.
      name: 'a pre-三证合一 organisation code corrected to the credit code that contains it',
      form: makeChange('change-subject', 'enterprise', (f) => {
        f.filed!.certNumber = ORG_CODE;
        f.subject!.certNumber = UPGRADED;
      }),
    },
    {
      name: 'an old 15-digit registration number replaced by a credit code under the same name',
      form: makeChange('change-subject', 'enterprise', (f) => {
        f.filed!.certNumber = '440301000123456';
        f.subject!.certNumber = UPGRADED;
      }),
    },
    {
      name: 'a person becoming a unit (another rule judges it)',
      form: makeChange('change-subject', 'enterprise', (f) => {
        f.filed!.subjectNature = 'individual';
        f.filed!.certNumber = '110101199003071234';
      }),
    },
  ],
  invalid: [
    {
      // K-错误: a wrong number is corrected by a change; P23: the number is fixed. Sources disagree → warning.
      name: 'a different credit code under the same unit name',
      form: makeChange('change-subject', 'enterprise', (f) => void (f.subject!.certNumber = NEW_CODE)),
      issues: [{ field: 'subject.certNumber', message: 'numberCorrected' }],
    },
    {
      name: 'an organisation code replaced by a credit code of another organisation',
      form: makeChange('change-subject', 'enterprise', (f) => {
        f.filed!.certNumber = ORG_CODE;
        f.subject!.certNumber = NEW_CODE;
      }),
      issues: [{ field: 'subject.certNumber', message: 'numberCorrected' }],
    },
    {
      // K-错误: 给其他单位使用 → 变更备案（仅部分省份支持）; K-变更 / R-rules: cancel and re-file.
      name: 'company A handed to company B in 广东',
      form: makeChange('change-subject', 'enterprise', (f) => {
        f.subject!.name = '深圳市另一科技有限公司';
        f.subject!.certNumber = NEW_CODE;
      }),
      issues: [{ field: 'subject.certNumber', message: 'subjectSwapped' }],
    },
    {
      // K-管局: 山东 支持A公司变为B公司的变更备案，要求法定代表人是同一个人.
      name: 'company A handed to company B in 山东',
      form: makeChange('change-subject', 'enterprise', (f) => {
        f.province = 'SD';
        f.filed!.province = 'SD';
        f.subject!.name = '济南市另一科技有限公司';
        f.subject!.certNumber = NEW_CODE;
      }),
      issues: [{ field: 'subject.certNumber', message: 'subjectSwappedShandong' }],
    },
  ],
  notApplicable: [
    { name: 'a first filing', form: makeForm('enterprise') },
    { name: 'a personal subject', form: makeChange('change-subject', 'individual') },
  ],
  unknown: [
    {
      name: 'the filed number was not read',
      form: makeChange('change-subject', 'enterprise', (f) => void delete f.filed!.certNumber),
      missing: ['filed.certNumber'],
    },
  ],
});
