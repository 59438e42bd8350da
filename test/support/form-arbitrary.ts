/**
 * fast-check arbitraries of filing forms: every field optional, values people type
 * (full-width digits, markup, very long strings) mixed with values that look right so
 * rules get past their first guard.
 */
import fc from 'fast-check';
import type { FilingForm } from '../../rules/model/filing-form';
import { PROVINCE_CODES } from '../../rules/model/provinces';
import {
  APP_PLATFORMS,
  CERTIFICATE_TYPES,
  FILING_TYPES,
  LANGUAGES,
  PRE_APPROVAL_CATEGORIES,
  RESOURCE_TYPES,
  SERVICE_CONTENT,
  SUBJECT_NATURES,
} from '../../rules/model/vocabulary';
import { makeCreditCode, makeIdNumber } from './synthetic-ids';

const ids = <T extends object>(o: T) => Object.keys(o) as (keyof T & string)[];
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
export const date = fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
/** Strings people type, plus values that look right, so rules get past their first guard. */
const text = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom(
    '',
    ' ',
    '１３８００１３８０００',
    '13800138000',
    'www.example.com',
    'example.cn',
    '中国示例网',
    '<img src=x onerror=alert(1)>',
    'a'.repeat(500),
  ),
  fc.constantFrom(makeIdNumber(), makeIdNumber({ region: '810000' }), makeCreditCode(), makeCreditCode({ authority: '1', classCode: '2', region: '530100' })),
);
const principalFields = {
  name: text,
  idType: fc.constantFrom(...ids(CERTIFICATE_TYPES)),
  idNumber: text,
  idValidFrom: date,
  idValidTo: date,
  idLongTerm: fc.boolean(),
  mobile: text,
  emergencyPhone: text,
  email: text,
  officePhone: text,
  isLegalRepresentative: fc.boolean(),
};
const subjectPrincipal = fc.record(principalFields, { requiredKeys: [] });
const principal = fc.record({ ...principalFields, sameAsSubjectPrincipal: fc.boolean() }, { requiredKeys: [] });
const preApproval = fc.record(
  { category: fc.constantFrom(...ids(PRE_APPROVAL_CATEGORIES)), number: text, validUntil: date, documentUploaded: fc.boolean() },
  { requiredKeys: [] },
);
const website = fc.record(
  {
    name: text,
    domains: fc.array(text, { maxLength: 4 }),
    homepageUrls: fc.array(text, { maxLength: 3 }),
    ipRanges: fc.array(fc.record({ start: text, end: text }, { requiredKeys: [] }), { maxLength: 3 }),
    serviceContent: fc.uniqueArray(fc.constantFrom(...ids(SERVICE_CONTENT)), { maxLength: 4 }),
    languages: fc.uniqueArray(fc.constantFrom(...ids(LANGUAGES)), { maxLength: 3 }),
    preApprovals: fc.array(preApproval, { maxLength: 3 }),
    remark: text,
    principal,
  },
  { requiredKeys: [] },
);
const app = fc.record(
  {
    name: text,
    iconBytes: fc.nat(),
    platforms: fc.array(
      fc.record({ platform: fc.constantFrom(...ids(APP_PLATFORMS)), packageName: text, publicKey: text, signatureMd5: text }, { requiredKeys: [] }),
      { maxLength: 3 },
    ),
    domains: fc.array(text, { maxLength: 3 }),
    ips: fc.array(text, { maxLength: 3 }),
    serviceContent: fc.array(text, { maxLength: 2 }),
    preApprovals: fc.array(preApproval, { maxLength: 2 }),
    remark: text,
    principal,
  },
  { requiredKeys: [] },
);
export const formArbitrary: fc.Arbitrary<FilingForm> = fc.record(
  {
    filingType: fc.constantFrom(...ids(FILING_TYPES)),
    province: fc.constantFrom(...PROVINCE_CODES),
    subject: fc.record(
      {
        nature: fc.constantFrom(...ids(SUBJECT_NATURES)),
        name: text,
        certType: fc.constantFrom(...ids(CERTIFICATE_TYPES)),
        certNumber: text,
        certAddress: text,
        mailingAddress: fc.record({ province: text, city: text, district: text, detail: text }, { requiredKeys: [] }),
        investor: text,
        remark: text,
        principal: subjectPrincipal,
      },
      { requiredKeys: [] },
    ),
    websites: fc.array(website, { maxLength: 3 }),
    apps: fc.array(app, { maxLength: 2 }),
    resource: fc.record({ type: fc.constantFrom(...ids(RESOURCE_TYPES)), authCode: text }, { requiredKeys: [] }),
    domainRecords: fc.array(fc.record({ domain: text, holder: opt(text), holderCertNumber: opt(text), expiresOn: opt(date), realNameVerifiedOn: opt(date) }), {
      maxLength: 3,
    }),
    // What a change or cancellation order shows of the current record.
    filed: fc.record(
      {
        recordNumber: text,
        province: fc.constantFrom(...PROVINCE_CODES),
        subjectNature: fc.constantFrom(...ids(SUBJECT_NATURES)),
        subjectName: text,
        certNumber: text,
        websites: fc.array(fc.record({ name: text, domains: fc.array(text, { maxLength: 3 }), recordNumber: text }, { requiredKeys: [] }), { maxLength: 3 }),
        apps: fc.array(fc.record({ name: text, recordNumber: text }, { requiredKeys: [] }), { maxLength: 2 }),
        otherAccessProviders: fc.nat({ max: 3 }),
      },
      { requiredKeys: [] },
    ),
    materials: fc.dictionary(fc.string(), fc.nat()),
    declarations: fc.record(
      {
        filedServiceCount: fc.nat({ max: 100 }),
        residenceProof: fc.constantFrom('residence-permit', 'temporary-residence-permit', 'none'),
        residenceProofValidTo: date,
        nationalLevelUnit: fc.boolean(),
        soleProprietor: fc.boolean(),
        hasTradeName: fc.boolean(),
        hasSeal: fc.boolean(),
        videoCheckRequested: fc.boolean(),
        changedFields: fc.array(fc.constantFrom('subject.name', 'subject.principal.mobile', 'websites[0].name', 'websites[0].domains', 'apps[0].name'), {
          maxLength: 3,
        }),
        mobilesLocal: fc.boolean(),
        registrarApproved: fc.boolean(),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<FilingForm>;
