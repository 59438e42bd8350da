/**
 * The filing form: what the user entered in a filing console, never how a console lays
 * it out. Every leaf is optional: absent = unknown (the adapter could not read it), an
 * empty string = the user left the field empty. This module uses zod and is imported
 * only where input is validated (CLI, tests, JSON Schema export); page code uses the
 * inferred types alone, so zod stays out of the content-script bundle.
 */
import { z } from 'zod';
import { PROVIDER_IDS } from './providers';
import { parseProvince, type ProvinceCode } from './provinces';
import {
  APP_PLATFORMS,
  CERTIFICATE_TYPES,
  FILING_TYPES,
  LANGUAGES,
  PRE_APPROVAL_CATEGORIES,
  RESOURCE_TYPES,
  SERVICE_CONTENT,
  SUBJECT_NATURES,
} from './vocabulary';

const keys = <T extends Record<string, unknown>>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD');
const text = z.string();

/** Accepts the ISO 3166-2:CN code (GD, CN-GD) or the Chinese name (广东, 广东省); normalizeForm turns it into the code. */
export const ProvinceSchema = z
  .string()
  .refine((value) => parseProvince(value) !== undefined, 'a province: ISO 3166-2:CN code (GD) or Chinese name (广东 / 广东省)')
  .describe('地域: ISO 3166-2:CN code (GD) or Chinese name (广东 / 广东省)');

export const PrincipalSchema = z
  .object({
    name: text.optional().describe('姓名'),
    idType: z.enum(keys(CERTIFICATE_TYPES)).optional().describe('证件类型'),
    idNumber: text.optional().describe('证件号码'),
    idValidFrom: isoDate.optional().describe('证件有效期 起始'),
    idValidTo: isoDate.optional().describe('证件有效期 截止'),
    idLongTerm: z.boolean().optional().describe('证件长期有效'),
    mobile: text.optional().describe('手机号码'),
    emergencyPhone: text.optional().describe('应急联系电话'),
    email: text.optional().describe('电子邮箱'),
    officePhone: text.optional().describe('办公室电话'),
    isLegalRepresentative: z.boolean().optional().describe('是否为法定代表人 (asked by the side panel when the console does not say)'),
  })
  .strict();

export const ServicePrincipalSchema = PrincipalSchema.extend({
  sameAsSubjectPrincipal: z.boolean().optional().describe('同主体负责人'),
}).strict();

export const PreApprovalSchema = z
  .object({
    category: z.enum(keys(PRE_APPROVAL_CATEGORIES)).optional(),
    number: text.optional().describe('审批号'),
    validUntil: isoDate.optional().describe('审批文件有效期'),
    documentUploaded: z.boolean().optional(),
  })
  .strict();

export const IpRangeSchema = z.object({ start: text.optional(), end: text.optional() }).strict();

export const WebsiteSchema = z
  .object({
    name: text.optional().describe('网站名称'),
    domains: z.array(text).optional().describe('网站域名: the first is the main domain (主域名), the others 从域名'),
    homepageUrls: z.array(text).optional().describe('网站首页URL'),
    ipRanges: z.array(IpRangeSchema).optional().describe('IP地址段 起始/终止'),
    serviceContent: z
      .array(z.enum(keys(SERVICE_CONTENT)))
      .optional()
      .describe('网站服务内容'),
    languages: z
      .array(z.enum(keys(LANGUAGES)))
      .optional()
      .describe('网站语言'),
    preApprovals: z.array(PreApprovalSchema).optional().describe('前置审批: [] = none ticked (以上都不涉及)'),
    remark: text.optional().describe('网站备注'),
    principal: ServicePrincipalSchema.optional().describe('互联网信息服务负责人'),
  })
  .strict();

export const AppPlatformSchema = z
  .object({
    platform: z.enum(keys(APP_PLATFORMS)).optional(),
    packageName: text.optional().describe('包名 / Bundle ID'),
    publicKey: text.optional().describe('公钥'),
    signatureMd5: text.optional().describe('签名MD5 (iOS: SHA-1)'),
  })
  .strict();

export const AppSchema = z
  .object({
    name: text.optional().describe('APP名称'),
    iconBytes: z.number().int().nonnegative().optional().describe('APP图标 file size in bytes'),
    platforms: z.array(AppPlatformSchema).optional(),
    domains: z.array(text).optional(),
    ips: z.array(text).optional().describe('IP和域名信息: the IPs the domains resolve to'),
    serviceContent: z.array(text).optional().describe('APP服务内容 (free labels; the APP catalogue is not published)'),
    languages: z.array(z.enum(keys(LANGUAGES))).optional(),
    preApprovals: z.array(PreApprovalSchema).optional(),
    remark: text.optional(),
    principal: ServicePrincipalSchema.optional().describe('APP负责人'),
  })
  .strict();

export const AddressSchema = z
  .object({
    province: text.optional(),
    city: text.optional(),
    district: text.optional(),
    detail: text.optional().describe('street and door number'),
  })
  .strict();

export const SubjectSchema = z
  .object({
    nature: z.enum(keys(SUBJECT_NATURES)).optional().describe('主办单位性质'),
    name: text.optional().describe('主办单位名称'),
    certType: z.enum(keys(CERTIFICATE_TYPES)).optional().describe('主办单位证件类型'),
    certNumber: text.optional().describe('主办单位证件号码'),
    certAddress: text.optional().describe('证件住所'),
    mailingAddress: AddressSchema.optional().describe('通讯地址'),
    investor: text.optional().describe('投资者或上级主管单位'),
    remark: text.optional().describe('主体备注'),
    principal: PrincipalSchema.optional().describe('主体负责人'),
  })
  .strict();

export const DomainRecordSchema = z
  .object({
    domain: text.describe('the registered domain'),
    holder: text.optional().describe('域名持有者 (real-name holder)'),
    holderCertNumber: text.optional(),
    expiresOn: isoDate.optional().describe('registration expiry date'),
    realNameVerifiedOn: isoDate.optional().describe('date the real-name verification succeeded'),
  })
  .strict();

/**
 * What the MIIT record holds now, as a change or cancellation order shows it (greyed
 * values in the console). Rules compare the edited form with it: some fields may
 * never change (province, certificate number, the domain of a single-domain site).
 */
export const FiledRecordSchema = z
  .object({
    recordNumber: text.optional().describe('主体备案号, e.g. 粤ICP备12345678号'),
    province: ProvinceSchema.optional(),
    subjectNature: z.enum(keys(SUBJECT_NATURES)).optional(),
    subjectName: text.optional(),
    certNumber: text.optional(),
    websites: z.array(z.object({ name: text.optional(), domains: z.array(text).optional(), recordNumber: text.optional() }).strict()).optional(),
    apps: z.array(z.object({ name: text.optional(), recordNumber: text.optional() }).strict()).optional(),
    /** Access providers other than the one the order is made at still serving the filing (取消接入 leaves none → 空壳). */
    otherAccessProviders: z.number().int().nonnegative().optional(),
  })
  .strict();

/**
 * Facts a console does not ask but rules need; the side panel asks the user for them.
 * They describe the user's situation, not personal data.
 */
export const DeclarationsSchema = z
  .object({
    filedServiceCount: z.number().int().nonnegative().optional().describe('websites/apps already filed under this subject'),
    residenceProof: z
      .enum([
        'residence-permit',
        'temporary-residence-permit',
        'hk-mo-tw-residence-permit',
        'student-card',
        'property-certificate',
        'social-insurance',
        'employment-proof',
        'none',
      ])
      .optional()
      .describe('proof of local residence held by a person filing outside the province of the ID card'),
    residenceProofValidTo: isoDate.optional(),
    nationalLevelUnit: z.boolean().optional().describe('the unit is a national-level body (may use 中国/国家… in names)'),
    soleProprietor: z.boolean().optional().describe('个体工商户 (also derived from the credit code)'),
    hasTradeName: z.boolean().optional().describe('个体工商户 has a 字号'),
    hasSeal: z.boolean().optional().describe('the unit has an official seal'),
    videoCheckRequested: z.boolean().optional().describe('the provider asked for a video verification (Huawei Cloud: 视频核验 booked by mail)'),
    changedFields: z.array(text).optional().describe('field ids edited in a change filing'),
    mobilesLocal: z.boolean().optional().describe("the responsible persons' mobile numbers are registered in the filing province (号码归属地)"),
    registrarApproved: z
      .boolean()
      .optional()
      .describe("every domain in the order is registered at a registrar MIIT has approved (a domestic one; MIIT's domain verification fails the others)"),
    ipsProviderMainland: z
      .boolean()
      .optional()
      .describe("every IP of the order is a public IP of a mainland-China resource of the filing's provider (any account of it)"),
  })
  .strict();

export const FilingFormSchema = z
  .object({
    provider: z
      .enum(PROVIDER_IDS)
      .optional()
      .describe(
        "whose filing console the form is from (huawei, aliyun, tencent); absent = huawei. The CLI's --provider overrides it; rules never read it (they get the run's provider)",
      ),
    filingType: z.enum(keys(FILING_TYPES)).optional().describe('备案类型'),
    province: ProvinceSchema.optional().describe('地域 (province of the 管局)'),
    resource: z
      .object({ type: z.enum(keys(RESOURCE_TYPES)).optional(), authCode: text.optional() })
      .strict()
      .optional(),
    subject: SubjectSchema.optional(),
    websites: z.array(WebsiteSchema).optional(),
    apps: z.array(AppSchema).optional(),
    domainRecords: z.array(DomainRecordSchema).optional().describe('what the user knows of each domain registration'),
    filed: FiledRecordSchema.optional().describe('the current MIIT record, in change and cancellation orders'),
    materials: z
      .record(z.string(), z.number().int().nonnegative())
      .optional()
      .describe('uploaded materials: material id (or id@field for per-service slots) → number of files'),
    declarations: DeclarationsSchema.optional(),
  })
  .strict();

/** What a CLI user or an adapter hands in (province as typed). */
export type FilingFormInput = z.input<typeof FilingFormSchema>;
/** The normalised form the rules read: province as its code, text normalised (see normalize.ts). */
export type FilingForm = Omit<FilingFormInput, 'province' | 'filed'> & {
  province?: ProvinceCode;
  filed?: Omit<NonNullable<FilingFormInput['filed']>, 'province'> & { province?: ProvinceCode };
};
export type Subject = z.infer<typeof SubjectSchema>;
export type Principal = z.infer<typeof PrincipalSchema>;
export type ServicePrincipal = z.infer<typeof ServicePrincipalSchema>;
export type Website = z.infer<typeof WebsiteSchema>;
export type App = z.infer<typeof AppSchema>;
export type PreApproval = z.infer<typeof PreApprovalSchema>;
export type DomainRecord = z.infer<typeof DomainRecordSchema>;
export type Address = z.infer<typeof AddressSchema>;
export type FiledRecord = NonNullable<FilingForm['filed']>;

export function filingFormJsonSchema() {
  return z.toJSONSchema(FilingFormSchema, { target: 'draft-2020-12', io: 'input' });
}
