/**
 * What the Tencent console calls each field, and how its section titles tell duplicate labels
 * apart. Data only: no DOM, no CSS. No page of the live console was seen: the labels follow
 * Tencent Cloud's PC first-filing guide (https://cloud.tencent.com/document/product/243/18958:
 * 验证备案信息, 填写主体信息, 填写网站信息, 上传材料), the mini-program's
 * (https://cloud.tencent.com/document/product/243/37402) and the rebuilt PC form's wording
 * (验证备案类型: 备案区域, 主办单位性质, 云资源, 服务名称). The fixture pages
 * (test/fixtures/consoles/tencent/) show each synonym without a comment; a synonym no fixture
 * page shows cites where it is documented (`// from docs:`); test/unit/consoles.test.ts checks both.
 */

import type { Block, Heading, LabelTable, UploadTable } from '../../components/console/local-keys';
import { normalizeLabel, serviceHint, serviceIndexOf } from '../../components/console/local-keys';
import type { FilingType } from '../../rules/model/vocabulary';

/** Normalised label → local key. Lookups are exact. */
export const LABEL_SYNONYMS: LabelTable = {
  // 验证备案信息 (step 1): the cloud service or 备案授权码, the domain, the subject's nature and certificate.
  备案云服务: 'resource.type',
  对应云服务: 'resource.type',
  云资源: 'resource.type',
  备案授权码: 'resource.authCode', // from docs: https://cloud.tencent.com/document/product/243/18908
  授权码: 'resource.authCode', // from docs: https://cloud.tencent.com/document/product/243/18908
  域名: 'service.domains',
  主办者性质: 'subject.nature',
  主办单位性质: 'subject.nature',
  证件类型: 'certType',
  证件号码: 'certNumber',
  // 填写主体信息 (step 2).
  备案地域: 'province',
  备案区域: 'province',
  单位名称: 'subject.name',
  // 个人: the subject is a person, named 姓名 in the subject block (no separate 主体负责人 block).
  姓名: 'subject.name', // from docs: https://cloud.tencent.com/document/product/243/18958
  证件住址: 'subject.certAddress',
  投资人或主管单位: 'subject.investor',
  通信地址: 'subject.mailingAddress',
  主体信息备注: 'remark',
  备注: 'remark',
  // 主体负责人 and 网站负责人 blocks: the block title decides whose.
  负责人姓名: 'principal.name',
  办公室电话: 'principal.officePhone',
  联系方式: 'principal.mobile',
  手机号码: 'principal.mobile', // from docs: https://cloud.tencent.com/document/product/243/18958
  // Required in some provinces (Tencent's filing FAQ).
  应急联系方式: 'principal.emergencyPhone',
  电子邮箱: 'principal.email',
  电子邮箱地址: 'principal.email', // from docs: https://cloud.tencent.com/document/product/243/18958
  // A checkbox beside the 网站负责人 title, no label of its own on the fixture page.
  同主体负责人: 'principal.sameAsSubjectPrincipal', // from docs: https://cloud.tencent.com/document/product/243/18958
  // 填写网站信息 (step 3).
  网站名称: 'service.name',
  服务名称: 'service.name',
  网站域名: 'service.domains',
  网站首页URL: 'service.homepageUrls',
  网站服务内容: 'service.serviceContent',
  前置或专项审批内容类型: 'service.preApprovals',
  网站备注: 'remark',
  // APP信息 (the mini-program's APP filing).
  APP名称: 'service.name',
  APP域名: 'service.domains',
  APP服务内容: 'service.serviceContent',
  平台: 'app.platform',
  包名: 'app.packageName',
  公钥: 'app.publicKey',
  MD5签名值: 'app.signatureMd5',
};

/** Upload slots (上传材料): 单位 https://cloud.tencent.com/document/product/243/18913, 个人 https://cloud.tencent.com/document/product/243/18914. */
export const UPLOAD_LABELS: UploadTable = {
  主办单位证件: { material: 'subject-certificate' },
  主体负责人证件: { material: 'subject-principal-id' },
  网站负责人证件: { material: 'service-principal-id', perService: true },
  域名证书: { material: 'domain-certificate', perService: true },
  授权书: { material: 'principal-authorisation' },
  网站负责人授权书: { material: 'service-principal-authorisation', perService: true }, // from docs: https://cloud.tencent.com/document/product/243/14968
};

/** The card a per-service upload slot belongs to: the kit's reading of 「…（网站2）」. */
export { serviceHint };

/**
 * Order types as the console names them: 首次备案, 接入备案, 新增网站, 变更备案
 * (https://cloud.tencent.com/document/product/243/37403, /37404, /37406).
 */
export const FILING_TYPE_TITLES: Readonly<Record<string, FilingType>> = {
  首次备案: 'first',
  新增网站: 'add-service',
  接入备案: 'add-access',
  新增接入: 'add-access',
};

/** Classifies a section title, or undefined when it is not one we know. */
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
  if (/^(?:填写)?(?:主体|主办单位|主办者)(?:基本)?信息$/.test(text)) return { kind: 'block', block: 'subject' };
  if (/^(?:填写)?网站(?:基本)?信息$/.test(text)) return { kind: 'service', service: 'websites', index: -1 };
  if (/^(?:填写)?APP(?:基本)?信息$/i.test(text)) return { kind: 'service', service: 'apps', index: -1 };
  if (/^(?:上传材料|上传资料)$/.test(text)) return { kind: 'block', block: 'upload' };
  return undefined;
}

/** Label prefixes that name whose principal a field belongs to (网站负责人手机号码 → service-principal). */
export const OWNER_PREFIXES: readonly (readonly [string, Block])[] = [
  ['网站负责人', 'service-principal'],
  ['APP负责人', 'service-principal'],
  ['主体负责人', 'subject-principal'],
];

/** The checkbox by which a website's principal is the subject's (「同主体负责人」). */
export const SAME_AS_SUBJECT: ReadonlySet<string> = new Set(['同主体负责人']);
/** The pre-approval option that ticks none of the categories (「以上都不涉及」). */
export const NONE_OF_THE_ABOVE = /^(以上都不涉及|以上均不涉及|不涉及)$/;
/** An ID document valid without an end date. */
export const LONG_TERM = /^长期(有效)?$/;
