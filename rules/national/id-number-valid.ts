import { flatMap } from '../checks/arrays';
import { parseIdNumber, type IdNumberProblem } from '../checks/id-card';
import { defineRule } from '../engine/types';
import { CITIZEN_NUMBER_TYPES, personalIdDocuments } from './_identity';

const MESSAGE: Record<IdNumberProblem, 'format' | 'region' | 'birthDate' | 'checkDigit'> = {
  format: 'format',
  region: 'region',
  'birth-date': 'birthDate',
  'check-digit': 'checkDigit',
};

/**
 * A 居民身份证 or 港澳台居民居住证 carries an 18-character 公民身份号码 (GB 11643). A number
 * that fails its own structure cannot belong to anybody: the MIIT identity check and
 * the face check compare it with the public-security record, and Huawei rejects or
 * later orders a correction as 证件号码错误. Checked for the individual subject's
 * certificate and for every principal (subject, each website, each app).
 */
export default defineRule({
  id: 'national/id-number-valid',
  severity: 'error',
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
      title: '身份证件号码须符合公民身份号码规则',
      messages: {
        format: '{owner}的证件号码应为18位：前17位是数字，最后一位是数字或X。',
        region: '{owner}的证件号码前6位不是有效的地址码。',
        birthDate: '{owner}的证件号码第7至14位不是有效的出生日期。',
        checkDigit: '{owner}的证件号码最后一位校验码不对，可能有数字输错或前后颠倒。',
      },
      why: '居民身份证和港澳台居民居住证号码由地址码、出生日期、顺序码和校验码组成（GB 11643）。不符合规则的号码无法通过身份核验，会被驳回或在核查中要求整改“证件号码错误”。',
      fix: '对照证件原件逐位重新输入号码；最后一位是 X 时输入字母 X。',
    },
    en: {
      title: 'ID numbers must follow the citizen identity number rules',
      messages: {
        format: "The {owner}'s ID number must have 18 characters: 17 digits, then a digit or X.",
        region: "The first 6 digits of the {owner}'s ID number are not a valid address code.",
        birthDate: "Digits 7–14 of the {owner}'s ID number are not a valid birth date.",
        checkDigit: "The check character of the {owner}'s ID number is wrong; a digit was probably mistyped or two were swapped.",
      },
      why: 'Resident ID cards and HK/Macao/Taiwan residence permits carry a number made of an address code, the birth date, a sequence and a check character (GB 11643). A number that breaks these rules fails identity verification and is rejected or later flagged as a wrong certificate number.',
      fix: 'Retype the number digit by digit from the original card; type the letter X when the last character is X.',
    },
  },
  sources: ['GB-11643', 'P02', 'P44', 'K-驳回'],
  reviewedAt: '2026-11-29',
  check(form, ctx) {
    return flatMap(
      personalIdDocuments(form).filter((doc) => doc.type !== undefined && CITIZEN_NUMBER_TYPES.includes(doc.type as (typeof CITIZEN_NUMBER_TYPES)[number])),
      (doc) => {
        const parsed = parseIdNumber(doc.number, ctx.today);
        return parsed.ok ? [] : [{ field: doc.field, message: MESSAGE[parsed.problem], params: { owner: doc.owner } }];
      },
    );
  },
});
