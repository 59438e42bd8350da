import { looksLikeOldRegistrationNumber, looksLikeOrganisationCode, parseCreditCode, type CreditCodeProblem } from '../checks/credit-code';
import { defineRule } from '../engine/types';
import { UNIT_NATURES } from '../model/vocabulary';
import { unitCreditCode } from './_identity';

const MESSAGE: Record<CreditCodeProblem, 'format' | 'letters' | 'checkChar' | 'region'> = {
  format: 'format',
  letters: 'letters',
  'check-char': 'checkChar',
  region: 'region',
};

/**
 * Since 三证合一 (2015-10-01) a unit's certificate number is its 18-character 统一社会信用代码
 * (GB 32100). Huawei lists the old 9-character 组织机构代码 as a reason for the correction
 * notice 证件号码错误 (P02, P44), and a code that fails its own check character cannot match
 * the registry that MIIT verifies against.
 */
export default defineRule({
  id: 'national/credit-code-valid',
  severity: 'error',
  family: 'identity',
  scope: { natures: UNIT_NATURES },
  reads: ['subject.certType', 'subject.certNumber'],
  texts: {
    'zh-CN': {
      title: '单位证件号码须为有效的统一社会信用代码',
      messages: {
        organisationCode: '证件号码是9位的旧组织机构代码。2015年10月1日“三证合一”后应填写18位统一社会信用代码，否则会被要求整改“证件号码错误”。',
        oldRegistrationNumber: '证件号码是15位的旧营业执照注册号，请改填换发后执照上的18位统一社会信用代码。',
        format: '统一社会信用代码应为18位：第3至8位是数字，其余为数字或大写字母。',
        letters: '统一社会信用代码不使用字母 I、O、S、V、Z，请检查是否把数字 0、1、5 等输成了字母。',
        checkChar: '统一社会信用代码最后一位校验码不对，可能有字符输错或前后颠倒。',
        region: '统一社会信用代码第3至8位不是有效的行政区划代码。',
      },
      why: '“三证合一”后，营业执照等单位证件以统一社会信用代码为唯一号码（GB 32100）。旧组织机构代码或校验不通过的号码无法与登记信息核对，华为云的备案说明将“使用旧组织机构代码”列为整改原因“证件号码错误”。',
      fix: '对照证件原件填写18位统一社会信用代码；证件仍是旧版的，先到登记机关换发新证。',
    },
    en: {
      title: "The unit's certificate number must be a valid unified social credit code",
      messages: {
        organisationCode:
          'The certificate number is an old 9-character organisation code. Since the 2015-10-01 licence merger the 18-character unified social credit code is required; the old code leads to a "wrong certificate number" correction notice.',
        oldRegistrationNumber:
          'The certificate number is the 15-digit registration number of an old business licence; enter the 18-character credit code of the re-issued licence.',
        format: 'A unified social credit code has 18 characters: characters 3–8 are digits, the rest digits or capital letters.',
        letters: 'Credit codes never use the letters I, O, S, V or Z; check whether a 0, 1 or 5 was typed as a letter.',
        checkChar: 'The check character of the credit code is wrong; a character was probably mistyped or two were swapped.',
        region: 'Characters 3–8 of the credit code are not a valid administrative division code.',
      },
      why: "Since the licence merger, business licences and other unit certificates are identified by the unified social credit code (GB 32100). An old organisation code or a code that fails its check cannot be matched with the registry, and Huawei Cloud's filing documentation names the old organisation code as the cause of the 'wrong certificate number' correction notice.",
      fix: 'Copy the 18-character credit code from the original certificate; if the certificate is still an old one, have it re-issued first.',
    },
  },
  citations: { 'zh-CN': ['华为云的备案说明'], en: ["Huawei Cloud's filing documentation"] },
  sources: ['GB-32100', 'P02', 'P44', 'P16'],
  reviewedAt: '2026-11-29',
  check(form) {
    const code = unitCreditCode(form);
    if (!code) return [];
    const field = 'subject.certNumber';
    if (looksLikeOrganisationCode(code)) return [{ field, message: 'organisationCode' as const }];
    if (looksLikeOldRegistrationNumber(code)) return [{ field, message: 'oldRegistrationNumber' as const }];
    const parsed = parseCreditCode(code);
    return parsed.ok ? [] : [{ field, message: MESSAGE[parsed.problem] }];
  },
});
