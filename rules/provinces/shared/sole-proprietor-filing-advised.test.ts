import { testRule } from '../../../test/support/rule-tester';
import { personal, soleProprietor, unit } from '../../../test/support/province-forms';
import rule from './sole-proprietor-filing-advised';

testRule(rule, {
  valid: [
    { name: 'BJ: enterprise with a seal', form: soleProprietor('BJ', (f) => void (f.declarations = { hasSeal: true })) },
    { name: 'GZ: no trade name, as individual', form: personal('GZ', 'GZ', (f) => void (f.declarations = { soleProprietor: true, hasTradeName: false })) },
    {
      name: 'SX: no trade name (no documented choice)',
      form: personal('SX', 'SX', (f) => void (f.declarations = { soleProprietor: true, hasTradeName: false })),
    },
    { name: 'HN: ordinary company without a seal answer', form: unit('HN') },
  ],
  invalid: [
    // TC 北京: 个体工商户 must file as enterprise and have a seal.
    {
      name: 'BJ: filed as individual, no seal',
      form: personal('BJ', 'BJ', (f) => void (f.declarations = { soleProprietor: true, hasSeal: false })),
      issues: [
        { field: 'subject.nature', message: 'fileAsEnterprise' },
        { field: 'declarations.hasSeal', message: 'sealRequired' },
      ],
    },
    // TC 贵州 / 江西: without a trade name → personal filing.
    {
      name: 'GZ: no trade name, filed as enterprise',
      form: soleProprietor('GZ', (f) => void (f.declarations = { hasTradeName: false })),
      issues: [{ field: 'subject.nature', message: 'fileAsIndividual' }],
    },
    {
      name: 'JX: no trade name, filed as enterprise',
      form: soleProprietor('JX', (f) => void (f.declarations = { hasTradeName: false })),
      issues: [{ field: 'subject.nature', message: 'fileAsIndividual' }],
    },
    // TC 广西 / 陕西: 个体工商户 → enterprise.
    {
      name: 'GX: filed as individual',
      form: personal('GX', 'GX', (f) => void (f.declarations = { soleProprietor: true })),
      issues: [{ field: 'subject.nature', message: 'fileAsEnterprise' }],
    },
    {
      name: 'SN: filed as individual',
      form: personal('SN', 'SN', (f) => void (f.declarations = { soleProprietor: true })),
      issues: [{ field: 'subject.nature', message: 'fileAsEnterprise' }],
    },
    // TC 山西: with a trade name → enterprise.
    {
      name: 'SX: trade name, filed as individual',
      form: personal('SX', 'SX', (f) => void (f.declarations = { soleProprietor: true, hasTradeName: true })),
      issues: [{ field: 'subject.nature', message: 'fileAsEnterprise' }],
    },
    // TC 江苏: a 个体工商户 found in gsxt files as an enterprise.
    {
      name: 'JS: filed as individual',
      form: personal('JS', 'JS', (f) => void (f.declarations = { soleProprietor: true })),
      issues: [{ field: 'subject.nature', message: 'fileAsEnterprise' }],
    },
    // HW P25 湖南: a 工作室 with a licence but no matching seal cannot file.
    {
      name: 'HN: no seal',
      form: soleProprietor('HN', (f) => void (f.declarations = { hasSeal: false })),
      issues: [{ field: 'declarations.hasSeal', message: 'sealRequired' }],
    },
  ],
  notApplicable: [{ name: 'province outside the rule', form: soleProprietor('ZJ') }],
});
