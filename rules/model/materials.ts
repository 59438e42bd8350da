/**
 * The materials (资料) a filing may need, by id (sources: rules/sources.ts P25, K-材料). A rule
 * that needs a material only one province asks for may declare it in its own `materials` instead.
 * Names and how-tos may use the provider placeholders (`{providerApp}` …, rules/model/providers.ts),
 * which the engine fills for the run's provider.
 */
import type { ProviderId } from './providers';

export interface MaterialInfo {
  readonly zh: string;
  readonly en: string;
  /** Where to get it and what it must look like. */
  readonly howTo?: { readonly zh: string; readonly en: string };
  /** Done by a person rather than prepared as a document (the face check, the SMS verification): 待完成, not 待准备. */
  readonly process?: true;
  /**
   * The template to fill: its name, and where it is offered (`{providerTemplates}`, the run's
   * provider's, when `where` is absent).
   */
  readonly template?: { readonly zh: string; readonly en: string; readonly where?: { readonly zh: string; readonly en: string } };
  /** Who signs or seals it. */
  readonly signer?: { readonly zh: string; readonly en: string };
  /** Format and size limits, per provider, where the provider states them (others: ProviderInfo.uploadLimits, for any upload). */
  readonly limits?: Partial<Record<ProviderId, { readonly zh: string; readonly en: string }>>;
}

export const MATERIALS = {
  'subject-certificate': {
    zh: '主办单位证件',
    en: 'Subject certificate (business licence or other unit certificate)',
    howTo: {
      zh: '原件的彩色照片或扫描件，最新版本，四角完整、无反光；不接受复印件、电子执照或翻拍屏幕。',
      en: 'Colour photo or scan of the original, latest version, all corners visible, no glare; no photocopies, e-licences or photos of a screen.',
    },
  },
  'subject-principal-id': {
    zh: '主体负责人证件',
    en: "Subject principal's ID document",
    howTo: { zh: '证件原件正反面彩色照片，有效期需超过3个月。', en: 'Colour photos of both sides of the original; more than 3 months of validity left.' },
  },
  'service-principal-id': {
    zh: '互联网信息服务负责人证件',
    en: "Website/app principal's ID document",
    howTo: { zh: '证件原件正反面彩色照片，有效期需超过3个月。', en: 'Colour photos of both sides of the original; more than 3 months of validity left.' },
  },
  'authenticity-check': {
    zh: '真实性核验（人脸核验）',
    en: 'Authenticity check (face verification)',
    // A step the principal goes through in the provider's app, not a document (S5, P04, P11, P39).
    process: true,
    howTo: {
      zh: '由互联网信息服务负责人本人在{providerApp}中完成，白色背景，按提示动作。',
      en: 'Done by the website/app principal in person in {providerApp}: white background, follow the prompts.',
    },
  },
  // Template, signer and seal: P25 (备案材料模板下载: 主体负责人授权书, 各省份通用), P06, K-管局.
  'principal-authorisation': {
    zh: '主体负责人授权书',
    en: 'Authorisation letter for the subject principal',
    howTo: {
      zh: '{providerTemplates}中的模板，法定代表人签字并加盖单位公章。',
      en: 'The template from {providerTemplates}, signed by the legal representative and stamped with the unit seal.',
    },
    template: { zh: '主体负责人授权书', en: 'Subject principal authorisation letter (主体负责人授权书)' },
    signer: { zh: '法定代表人签字，并加盖单位公章', en: 'The legal representative signs; the unit seal is stamped on it' },
  },
  'service-principal-authorisation': {
    zh: '互联网信息服务负责人授权书（网站负责人授权书）',
    en: 'Authorisation letter for the website/app principal',
    howTo: {
      zh: '{providerTemplates}中的模板，法定代表人签字并加盖单位公章。',
      en: 'The template from {providerTemplates}, signed by the legal representative and stamped with the unit seal.',
    },
    // P25 (备案材料模板下载: ICP负责人授权书, 各省份通用), P06, K-管局.
    template: { zh: 'ICP负责人授权书（网站负责人授权书）', en: 'ICP principal authorisation letter (ICP负责人授权书)' },
    signer: { zh: '法定代表人签字，并加盖单位公章', en: 'The legal representative signs; the unit seal is stamped on it' },
  },
  'domain-certificate': {
    zh: '域名证书',
    en: 'Domain registration certificate',
    howTo: { zh: '在域名注册商控制台下载，持有者须与主办单位一致。', en: "Download it from the registrar's console; the holder must be the filing subject." },
  },
  'domain-real-name-screenshot': {
    zh: '域名所有者实名认证截图',
    en: "Screenshot of the domain owner's real-name verification",
    howTo: {
      zh: '注册商控制台中同时显示域名、持有者、证件类型、证件号码的页面截图（号码可部分打码）。',
      en: 'Screenshot of the registrar page showing domain, holder, certificate type and certificate number (numbers may be partly masked).',
    },
  },
  'pre-approval-document': {
    zh: '前置审批文件',
    en: 'Pre-approval document',
    howTo: { zh: '主管部门出具的有效批准文件，并填写审批号。', en: 'The valid approval issued by the competent authority, with its approval number.' },
  },
  'no-pre-approval-pledge': {
    zh: '不涉及前置审批承诺书',
    en: 'Pledge that the site involves no pre-approval content',
    howTo: { zh: '使用本省模板（不可跨省使用），手写签字。', en: "Use the province's own template (not valid across provinces), signed by hand." },
    // K-材料 (doc_0257): each province has its own template (Huawei: 各省不涉及前置审批承诺书模板下载).
    template: { zh: '本省的不涉及前置审批承诺书', en: "The province's own no-pre-approval pledge" },
  },
  'gov-domain-review-form': {
    zh: '政府网站域名业务审核表',
    en: 'Government website domain review form',
    howTo: {
      zh: '从{providerTemplates}获取表格，填写内容须与备案信息一致。',
      en: 'Get the form from {providerTemplates}; its contents must match the filing.',
    },
    // P43, P31, K-材料.
    template: { zh: '政府网站域名业务审核表', en: 'Government website domain review form (政府网站域名业务审核表)' },
  },
  'establishment-office-proof': {
    zh: '机构编制部门证明（编办证明）',
    en: 'Proof from the institutional establishment office',
    howTo: {
      zh: '由上级机构编制部门出具（不是云服务商提供的模板），内容须与备案信息一致。',
      en: "Issued by the superior establishment office (not a cloud provider's template); must match the filing.",
    },
  },
  'site-plan': {
    zh: '网站建设方案书',
    en: 'Website construction plan',
    howTo: { zh: '{providerTemplates}中的企业或个人网站建设方案书模板。', en: 'The enterprise or personal template from {providerTemplates}.' },
    // P25 (备案材料模板下载: 企业网站建设方案书, 个人网站建设方案书).
    template: { zh: '企业网站建设方案书 / 个人网站建设方案书', en: 'Enterprise or personal website construction plan (网站建设方案书)' },
  },
  'site-situation-statement': { zh: '网站情况说明书', en: 'Website situation statement' },
  'guarantee-letter': { zh: '保证书', en: 'Letter of guarantee' },
  'rename-letter': { zh: '工商更名函 / 变更证明', en: 'Change-of-name letter or change proof from the registering authority' },
  'residence-proof': {
    zh: '居住证明（居住证等）',
    en: 'Proof of local residence (residence permit, etc.)',
    howTo: {
      zh: '本省有效的居住证或管局认可的其他证明，注意剩余有效期。',
      en: 'A valid local residence permit or another proof the province accepts; mind the validity left.',
    },
  },
  'employment-income-proof': { zh: '劳动就业或收入证明', en: 'Proof of employment or income' },
  'trademark-certificate': { zh: '商标注册证明', en: 'Trademark registration certificate' },
  'national-unit-proof': {
    zh: '国家级单位证明',
    en: 'Proof of national-level status',
    howTo: {
      zh: '单位情况说明、备案网址、网站负责人电话，加盖公章。',
      en: 'Unit description, filed URL and the site principal’s phone, stamped with the unit seal.',
    },
    // P18, P40.
    signer: { zh: '加盖单位公章', en: 'Stamped with the unit seal' },
  },
  'cancellation-form': { zh: '注销申请表', en: 'Cancellation application form' },
  'app-icon': {
    zh: 'APP图标',
    en: 'App icon',
    howTo: { zh: '不超过100 KB，不得使用系统图标或误导性角标。', en: 'At most 100 KB; no system icons or misleading badges.' },
    // K-APP (the console's APP图标 upload, ≤100 KB).
    limits: { huawei: { zh: '图片，不超过 100 KB', en: 'An image of at most 100 KB' } },
  },
} as const satisfies Record<string, MaterialInfo>;

export type CatalogMaterialId = keyof typeof MATERIALS;
/** Catalog ids, or ids a province rule declares in its own `materials`. */
export type MaterialId = CatalogMaterialId | (string & {});
