import { testRule } from '../../../test/support/rule-tester';
import { soleProprietor, unit } from '../../../test/support/province-forms';
import rule from './sole-proprietor-no-seal';

testRule(rule, {
  valid: [
    { name: 'HB: has a seal', form: soleProprietor('HB', (f) => void (f.declarations = { hasSeal: true })) },
    { name: 'HL: seal not asked yet', form: soleProprietor('HL') },
    { name: 'GX: ordinary company without a seal answer', form: unit('GX', (f) => void (f.declarations = { hasSeal: false, soleProprietor: false })) },
  ],
  invalid: (['HB', 'HL', 'GX'] as const).map((code) => ({
    // 湖北 P28 signature / 黑龙江 P25 fingerprint / 广西 TC remark, instead of the missing seal.
    name: `${code}: sole proprietorship without a seal`,
    form: soleProprietor(code, (f) => void (f.declarations = { hasSeal: false })),
    issues: [{ field: 'declarations.hasSeal', message: 'substitute' }],
  })),
  notApplicable: [{ name: 'province outside the rule', form: soleProprietor('ZJ', (f) => void (f.declarations = { hasSeal: false })) }],
});
