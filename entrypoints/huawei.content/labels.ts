/**
 * What the Huawei console calls each field, and how section headings tell duplicate
 * labels apart. Data only: no DOM, no CSS. Labels follow Huawei's help pages (rules/sources.ts
 * `HW-first-filing-steps`, https://huaweicloud.com/special/icp-chaxun.html): both spellings
 * of 通讯/通信地址 and 证件住所/住址 occur; 互联网信息服务负责人 is also called 网站负责人 or
 * APP负责人. A synonym no fixture page shows cites where it is documented (`// from docs:`);
 * test/unit/consoles.test.ts checks both.
 */

import type { Block, Heading, LabelTable, UploadTable } from '../../components/console/local-keys';
import { normalizeLabel, serviceHint, serviceIndexOf } from '../../components/console/local-keys';
import type { FilingType } from '../../rules/model/vocabulary';

/** Normalised label → local key. Order matters only for readability; lookups are exact. */
export const LABEL_SYNONYMS: LabelTable = {
  备案类型: 'filingType',
  订单类型: 'filingType',
  备案订单类型: 'filingType',
  业务类型: 'filingType',
  // Record numbers exist only for what MIIT has filed: they always go to `filed`.
  主体备案号: 'filed.recordNumber',
  主体备案编号: 'filed.recordNumber',
  备案号: 'filed.recordNumber',
  ICP备案号: 'filed.recordNumber',
  网站备案号: 'service.recordNumber',
  APP备案号: 'service.recordNumber',
  // 取消接入 pages list the access providers other than Huawei Cloud (无 = none).
  其他接入商: 'filed.otherAccessProviders',
  其他接入服务商: 'filed.otherAccessProviders',
  地域: 'province',
  备案地域: 'province',
  所在地域: 'province',
  省份: 'province',
  资源类型: 'resource.type',
  云服务类型: 'resource.type', // from docs: https://www.sdzhidian.net/id3586998.html
  备案云服务: 'resource.type',
  备案授权码: 'resource.authCode', // from docs: https://support.huaweicloud.com/pi-icp/icp_03_0002.html
  授权码: 'resource.authCode',
  主办单位性质: 'subject.nature',
  主办者性质: 'subject.nature',
  主体性质: 'subject.nature',
  单位性质: 'subject.nature',
  主办单位名称: 'subject.name',
  主办者名称: 'subject.name',
  主体名称: 'subject.name',
  单位名称: 'subject.name',
  主办单位证件类型: 'subject.certType',
  主办者证件类型: 'subject.certType',
  主办单位证件号码: 'subject.certNumber',
  主办者证件号码: 'subject.certNumber',
  证件住所: 'subject.certAddress',
  证件住址: 'subject.certAddress',
  证件地址: 'subject.certAddress',
  主办单位证件住所: 'subject.certAddress',
  主办单位证件地址: 'subject.certAddress',
  通讯地址: 'subject.mailingAddress',
  通信地址: 'subject.mailingAddress',
  主办单位通讯地址: 'subject.mailingAddress',
  主办单位通信地址: 'subject.mailingAddress',
  主办者通信地址: 'subject.mailingAddress',
  投资人或主管单位: 'subject.investor',
  投资者或上级主管单位: 'subject.investor',
  投资者或上级主管单位名称: 'subject.investor', // from docs: https://docs.ksyun.com/documents/37803
  投资人或上级主管单位: 'subject.investor',
  备注: 'remark',
  主体备注: 'remark',
  网站备注: 'remark',
  APP备注: 'remark',
  备注栏: 'remark', // from docs: https://huaweicloud.com/s/JeWNjuS4uuS6kW9ic-S4iuS8oOayoeWPjeW6lCU/t_30_p_10/JUlDUOWkh-ahiCU
  // Principal blocks (主体负责人, 互联网信息服务负责人): the heading decides whose.
  姓名: 'principal.name',
  负责人姓名: 'principal.name',
  主体负责人姓名: 'principal.name',
  法人姓名: 'principal.name',
  互联网信息服务负责人姓名: 'principal.name',
  网站负责人姓名: 'principal.name',
  APP负责人姓名: 'principal.name',
  证件类型: 'certType',
  证件号码: 'certNumber',
  负责人证件类型: 'principal.idType',
  负责人证件号码: 'principal.idNumber',
  证件有效期: 'principal.idValidity',
  证件有效期限: 'principal.idValidity',
  有效期: 'principal.idValidity',
  手机号码: 'principal.mobile',
  手机号: 'principal.mobile',
  联系方式1: 'principal.mobile',
  移动电话号码: 'principal.mobile',
  联系方式: 'principal.mobile',
  应急联系电话: 'principal.emergencyPhone',
  应急联系方式: 'principal.emergencyPhone',
  应急电话: 'principal.emergencyPhone',
  应急电话号码: 'principal.emergencyPhone',
  电子邮箱: 'principal.email',
  电子邮件: 'principal.email',
  邮箱: 'principal.email',
  邮箱地址: 'principal.email',
  办公电话: 'principal.officePhone',
  办公室电话: 'principal.officePhone',
  固定电话: 'principal.officePhone',
  同主体负责人: 'principal.sameAsSubjectPrincipal',
  同主体负责人信息: 'principal.sameAsSubjectPrincipal',
  是否法定代表人: 'principal.isLegalRepresentative',
  是否为法定代表人: 'principal.isLegalRepresentative',
  // Website / app cards.
  网站名称: 'service.name',
  APP名称: 'service.name',
  网站域名: 'service.domains',
  域名: 'service.domains',
  APP域名: 'service.domains',
  域名列表: 'service.domains', // from docs: https://huaweicloud.com/s/JWUtbW9iaWxlN-acjeWKoeWZqOWcsOWdgOaAjuS5iOWhqyU/t_30_p_7/JUlDUOWkh-ahiCU
  主域名: 'service.mainDomain',
  从域名: 'service.extraDomains',
  其他域名: 'service.extraDomains',
  网站首页URL: 'service.homepageUrls',
  首页URL: 'service.homepageUrls',
  网站首页地址: 'service.homepageUrls',
  首页地址: 'service.homepageUrls', // from docs: https://huaweicloud.com/s/JWUtbW9iaWxlN-acjeWKoeWZqOWcsOWdgOaAjuS5iOWhqyU/t_30_p_7/JUlDUOWkh-ahiCU
  IP地址段: 'service.ipRanges',
  IP地址: 'service.ipRanges',
  网站IP地址: 'service.ipRanges',
  IP: 'service.ipRanges', // from docs: https://huaweicloud.com/s/JWFwcGtleeiOt-WPliU/t_30_p_5/JUlDUOWkh-ahiCU
  IP地址段起始: 'service.ipStart',
  起始IP: 'service.ipStart',
  IP地址段终止: 'service.ipEnd',
  终止IP: 'service.ipEnd',
  网站服务内容: 'service.serviceContent',
  服务内容: 'service.serviceContent',
  APP服务内容: 'service.serviceContent',
  网站语言: 'service.languages',
  语言: 'service.languages', // from docs: https://huaweicloud.com/s/JeaCqOWwneivleiuv-mXrueahOe9keermeexu-Wei-WxnuS6jiU/t_30_p_14/JUlDUOWkh-ahiCU
  语言类别: 'service.languages',
  APP语言: 'service.languages',
  前置审批: 'service.preApprovals',
  前置或专项审批: 'service.preApprovals',
  前置审批项: 'service.preApprovals',
  前置审批内容: 'service.preApprovals', // from docs: https://huaweicloud.com/s/JeaCqOWwneivleiuv-mXrueahOe9keermeexu-Wei-WxnuS6jiU/t_30_p_14/JUlDUOWkh-ahiCU
  前置或专项审批内容类型: 'service.preApprovals', // from docs: https://huaweicloud.com/s/JeaCqOWwneivleiuv-mXrueahOe9keermeexu-Wei-WxnuS6jiU/t_30_p_14/JUlDUOWkh-ahiCU
  审批号: 'service.preApprovalNumber',
  前置审批号: 'service.preApprovalNumber',
  审批文件: 'service.preApprovalDocument',
  前置审批文件: 'service.preApprovalDocument',
  平台: 'app.platform',
  选择平台: 'app.platform', // from docs: https://huaweicloud.com/s/JW15c3Fs5pu05pS55a2X5q615Li6bG9uZ3RleHQl/t_30_p_1/JUlDUOWkh-ahiCU
  运行平台: 'app.platform',
  APP包名: 'app.packageName', // from docs: https://huaweicloud.com/s/JW15c3Fs5pu05pS55a2X5q615Li6bG9uZ3RleHQl/t_30_p_1/JUlDUOWkh-ahiCU
  包名: 'app.packageName',
  BundleID: 'app.packageName',
  公钥: 'app.publicKey',
  APP公钥: 'app.publicKey',
  MD5签名值: 'app.signatureMd5',
  签名MD5: 'app.signatureMd5',
  签名MD5值: 'app.signatureMd5',
  IP和域名信息: 'app.ips',
  // Website or app: 网站应用服务 / App应用服务 (the APP page shows App应用服务 by default).
  服务类型: 'serviceKind', // from docs: https://huaweicloud.com/s/JeaCqOWwneivleiuv-mXrueahOe9keermeexu-Wei-WxnuS6jiU/t_30_p_14/JUlDUOWkh-ahiCU
  互联网信息服务类型: 'serviceKind', // from docs: https://huaweicloud.com/s/JeWNjuS4uuS6kW9ic-S4iuS8oOayoeWPjeW6lCU/t_30_p_10/JUlDUOWkh-ahiCU
};

/**
 * The options of 服务类型 / 互联网信息服务类型 (normalised, upper case): 网站应用服务 and App应用服务
 * (https://huaweicloud.com/s/JeaCqOWwneivleiuv-mXrueahOe9keermeexu-Wei-WxnuS6jiU/t_30_p_14/JUlDUOWkh-ahiCU),
 * 网站 / APP ("网站备案请选择网站", https://huaweicloud.com/s/JeWNjuS4uuS6kW9ic-S4iuS8oOayoeWPjeW6lCU/t_30_p_10/JUlDUOWkh-ahiCU).
 * Any other (a 微信号 service, say) is reported as unread: the rules know websites and apps only.
 */
export const SERVICE_KINDS: Readonly<Record<string, 'websites' | 'apps'>> = {
  网站: 'websites',
  网站应用服务: 'websites',
  网站应用: 'websites',
  APP: 'apps',
  APP应用服务: 'apps',
  APP应用: 'apps',
};

export const UPLOAD_LABELS: UploadTable = {
  证件照片: { material: 'subject-principal-id', principalId: true },
  负责人证件照片: { material: 'subject-principal-id', principalId: true },
  身份证照片: { material: 'subject-principal-id', principalId: true },
  主办单位证件: { material: 'subject-certificate' },
  主体单位证件: { material: 'subject-certificate' }, // from docs: https://huaweicloud.com/s/JWUtbW9iaWxlN-acjeWKoeWZqOWcsOWdgOaAjuS5iOWhqyU/t_30_p_7/JUlDUOWkh-ahiCU
  主办者证件: { material: 'subject-certificate' },
  主体证件: { material: 'subject-certificate' },
  营业执照: { material: 'subject-certificate' },
  主体负责人证件: { material: 'subject-principal-id' },
  主体负责人身份证: { material: 'subject-principal-id' },
  主体负责人证件照片: { material: 'subject-principal-id' },
  互联网信息服务负责人证件: { material: 'service-principal-id', perService: true },
  网站负责人证件: { material: 'service-principal-id', perService: true },
  APP负责人证件: { material: 'service-principal-id', perService: true },
  互联网信息服务负责人身份证: { material: 'service-principal-id', perService: true },
  网站负责人身份证: { material: 'service-principal-id', perService: true },
  法人授权书: { material: 'principal-authorisation' }, // from docs: https://huaweicloud.com/s/JeWfn-aOp-acjeWKoeWZqOiuvue9rueUqOaIt-WvhueggeacieaViOacnyU/t_30_p_9/JUlDUOWkh-ahiCU
  授权书: { material: 'principal-authorisation' },
  主体负责人授权书: { material: 'principal-authorisation' },
  网站负责人授权书: { material: 'service-principal-authorisation', perService: true },
  ICP负责人授权书: { material: 'service-principal-authorisation', perService: true },
  互联网信息服务负责人授权书: { material: 'service-principal-authorisation', perService: true },
  域名证书: { material: 'domain-certificate', perService: true },
  域名所有者实名认证截图: { material: 'domain-real-name-screenshot', perService: true }, // from docs: https://huaweicloud.com/s/JeWfn-aOp-acjeWKoeWZqOiuvue9rueUqOaIt-WvhueggeacieaViOacnyU/t_30_p_9/JUlDUOWkh-ahiCU
  域名实名认证截图: { material: 'domain-real-name-screenshot', perService: true },
  前置审批文件: { material: 'pre-approval-document', perService: true },
  不涉及前置审批承诺书: { material: 'no-pre-approval-pledge', perService: true },
  政府网站域名业务审核表: { material: 'gov-domain-review-form', perService: true }, // from docs: https://huaweicloud.com/s/JeWfn-aOp-acjeWKoeWZqOiuvue9rueUqOaIt-WvhueggeacieaViOacnyU/t_30_p_9/JUlDUOWkh-ahiCU
  网站建设方案书: { material: 'site-plan', perService: true },
  // 青海's "五图" (the same page as 主体单位证件).
  真实性核验单: { material: 'verification-sheet', perService: true }, // from docs: https://huaweicloud.com/s/JWUtbW9iaWxlN-acjeWKoeWZqOWcsOWdgOaAjuS5iOWhqyU/t_30_p_7/JUlDUOWkh-ahiCU
  居住证: { material: 'residence-proof' },
  居住证明: { material: 'residence-proof' },
  APP图标: { material: 'app-icon', perService: true },
  // Province documents; ids as the province rules declare them.
  广东省互联网信息服务备案承诺书: { material: 'gd-commitment-letter' },
  上海市互联网信息服务备案承诺书: { material: 'sh-commitment-letter' },
  河南网站备案承诺书: { material: 'ha-commitment-letter' },
  ICP备案信息真实性责任告知书: { material: 'js-authenticity-notice', perService: true },
  ICP备案信息真实性承诺书: { material: 'js-authenticity-pledge', perService: true }, // from docs: https://huaweicloud.com/s/JeWfn-WQjeWuieWFqOajgOa1i-ezu-e7nyU/t_30_p_11/JUlDUOWkh-ahiCU
};

/** The card a per-service upload slot belongs to: the kit's reading of 「…（网站2）」. */
export { serviceHint };

/**
 * Page titles and breadcrumb ends that name the order type (the console's menu entries,
 * https://support.huaweicloud.com/pi-icp/icp_03_0002.html), beyond the vocabulary's own labels and aliases. The console
 * names its flows by menu entries (首次备案, 变更备案, 注销网站, 取消接入 …); variants
 * such as 新增接入（原备案不在华为云） lose their bracket in normalizeLabel.
 */
export const FILING_TYPE_TITLES: Readonly<Record<string, FilingType>> = {
  首次备案: 'first',
  新增备案: 'first',
  新增网站: 'add-service',
  新增APP: 'add-service',
  新增互联网信息服务: 'add-service',
  新增接入: 'add-access',
  接入备案: 'add-access',
  变更主体: 'change-subject',
  变更主体信息: 'change-subject',
  变更网站: 'change-service',
  变更网站信息: 'change-service',
  变更APP: 'change-service',
  变更APP信息: 'change-service',
  变更互联网信息服务: 'change-service',
  // https://huaweicloud.com/s/JW15c3Fs5pu05pS55a2X5q615Li6bG9uZ3RleHQl/t_30_p_1/JUlDUOWkh-ahiCU
  变更互联网信息: 'change-service',
  变更备案: 'change-filing',
  变更备案信息: 'change-filing',
  注销互联网信息服务: 'cancel-service',
  注销网站: 'cancel-service',
  注销APP: 'cancel-service',
  注销主体: 'cancel-subject',
  注销主体备案: 'cancel-subject',
  取消接入: 'cancel-access',
};

/** Classifies a heading text, or undefined when the text is not a section heading we know. */
export function classifyHeading(raw: string): Heading | undefined {
  const text = normalizeLabel(raw).replace(/^[一二三四五六七八九十\d]+[、.．]/, '');
  if (!text || text.length > 24) return undefined;
  if (/^(?:已备案|当前备案|原备案|现有备案|变更前)(?:的)?(?:主体|备案)?信息$/.test(text)) return { kind: 'filed', index: -1 };
  // A number past MAX_SERVICES_PER_ORDER makes the text no heading of ours (serviceIndexOf).
  const filedService = /^(?:已备案|原)(网站|APP|App)(\d+)?(?:信息)?$/.exec(text);
  if (filedService) {
    const index = filedService[2] ? serviceIndexOf(filedService[2]) : -1;
    return index === undefined ? undefined : { kind: 'filed', service: filedService[1] === '网站' ? 'websites' : 'apps', index };
  }
  const site = /^(?:网站|网站信息)(\d+)$/.exec(text) ?? /^第(\d+)个网站$/.exec(text);
  if (site) {
    const index = serviceIndexOf(site[1]!);
    return index === undefined ? undefined : { kind: 'service', service: 'websites', index };
  }
  const app = /^(?:APP|App|app|APP信息)(\d+)$/.exec(text);
  if (app) {
    const index = serviceIndexOf(app[1]!);
    return index === undefined ? undefined : { kind: 'service', service: 'apps', index };
  }
  if (/^(?:互联网信息服务|网站|APP|App)负责人(?:信息)?$/.test(text)) return { kind: 'block', block: 'service-principal' };
  if (/^(?:主体|主办单位|主办者)负责人(?:信息)?$/.test(text)) return { kind: 'block', block: 'subject-principal' };
  if (/^(?:填写)?(?:主体|主办单位|主办者|备案主体)(?:基本)?信息$/.test(text) || text === '主办单位' || text === '主体') {
    return { kind: 'block', block: 'subject' };
  }
  if (/^(?:填写)?网站(?:基本)?信息$/.test(text)) return { kind: 'service', service: 'websites', index: -1 };
  if (/^(?:填写)?APP(?:基本|特征)?信息$/i.test(text)) return { kind: 'service', service: 'apps', index: -1 };
  // An app's platform rows (https://huaweicloud.com/s/JW15c3Fs5pu05pS55a2X5q615Li6bG9uZ3RleHQl/t_30_p_1/JUlDUOWkh-ahiCU).
  if (text === '平台信息') return { kind: 'service', service: 'apps', index: -1 };
  if (/^(?:上传资料|资料上传|上传资料及真实性核验|备案资料)$/.test(text)) return { kind: 'block', block: 'upload' };
  return undefined;
}

/** Label prefixes that name whose principal a field belongs to (主体负责人手机号码 → subject-principal). */
export const OWNER_PREFIXES: readonly (readonly [string, Block])[] = [
  ['互联网信息服务负责人', 'service-principal'],
  ['网站负责人', 'service-principal'],
  ['APP负责人', 'service-principal'],
  ['主体负责人', 'subject-principal'],
  ['主办单位负责人', 'subject-principal'],
];

/** The checkbox by which a service principal is the subject's (同主体负责人). */
export const SAME_AS_SUBJECT: ReadonlySet<string> = new Set(['同主体负责人', '同主体负责人信息', '与主体负责人一致', '同主办单位负责人']);
/** The pre-approval option that ticks none of the categories. */
export const NONE_OF_THE_ABOVE = /^(以上都不涉及|以上均不涉及|不涉及|无)$/;
/**
 * A PC page that hands the uploads and the face check to the Huawei Cloud app or to WeChat:
 * "下载华为云App上传资料，进行真实性核验或点击免下载App使用手机微信扫码进行核验"; the page
 * shows a 核验二维码 (valid 10 minutes) and a 去核验 button (rules/sources.ts `S5`,
 * https://support.huaweicloud.com/icp_faq/icp_05_0121.html).
 */
export const MATERIALS_ELSEWHERE = /^(?:核验二维码|去核验)$/;
/** An ID document valid without an end date. */
export const LONG_TERM = /^长期(有效)?$/;
