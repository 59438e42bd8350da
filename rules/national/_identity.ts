/**
 * Helpers shared by the national identity rules. Not a rule: the `_` prefix keeps it out
 * of the registry.
 */
import { perRun } from '../engine/per-run';
import type { Bilingual } from '../engine/types';
import type { FilingForm } from '../model/filing-form';
import { compactCode } from '../model/normalize';
import type { CertificateType, PersonalIdType } from '../model/vocabulary';
import { people } from './_services';

/** An identity number as the rules compare it: no spaces or dashes, upper case. */
export function idKey(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const key = compactCode(value);
  return key === '' ? undefined : key;
}

/** One identity document to judge: its type, number and where the number was typed. */
export interface IdDocument {
  readonly field: string;
  readonly type: CertificateType | undefined;
  readonly number: string;
  readonly owner: Bilingual;
  readonly name: string | undefined;
}

/** How messages name a personal subject (the 主办单位 of a personal filing is the person). */
export const SUBJECT_OWNER: Bilingual = { 'zh-CN': '主办者', en: 'individual subject' };

/** "a、b或c" / "a, b or c". */
export function listOf(items: readonly string[], separator: string, last: string): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(separator)}${last}${items[items.length - 1]}`;
}

/**
 * Every personal identity document in the form with a non-empty number: the subject's
 * certificate when the subject is a person, then each principal's ID (同主体负责人 copies skipped).
 */
export function personalIdDocuments(form: FilingForm): IdDocument[] {
  return personalIdDocumentsOnce(form);
}

const personalIdDocumentsOnce = perRun(function listPersonalIdDocuments(form: FilingForm): IdDocument[] {
  const out: IdDocument[] = [];
  const subject = form.subject;
  const subjectNumber = idKey(subject?.certNumber);
  if (subject?.nature === 'individual' && subjectNumber) {
    out.push({ field: 'subject.certNumber', type: subject.certType, number: subjectNumber, owner: SUBJECT_OWNER, name: subject.name });
  }
  for (const { path, principal, owner } of people(form)) {
    const number = idKey(principal.idNumber);
    if (number) out.push({ field: `${path}.idNumber`, type: principal.idType, number, owner, name: principal.name });
  }
  return out;
});

/** Documents that carry a 公民身份号码 (GB 11643): the resident ID card and the HK/MO/TW residence permits. */
export const CITIZEN_NUMBER_TYPES: readonly PersonalIdType[] = ['resident-id', 'hk-mo-residence-permit', 'tw-residence-permit'];

/** A person's name as two spellings are compared: no spaces, one kind of middle dot (阿依古丽·买买提), case-folded. */
export function nameKey(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const key = value
    .replace(/\s+/g, '')
    .replace(/[·•‧・．.]/g, '·')
    .toLowerCase();
  return key === '' ? undefined : key;
}

/**
 * Unit certificates whose number is the 统一社会信用代码 since 三证合一 (2015-10-01): the
 * business licence (P02, P44, P25, P39), the credit-code certificate, and the organisation-code
 * certificate it replaced.
 */
export const CREDIT_CODE_CERTS: readonly CertificateType[] = ['business-licence', 'uscc-certificate', 'organisation-code'];

/**
 * Unit certificates re-issued with the credit code printed on them (事业单位法人证书, 社会团体,
 * 民办非企业, 基金会, 律所 …). Their number field may hold the credit code or an older
 * registration number, so only an 18-character value is judged as a credit code.
 */
export const MAYBE_CREDIT_CODE_CERTS: readonly CertificateType[] = [
  'institution-legal-person',
  'social-organisation-registration',
  'private-non-enterprise-registration',
  'social-service-organisation',
  'foundation-registration',
  'law-firm-licence',
  'notary-licence',
  'judicial-expertise-licence',
  'religious-venue-registration',
  'collective-economy-registration',
  'arbitration-registration',
];

/** The unit's credit code as typed (compacted), when its certificate carries one and the value is meant as one. */
export function unitCreditCode(form: FilingForm): string | undefined {
  const subject = form.subject;
  if (!subject || subject.nature === undefined || subject.nature === 'individual' || !subject.certType) return undefined;
  const code = idKey(subject.certNumber);
  if (!code) return undefined;
  if (CREDIT_CODE_CERTS.includes(subject.certType)) return code;
  if (MAYBE_CREDIT_CODE_CERTS.includes(subject.certType) && code.length === 18) return code;
  return undefined;
}
