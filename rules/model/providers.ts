/**
 * The cloud providers whose filing consoles the extension reads. A provider is rule
 * context (RuleContext.provider), never rule text: a rule that names the provider's
 * app, templates or public IPs takes them from this table, so an Alibaba Cloud user is
 * never told about Huawei Cloud.
 *
 * Texts name the provider through placeholders the engine fills for the run's provider
 * (PROVIDER_PLACEHOLDERS); a rule's own params never use these names. What is not known
 * of a provider is worded neutrally ("the filing console or help docs"), never guessed.
 * Support contacts are not here: no cited page gives one per provider (Huawei's video-check
 * mail address is Huawei's process only, rules/verification/video-email.ts).
 */
import type { Bilingual } from '../engine/types';

export const PROVIDER_IDS = ['huawei', 'aliyun', 'tencent'] as const;
export type ProviderId = (typeof PROVIDER_IDS)[number];

/** The provider assumed where none is given (the CLI's default, a filing JSON without one). */
export const DEFAULT_PROVIDER: ProviderId = 'huawei';

export function isProviderId(value: unknown): value is ProviderId {
  return typeof value === 'string' && (PROVIDER_IDS as readonly string[]).includes(value);
}

/** What differs per provider in what the rules tell the user. Every value is a noun phrase. */
export interface ProviderInfo {
  /** `{provider}`: 华为云 / Huawei Cloud. */
  readonly name: Bilingual;
  /** `{providerApp}`: where the principal does the authenticity (face) check. */
  readonly app: Bilingual;
  /** `{providerTemplates}`: where the provider's filing-material templates are. */
  readonly templates: Bilingual;
  /** `{providerPublicIp}`: what the filed IPs are (a public IP of the provider's mainland resource). */
  readonly publicIp: Bilingual;
  /** `{providerConsole}`: where the user finds a server's public IP. */
  readonly console: Bilingual;
  /** The format and size every uploaded document must keep to, where the provider states it (a material's own `limits` come first). */
  readonly uploadLimits?: Bilingual;
}

export const PROVIDERS: Readonly<Record<ProviderId, ProviderInfo>> = {
  huawei: {
    name: { 'zh-CN': '华为云', en: 'Huawei Cloud' },
    // Face check in the Huawei Cloud app: https://support.huaweicloud.com/icp_faq/icp_05_0121.html (rules/sources.ts S5, P04, P11, P39).
    app: { 'zh-CN': '华为云App', en: 'the Huawei Cloud app' },
    // 备案材料模板下载 in the filing console and help centre (rules/sources.ts P25).
    templates: { 'zh-CN': '华为云“备案材料模板下载”', en: "Huawei Cloud's filing-material templates (备案材料模板下载)" },
    // A public IP of a Huawei Cloud mainland resource: https://support.huaweicloud.com/prepare-icp/icp_02_0003.html (rules/sources.ts P10, P34).
    publicIp: { 'zh-CN': '华为云中国大陆资源的公网IP', en: 'public IP of a Huawei Cloud mainland resource' },
    console: { 'zh-CN': '华为云控制台（弹性公网IP或云服务器详情）', en: 'Huawei Cloud console (EIP or ECS details)' },
    // Images only, jpg/png, at most 4 MB each (rules/sources.ts P08, P30, K-材料).
    uploadLimits: { 'zh-CN': 'jpg 或 png 图片，单张不超过 4 MB', en: 'A jpg or png image of at most 4 MB' },
  },
  aliyun: {
    name: { 'zh-CN': '阿里云', en: 'Alibaba Cloud' },
    // Live photos and face check in the 阿里云App: https://help.aliyun.com/zh/icp-filing/basic-icp-service/user-guide/upload-data-and-authenticity-verification
    app: { 'zh-CN': '阿里云App', en: 'the Alibaba Cloud app' },
    // Materials and their templates: https://help.aliyun.com/zh/icp-filing/required-materials
    templates: { 'zh-CN': '阿里云备案帮助中心的“备案所需资料”', en: "Alibaba Cloud's filing help (required materials)" },
    // Cloud service and IP: https://help.aliyun.com/zh/icp-filing/basic-icp-service/user-guide/appendix-choice-of-cloud-services-and-ip-address
    publicIp: { 'zh-CN': '阿里云中国内地资源的公网IP', en: 'public IP of an Alibaba Cloud mainland resource' },
    console: { 'zh-CN': '阿里云控制台（云服务器实例详情）', en: 'Alibaba Cloud console (instance details)' },
  },
  tencent: {
    name: { 'zh-CN': '腾讯云', en: 'Tencent Cloud' },
    // 视频核身 in the WeChat mini-program 腾讯云网站备案: https://cloud.tencent.com/document/product/243/37402
    app: { 'zh-CN': '微信小程序“腾讯云网站备案”', en: 'the WeChat mini-program 腾讯云网站备案' },
    // Templates are not gathered on one known page (授权书: https://cloud.tencent.com/document/product/243/14968): a neutral place.
    templates: { 'zh-CN': '腾讯云备案控制台或备案帮助文档', en: "Tencent Cloud's filing console or filing help docs" },
    // Mainland server with a public IP: https://cloud.tencent.com/document/product/243/18908
    publicIp: { 'zh-CN': '腾讯云中国大陆资源的公网IP', en: 'public IP of a Tencent Cloud mainland resource' },
    console: { 'zh-CN': '腾讯云控制台（云服务器实例详情）', en: 'Tencent Cloud console (instance details)' },
  },
};

/**
 * The placeholders the engine fills from PROVIDERS, for every text of a rule or material
 * (title, messages, why, fix, material names and how-tos).
 */
export const PROVIDER_PLACEHOLDERS = ['provider', 'providerApp', 'providerTemplates', 'providerPublicIp', 'providerConsole'] as const;
export type ProviderPlaceholder = (typeof PROVIDER_PLACEHOLDERS)[number];

const KEYS: Record<ProviderPlaceholder, keyof ProviderInfo> = {
  provider: 'name',
  providerApp: 'app',
  providerTemplates: 'templates',
  providerPublicIp: 'publicIp',
  providerConsole: 'console',
};

export function isProviderPlaceholder(name: string): name is ProviderPlaceholder {
  return (PROVIDER_PLACEHOLDERS as readonly string[]).includes(name);
}

const paramsCache = new Map<ProviderId, Readonly<Record<ProviderPlaceholder, Bilingual>>>();

/** The placeholder values for one provider, as template params (one frozen object per provider). */
export function providerParams(id: ProviderId): Readonly<Record<ProviderPlaceholder, Bilingual>> {
  let params = paramsCache.get(id);
  if (!params) {
    const info = PROVIDERS[id];
    params = Object.freeze(Object.fromEntries(PROVIDER_PLACEHOLDERS.map((name) => [name, info[KEYS[name]]]))) as Record<ProviderPlaceholder, Bilingual>;
    paramsCache.set(id, params);
  }
  return params;
}
