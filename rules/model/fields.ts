/**
 * Field ids: dotted paths that mirror FilingForm (`subject.principal.mobile`,
 * `websites[0].name`). The same ids name fields in adapters, findings, UI anchors,
 * fixtures and the CLI. Patterns write array indexes as `[]`; rules/model/field-path.ts
 * reads them.
 */
import { EACH, formatFieldPath, parseFieldPath, patternParts, readPath, type PathStep } from './field-path';

export type Step = 'verify' | 'subject' | 'website' | 'app' | 'upload' | 'other';

export interface FieldInfo {
  readonly zh: string;
  readonly en: string;
  readonly step: Step;
}

const principalFields = {
  name: { zh: '姓名', en: 'Name' },
  idType: { zh: '证件类型', en: 'ID type' },
  idNumber: { zh: '证件号码', en: 'ID number' },
  idValidFrom: { zh: '证件有效期（起）', en: 'ID valid from' },
  idValidTo: { zh: '证件有效期（止）', en: 'ID valid until' },
  idLongTerm: { zh: '长期有效', en: 'Valid long-term' },
  mobile: { zh: '手机号码', en: 'Mobile number' },
  emergencyPhone: { zh: '应急联系电话', en: 'Emergency phone' },
  email: { zh: '电子邮箱', en: 'Email' },
  officePhone: { zh: '办公室电话', en: 'Office phone' },
  isLegalRepresentative: { zh: '是否法定代表人', en: 'Is the legal representative' },
  sameAsSubjectPrincipal: { zh: '同主体负责人', en: 'Same as subject principal' },
} as const;

function principalBlock(prefix: string, step: Step, zhOwner: string, enOwner: string) {
  const out: Record<string, FieldInfo> = { [prefix]: { zh: zhOwner, en: enOwner, step } };
  for (const [key, label] of Object.entries(principalFields)) {
    out[`${prefix}.${key}`] = { zh: `${zhOwner}${label.zh}`, en: `${enOwner}: ${label.en.toLowerCase()}`, step };
  }
  return out;
}

export const FIELDS: Record<string, FieldInfo> = {
  filingType: { zh: '备案类型', en: 'Filing type', step: 'verify' },
  province: { zh: '地域（省份）', en: 'Province', step: 'verify' },
  'resource.type': { zh: '资源类型', en: 'Resource type', step: 'verify' },
  'resource.authCode': { zh: '备案授权码', en: 'Authorisation code', step: 'verify' },
  'subject.nature': { zh: '主办单位性质', en: 'Subject nature', step: 'verify' },
  'subject.name': { zh: '主办单位名称', en: 'Subject name', step: 'verify' },
  'subject.certType': { zh: '主办单位证件类型', en: 'Subject certificate type', step: 'verify' },
  'subject.certNumber': { zh: '主办单位证件号码', en: 'Subject certificate number', step: 'verify' },
  'subject.certAddress': { zh: '证件住所', en: 'Certificate address', step: 'subject' },
  'subject.mailingAddress': { zh: '通讯地址', en: 'Mailing address', step: 'subject' },
  'subject.mailingAddress.province': { zh: '通讯地址（省）', en: 'Mailing address: province', step: 'subject' },
  'subject.mailingAddress.city': { zh: '通讯地址（市）', en: 'Mailing address: city', step: 'subject' },
  'subject.mailingAddress.district': { zh: '通讯地址（区县）', en: 'Mailing address: district', step: 'subject' },
  'subject.mailingAddress.detail': { zh: '通讯地址（详细地址）', en: 'Mailing address: street', step: 'subject' },
  'subject.investor': { zh: '投资者或上级主管单位', en: 'Investor or superior body', step: 'subject' },
  'subject.remark': { zh: '主体备注', en: 'Subject remark', step: 'subject' },
  ...principalBlock('subject.principal', 'subject', '主体负责人', 'Subject principal'),
  websites: { zh: '网站', en: 'Websites', step: 'website' },
  'websites[]': { zh: '网站', en: 'Website', step: 'website' },
  'websites[].name': { zh: '网站名称', en: 'Website name', step: 'website' },
  // The list, the main domain (the first) and the others (从域名, the console's word; fieldLabel numbers them) each have their own label.
  'websites[].domains': { zh: '网站域名（全部）', en: 'Website domains (all)', step: 'website' },
  'websites[].domains[]': { zh: '网站域名', en: 'Website domain', step: 'website' },
  'websites[].homepageUrls': { zh: '网站首页URL', en: 'Homepage URLs', step: 'website' },
  'websites[].homepageUrls[]': { zh: '网站首页URL', en: 'Homepage URL', step: 'website' },
  'websites[].ipRanges': { zh: 'IP地址段', en: 'IP ranges', step: 'website' },
  'websites[].ipRanges[]': { zh: 'IP地址段', en: 'IP range', step: 'website' },
  'websites[].ipRanges[].start': { zh: 'IP地址段（起始）', en: 'IP range start', step: 'website' },
  'websites[].ipRanges[].end': { zh: 'IP地址段（终止）', en: 'IP range end', step: 'website' },
  'websites[].serviceContent': { zh: '网站服务内容', en: 'Service content', step: 'website' },
  'websites[].languages': { zh: '网站语言', en: 'Website languages', step: 'website' },
  'websites[].preApprovals': { zh: '前置审批', en: 'Pre-approvals', step: 'website' },
  'websites[].preApprovals[]': { zh: '前置审批', en: 'Pre-approval', step: 'website' },
  'websites[].preApprovals[].number': { zh: '前置审批号', en: 'Pre-approval number', step: 'website' },
  'websites[].preApprovals[].validUntil': { zh: '前置审批有效期', en: 'Pre-approval valid until', step: 'website' },
  'websites[].remark': { zh: '网站备注', en: 'Website remark', step: 'website' },
  ...principalBlock('websites[].principal', 'website', '互联网信息服务负责人', 'Website principal'),
  apps: { zh: 'APP', en: 'Apps', step: 'app' },
  'apps[]': { zh: 'APP', en: 'App', step: 'app' },
  'apps[].name': { zh: 'APP名称', en: 'App name', step: 'app' },
  'apps[].iconBytes': { zh: 'APP图标', en: 'App icon', step: 'app' },
  'apps[].platforms': { zh: '平台信息', en: 'Platforms', step: 'app' },
  'apps[].platforms[]': { zh: '平台', en: 'Platform', step: 'app' },
  'apps[].platforms[].platform': { zh: '平台', en: 'Platform', step: 'app' },
  'apps[].platforms[].packageName': { zh: '包名', en: 'Package name', step: 'app' },
  'apps[].platforms[].publicKey': { zh: '公钥', en: 'Public key', step: 'app' },
  'apps[].platforms[].signatureMd5': { zh: '签名MD5', en: 'Signature MD5', step: 'app' },
  'apps[].domains': { zh: 'APP域名', en: 'App domains', step: 'app' },
  'apps[].domains[]': { zh: 'APP域名', en: 'App domain', step: 'app' },
  'apps[].ips': { zh: 'IP和域名信息', en: 'IP addresses', step: 'app' },
  'apps[].ips[]': { zh: 'IP地址', en: 'IP address', step: 'app' },
  'apps[].serviceContent': { zh: 'APP服务内容', en: 'App service content', step: 'app' },
  'apps[].languages': { zh: 'APP语言', en: 'App languages', step: 'app' },
  'apps[].preApprovals': { zh: '前置审批', en: 'Pre-approvals', step: 'app' },
  'apps[].preApprovals[]': { zh: '前置审批', en: 'Pre-approval', step: 'app' },
  'apps[].preApprovals[].number': { zh: '前置审批号', en: 'Pre-approval number', step: 'app' },
  'apps[].preApprovals[].validUntil': { zh: '前置审批有效期', en: 'Pre-approval valid until', step: 'app' },
  'apps[].remark': { zh: 'APP备注', en: 'App remark', step: 'app' },
  ...principalBlock('apps[].principal', 'app', 'APP负责人', 'App principal'),
  domainRecords: { zh: '域名注册信息', en: 'Domain registrations', step: 'other' },
  'domainRecords[]': { zh: '域名注册信息', en: 'Domain registration', step: 'other' },
  'domainRecords[].holder': { zh: '域名持有者', en: 'Domain holder', step: 'other' },
  'domainRecords[].expiresOn': { zh: '域名到期日', en: 'Domain expiry date', step: 'other' },
  'domainRecords[].realNameVerifiedOn': { zh: '域名实名认证日期', en: 'Domain real-name verification date', step: 'other' },
  filed: { zh: '已备案信息', en: 'Filed record', step: 'verify' },
  'filed.recordNumber': { zh: '主体备案号', en: 'Subject record number', step: 'verify' },
  'filed.province': { zh: '已备案省份', en: 'Filed province', step: 'verify' },
  'filed.subjectNature': { zh: '已备案主办单位性质', en: 'Filed subject nature', step: 'verify' },
  'filed.subjectName': { zh: '已备案主办单位名称', en: 'Filed subject name', step: 'verify' },
  'filed.certNumber': { zh: '已备案证件号码', en: 'Filed certificate number', step: 'verify' },
  'filed.websites': { zh: '已备案网站', en: 'Filed websites', step: 'verify' },
  'filed.websites[]': { zh: '已备案网站', en: 'Filed website', step: 'verify' },
  'filed.websites[].domains': { zh: '已备案域名', en: 'Filed domains', step: 'verify' },
  'filed.apps': { zh: '已备案APP', en: 'Filed apps', step: 'verify' },
  'filed.otherAccessProviders': { zh: '其他接入商数量', en: 'Other access providers', step: 'verify' },
  materials: { zh: '上传资料', en: 'Uploaded materials', step: 'upload' },
  declarations: { zh: '补充说明', en: 'Your answers', step: 'other' },
  'declarations.registrarApproved': { zh: '域名注册商是否获工信部批复', en: 'Domain registrar approved by MIIT', step: 'other' },
  'declarations.ipsProviderMainland': { zh: 'IP是否为本云服务商中国大陆资源的公网IP', en: "IPs are the provider's mainland public IPs", step: 'other' },
};

/** `websites[2].principal.mobile` → `websites[].principal.mobile`. */
export function fieldPattern(fieldId: string): string {
  return formatFieldPath(parseFieldPath(fieldId).map((step) => (typeof step === 'number' ? EACH : step)));
}

/** The FieldInfo of a concrete or pattern field id (materials.* and declarations.* map to their group). */
export function fieldInfo(fieldId: string): FieldInfo | undefined {
  const pattern = fieldPattern(fieldId);
  return FIELDS[pattern] ?? FIELDS[pattern.split('.')[0]!];
}

/** `websites[0].domains[2]` → 从域名 2 / Additional domain 2 (the console's word for every domain after the first); undefined for any other field. */
function additionalDomainLabel(fieldId: string, lang: 'zh-CN' | 'en'): string | undefined {
  const index = Number(/^websites\[\d+\]\.domains\[(\d+)\]$/.exec(fieldId)?.[1] ?? 0);
  if (index === 0) return undefined;
  return lang === 'zh-CN' ? `从域名 ${index}` : `Additional domain ${index}`;
}

/** Human label with the item number: `websites[1].name` → 网站 2 · 网站名称 / Website 2 · Website name. */
export function fieldLabel(fieldId: string, lang: 'zh-CN' | 'en'): string {
  const info = fieldInfo(fieldId);
  const base = additionalDomainLabel(fieldId, lang) ?? (info ? (lang === 'zh-CN' ? info.zh : info.en) : fieldId);
  const item = /^(websites|apps)\[(\d+)\]/.exec(fieldId);
  if (!item) return base;
  const n = Number(item[2]) + 1;
  const owner = item[1] === 'websites' ? (lang === 'zh-CN' ? `网站 ${n}` : `Website ${n}`) : lang === 'zh-CN' ? `APP ${n}` : `App ${n}`;
  // `websites[0]` itself is just "网站 1", not "网站 1 · 网站".
  return item[0] === fieldId ? owner : `${owner} · ${base}`;
}

/** Reads a concrete field id (`websites[0].domains[1]`) from an object. */
export function readField(root: unknown, fieldId: string): unknown {
  return readPath(root, parseFieldPath(fieldId));
}

/**
 * Expands a pattern over the arrays present in `root`: `websites[].name` with two
 * websites → [`websites[0].name`, `websites[1].name`]. An absent array yields the
 * path up to the array itself, so "unknown" can name what is missing.
 */
export function expandPattern(root: unknown, pattern: string): string[] {
  const parts = patternParts(pattern);
  if (parts.length === 1) return [pattern];
  const out: string[] = [];
  const expand = (index: number, before: readonly PathStep[]) => {
    const path = [...before, ...parts[index]!];
    const value = index === parts.length - 1 ? undefined : readPath(root, path);
    if (!Array.isArray(value)) out.push(formatFieldPath(path));
    else for (let i = 0; i < value.length; i++) expand(index + 1, [...path, i]);
  };
  expand(0, []);
  return out;
}
