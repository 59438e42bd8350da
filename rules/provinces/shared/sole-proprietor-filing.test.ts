import { testRule } from '../../../test/support/rule-tester';
import type { FilingForm } from '../../model/filing-form';
import type { Mutable } from '../../../test/support/make-form';
import { personal, soleProprietor, unit } from '../../../test/support/province-forms';
import rule from './sole-proprietor-filing';

/** A sole proprietorship without a trade name filed as an individual (its operator's ID card). */
const noTradeNameAsPerson = (code: Parameters<typeof personal>[0], remark: string) =>
  personal(code, code, (f) => {
    f.declarations = { soleProprietor: true, hasTradeName: false };
    f.subject!.remark = remark;
  });
const noTradeName = (f: Mutable<FilingForm>, more: Partial<NonNullable<FilingForm['declarations']>> = {}) =>
  void (f.declarations = { ...f.declarations, hasTradeName: false, ...more });

testRule(rule, {
  valid: [
    { name: 'HE: with trade name, as enterprise', form: soleProprietor('HE', (f) => void (f.declarations = { hasTradeName: true })) },
    { name: 'HE: no trade name, as individual with the remark', form: noTradeNameAsPerson('HE', '个体工商户无工商字号，网站用于介绍本店商品。') },
    { name: 'HI: no trade name, as individual with the remark', form: noTradeNameAsPerson('HI', '无字号工商户') },
    {
      name: 'AH: no trade name, operator name and remark',
      form: soleProprietor('AH', (f) => {
        noTradeName(f);
        f.subject!.name = '李四';
        f.subject!.remark = '无字号无公章个体工商户';
      }),
    },
    {
      name: 'ZJ: no trade name, "姓名（个体工商户）" and a seal',
      form: soleProprietor('ZJ', (f) => {
        noTradeName(f, { hasSeal: true });
        f.subject!.name = '李四（个体工商户）';
      }),
    },
    { name: 'HL: enterprise, operator is the principal', form: soleProprietor('HL') },
    { name: 'HB: trade name unknown, nothing to judge', form: soleProprietor('HB') },
    { name: 'ordinary company', form: unit('ZJ', (f) => void (f.declarations = { hasSeal: false })) },
  ],
  invalid: [
    // 河北 P10: with a 字号 the 个体工商户 files as 企业.
    {
      name: 'HE: trade name, filed as individual',
      form: personal('HE', 'HE', (f) => void (f.declarations = { soleProprietor: true, hasTradeName: true })),
      issues: [{ field: 'subject.nature', message: 'fileAsEnterprise' }],
    },
    // 河北 P10: without 字号 → 个人 + remark "个体工商户无工商字号".
    {
      name: 'HE: no trade name, filed as enterprise without the remark',
      form: soleProprietor('HE', (f) => noTradeName(f)),
      issues: [
        { field: 'subject.nature', message: 'fileAsIndividual' },
        { field: 'subject.remark', message: 'remarkMissing' },
      ],
    },
    // 海南 S1: remark "无字号工商户".
    { name: 'HI: no trade name, remark missing', form: noTradeNameAsPerson('HI', '个人小店'), issues: [{ field: 'subject.remark', message: 'remarkMissing' }] },
    // 安徽 P27: always 企业; operator's name + "无字号无公章个体工商户".
    {
      name: 'AH: no trade name, filed as individual, shop name, no remark',
      form: personal('AH', 'AH', (f) => {
        f.declarations = { soleProprietor: true, hasTradeName: false };
        f.subject!.name = '示例小店';
      }),
      issues: [
        { field: 'subject.nature', message: 'fileAsEnterprise' },
        { field: 'subject.remark', message: 'remarkMissing' },
        { field: 'subject.name', message: 'nameOperator' },
      ],
    },
    // 浙江 P39: must have a seal; no 字号 → "姓名（个体工商户）".
    {
      name: 'ZJ: no trade name, plain shop name, no seal',
      form: soleProprietor('ZJ', (f) => noTradeName(f, { hasSeal: false })),
      issues: [
        { field: 'subject.name', message: 'nameOperatorSuffix' },
        { field: 'declarations.hasSeal', message: 'sealRequired' },
      ],
    },
    // 湖北 P28: no 字号 → the legal representative's name.
    { name: 'HB: no trade name, shop name', form: soleProprietor('HB', (f) => noTradeName(f)), issues: [{ field: 'subject.name', message: 'nameOperator' }] },
    // 黑龙江 P25: the 个体工商户's legal rep must be the 负责人.
    {
      name: 'HL: someone else as principal',
      form: soleProprietor('HL', (f) => void (f.subject!.principal!.isLegalRepresentative = false)),
      issues: [{ field: 'subject.principal.isLegalRepresentative', message: 'operatorMustBePrincipal' }],
    },
  ],
  notApplicable: [{ name: 'province outside the rule', form: soleProprietor('SH') }],
});
