/**
 * What the Aliyun console calls each field, and how its block titles tell duplicate labels
 * apart. Data only: no DOM, no CSS. No page of the live console was seen: the labels follow
 * Alibaba Cloud's help pages and the field keys public code shows for the form (entity_comArea,
 * entity_comType, entity_comIdType, entity_comIdNum, entity_comName, entity_comIdAddress,
 * entity_comMailingAddress, entity_fzr*, site_siteName, site_domain, site_preApprovalType,
 * site_fzr*), where the wording is still unconfirmed; the App flow's wording (证件地址, 通讯地址,
 * 应急手机号码, 邮箱) is kept as synonyms. The fixture pages (test/fixtures/consoles/aliyun/) show
 * each synonym without a comment; a synonym no fixture page shows cites where it is documented
 * (`// from docs:`); test/unit/consoles.test.ts checks both.
 */

import type { Block, Heading, LabelTable, UploadTable } from '../../components/console/local-keys';
import { normalizeLabel, serviceHint, serviceIndexOf } from '../../components/console/local-keys';
import type { FilingType } from '../../rules/model/vocabulary';

/** Normalised label → local key. Lookups are exact. */
export const LABEL_SYNONYMS: LabelTable = {
  备案类型: 'filingType',
  // Step 1 (基础信息校验): https://help.aliyun.com/zh/icp-filing/basic-icp-service/user-guide/basic-information-check
  主办者所在地域: 'province',
  地域: 'province',
  主办单位性质: 'subject.nature',
  主办者性质: 'subject.nature',
  主办单位或主办人名称: 'subject.name',
  主办单位名称: 'subject.name',
  主办单位证件住所: 'subject.certAddress',
  证件住所: 'subject.certAddress', // from docs: https://developer.aliyun.com/ask/22898
  证件地址: 'subject.certAddress',
  // Step 2 (填写主办者信息); the same-province rule for 证件住所 and 通讯地址: https://developer.aliyun.com/ask/22898
  主办单位通讯地址: 'subject.mailingAddress',
  通讯地址: 'subject.mailingAddress',
  备注: 'remark',
  // Principal blocks (主体负责人, 网站负责人, APP负责人): the block title decides whose.
  姓名: 'principal.name',
  负责人姓名: 'principal.name',
  证件类型: 'certType',
  证件号码: 'certNumber',
  手机号码: 'principal.mobile',
  办公电话: 'principal.officePhone',
  应急联系电话: 'principal.emergencyPhone',
  应急手机号码: 'principal.emergencyPhone',
  电子邮箱: 'principal.email',
  邮箱: 'principal.email',
  // Step 3 (填写网站信息): https://help.aliyun.com/zh/icp-filing/basic-icp-service/user-guide/fill-in-the-website-information-2
  网站名称: 'service.name',
  网站域名: 'service.domains',
  域名: 'service.domains',
  网站内容: 'service.serviceContent',
  前置审批: 'service.preApprovals',
  // APP filing (APP信息).
  APP名称: 'service.name',
  APP域名: 'service.domains',
  服务内容: 'service.serviceContent',
  平台: 'app.platform',
  包名: 'app.packageName',
  公钥: 'app.publicKey',
  MD5签名值: 'app.signatureMd5',
};

/** Upload slots (上传资料): https://help.aliyun.com/zh/icp-filing/basic-icp-service/user-guide/upload-data-and-authenticity-verification */
export const UPLOAD_LABELS: UploadTable = {
  主办单位证件: { material: 'subject-certificate' },
  主体负责人证件: { material: 'subject-principal-id' },
  网站负责人证件: { material: 'service-principal-id', perService: true },
  域名证书: { material: 'domain-certificate', perService: true },
  授权书: { material: 'principal-authorisation' }, // from docs: https://help.aliyun.com/zh/icp-filing/required-materials
  网站建设方案书: { material: 'site-plan', perService: true }, // from docs: https://help.aliyun.com/zh/icp-filing/required-materials
};

/** The card a per-service upload slot belongs to: the kit's reading of 「…（网站2）」. */
export { serviceHint };

/**
 * Order types as the console names them; it decides the type itself from the account's
 * filings: 首次备案, (无主体)新增互联网信息服务, 新增接入, (有主体)新增互联网信息服务
 * (https://help.aliyun.com/zh/icp-filing/basic-icp-service/user-guide/icp-filing-application-overview;
 * the bracketed part goes in normalizeLabel).
 */
export const FILING_TYPE_TITLES: Readonly<Record<string, FilingType>> = {
  首次备案: 'first',
  新增互联网信息服务: 'add-service',
  新增网站: 'add-service',
  新增接入: 'add-access',
};

/** Classifies a block title (`.module-title-item`), or undefined when it is not one we know. */
export function classifyHeading(raw: string): Heading | undefined {
  const text = normalizeLabel(raw).replace(/^[一二三四五六七八九十\d]+[、.．]/, '');
  if (!text || text.length > 24) return undefined;
  // A number past MAX_SERVICES_PER_ORDER makes the text no heading of ours (serviceIndexOf).
  const site = /^网站(?:信息)?(\d+)$/.exec(text);
  if (site) {
    const index = serviceIndexOf(site[1]!);
    return index === undefined ? undefined : { kind: 'service', service: 'websites', index };
  }
  const app = /^APP(?:信息)?(\d+)$/i.exec(text);
  if (app) {
    const index = serviceIndexOf(app[1]!);
    return index === undefined ? undefined : { kind: 'service', service: 'apps', index };
  }
  if (/^(?:网站|APP)负责人(?:信息)?$/i.test(text)) return { kind: 'block', block: 'service-principal' };
  if (/^(?:主体|主办单位|主办者)负责人(?:信息)?$/.test(text)) return { kind: 'block', block: 'subject-principal' };
  if (/^(?:填写)?(?:主办者|主办单位|主体)(?:基本)?信息$/.test(text)) return { kind: 'block', block: 'subject' };
  if (/^(?:填写)?网站(?:基本)?信息$/.test(text)) return { kind: 'service', service: 'websites', index: -1 };
  if (/^(?:填写)?APP(?:基本)?信息$/i.test(text)) return { kind: 'service', service: 'apps', index: -1 };
  if (/^(?:上传资料|资料上传|上传资料及真实性核验)$/.test(text)) return { kind: 'block', block: 'upload' };
  return undefined;
}

/** Label prefixes that name whose principal a field belongs to (网站负责人手机号码 → service-principal). */
export const OWNER_PREFIXES: readonly (readonly [string, Block])[] = [
  ['网站负责人', 'service-principal'],
  ['APP负责人', 'service-principal'],
  ['主体负责人', 'subject-principal'],
];

/** The checkbox by which a service principal is the subject's. */
export const SAME_AS_SUBJECT: ReadonlySet<string> = new Set(['同主体负责人', '同主体负责人信息']);
/** The pre-approval option that ticks none of the categories. */
export const NONE_OF_THE_ABOVE = /^(以上都不涉及|以上均不涉及|不涉及|不涉及前置审批|无)$/;
/** An ID document valid without an end date. */
export const LONG_TERM = /^长期(有效)?$/;

/**
 * The options of 服务类型 / 应用服务类型 (normalised, upper case) → the kind of service. Aliyun's
 * App-flow write-up names 「网站应用服务」 for a personal website (third-party evidence).
 */
export const SERVICE_KINDS: Readonly<Record<string, 'websites' | 'apps'>> = {
  网站应用服务: 'websites',
};
