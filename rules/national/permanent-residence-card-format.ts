import { flatMap } from '../checks/arrays';
import { parsePermanentResidenceNumber } from '../checks/id-card';
import { defineRule, type Issue } from '../engine/types';
import { personalIdDocuments } from './_identity';
import { PERMANENT_RESIDENCE_CARD_SOURCE } from './_permit-sources';

/**
 * Number shapes of the 外国人永久居留身份证, a personal document the consoles accept for
 * foreign residents (national/certificate-type-allowed): 15 characters (3 Latin letters and 12
 * digits) on the cards issued until 2023-11-30, 18 on the card issued since (17 digits starting
 * with 9, then a GB 11643 check character). The rules come from third-party reprints of the
 * National Immigration Administration's machine-readable rules, so a mismatch is a warning.
 */
export default defineRule({
  id: 'national/permanent-residence-card-format',
  severity: 'warning',
  family: 'identity',
  scope: {},
  reads: ['subject.principal.idType', 'subject.principal.idNumber'],
  alsoReads: [
    'apps[].principal.idNumber',
    'apps[].principal.idType',
    'apps[].principal.name',
    'apps[].principal.sameAsSubjectPrincipal',
    'subject.certNumber',
    'subject.certType',
    'subject.name',
    'subject.principal.name',
    'websites[].principal.idNumber',
    'websites[].principal.idType',
    'websites[].principal.name',
    'websites[].principal.sameAsSubjectPrincipal',
  ],
  texts: {
    'zh-CN': {
      title: '外国人永久居留身份证号码格式',
      messages: {
        format: '{owner}的外国人永久居留身份证号码应为18位（2023年12月起签发的新版：以9开头的17位数字加1位校验码）或15位（旧版：3位字母加12位数字）。',
        checkDigit: '{owner}的外国人永久居留身份证号码最后一位校验码不对，可能有数字输错或前后颠倒。',
      },
      why: '2023年12月1日起签发的新版外国人永久居留身份证号码参照公民身份号码编制：18位，首位为9，最后一位按 MOD 11-2 计算校验码；此前签发、仍在有效期内的永居证号码为15位，由3位代表国籍的拉丁字母和12位数字组成。格式不符通常是误填了护照号码或漏输、错输了数字，身份核验将无法通过。',
      fix: '对照永居证原件填写证件号码；新版证件最后一位是 X 时输入字母 X。持护照备案时请改选护照类型。',
    },
    en: {
      title: 'Number format of the foreign permanent resident ID card',
      messages: {
        format:
          "The {owner}'s foreign permanent resident ID card number must have 18 characters (the card issued since December 2023: 17 digits starting with 9, then a check character) or 15 (older cards: 3 letters and 12 digits).",
        checkDigit:
          "The check character of the {owner}'s foreign permanent resident ID card number is wrong; a digit was probably mistyped or two were swapped.",
      },
      why: 'The foreign permanent resident ID card issued since 1 December 2023 carries a number modelled on the citizen identity number: 18 characters, starting with 9, the last a MOD 11-2 check character. Earlier cards, still valid, carry 15 characters: 3 Latin letters for the nationality and 12 digits. Another shape usually means a passport number was typed or a digit was dropped or mistyped, and identity verification fails.',
      fix: 'Copy the number from the card itself; type the letter X when the last character of a new card is X. If you file with a passport, choose the passport type instead.',
    },
  },
  sources: [PERMANENT_RESIDENCE_CARD_SOURCE, 'GB-11643', 'HW-verify-type'],
  reviewedAt: '2026-12-07',
  check(form) {
    return flatMap(personalIdDocuments(form), (doc): Issue<'format' | 'checkDigit'>[] => {
      if (doc.type !== 'foreign-permanent-residence') return [];
      const parsed = parsePermanentResidenceNumber(doc.number);
      if (parsed.ok) return [];
      return [{ field: doc.field, message: parsed.problem === 'format' ? ('format' as const) : ('checkDigit' as const), params: { owner: doc.owner } }];
    });
  },
});
