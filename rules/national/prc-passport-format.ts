import { isPrcPassport, looksLikePrcPassportSeries } from '../checks/permits';
import { defineRule } from '../engine/types';
import { personalIdDocuments } from './_identity';
import { PASSPORT_FORMAT_SOURCE } from './_permit-sources';

/**
 * Passports are accepted for foreign nationals and for some principals; the form does
 * not say which country issued one. Only numbers that start like the PRC ordinary
 * series (E…, G…) yet break its shape are mentioned, and only as advice, because other
 * countries also issue passports starting with E or G (Singapore: E + 7 digits + letter).
 */
export default defineRule({
  id: 'national/prc-passport-format',
  severity: 'info',
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
      title: '中国护照号码格式',
      messages: {
        prcPassport: '如果{owner}的护照是中国护照，号码应为 E 加 8 位数字、E 加 1 个字母（不含 I、O）再加 7 位数字，或 G 加 8 位数字；外国护照请忽略本提示。',
      },
      why: '中国普通护照号码为 9 位：2017年4月前为 E 加 8 位数字，此后为 E 加字母加 7 位数字，旧版为 G 加 8 位数字。号码抄错会导致身份核验不通过。',
      fix: '对照护照资料页右上角的号码重新填写，注意字母 O 与数字 0 的区别。',
    },
    en: {
      title: 'PRC passport number format',
      messages: {
        prcPassport:
          "If the {owner}'s passport is a PRC passport, its number is E + 8 digits, E + a letter (not I or O) + 7 digits, or G + 8 digits; ignore this for a foreign passport.",
      },
      why: 'PRC ordinary passports have 9-character numbers: E + 8 digits until April 2017, E + letter + 7 digits since, G + 8 digits for the older series. A miscopied number fails identity verification.',
      fix: 'Copy the number from the top right of the data page; mind the letter O versus the digit 0.',
    },
  },
  sources: [PASSPORT_FORMAT_SOURCE],
  reviewedAt: '2026-11-29',
  check(form) {
    return personalIdDocuments(form)
      .filter((doc) => doc.type === 'passport' && looksLikePrcPassportSeries(doc.number) && !isPrcPassport(doc.number))
      .map((doc) => ({ field: doc.field, message: 'prcPassport' as const, params: { owner: doc.owner } }));
  },
});
