/**
 * Controlled vocabularies of the filing form. The model stores stable English ids;
 * `zh` is the label the consoles show (the national MIIT code tables, as the ICP APIs of mini-program platforms also use them:
 * https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/record/api_getonlineicporder.html), used by
 * adapters to translate what they read and by the UI to display it.
 * Consoles renumber these lists, so adapters match by label text, never by code.
 */
import type { ProviderId } from './providers';

export interface Term {
  readonly zh: string;
  readonly en: string;
  /** Other labels seen for the same value in consoles or older documents. */
  readonly aliases?: readonly string[];
}

function vocabulary<const T extends Record<string, Term>>(terms: T) {
  return terms;
}

/** 主办单位性质 — the national list. */
export const SUBJECT_NATURES = vocabulary({
  defence: { zh: '国防机构', en: 'Defence organisation', aliases: ['军队'] },
  government: { zh: '政府机关', en: 'Government body', aliases: ['党政机关', '政府'] },
  institution: { zh: '事业单位', en: 'Public institution' },
  enterprise: { zh: '企业', en: 'Enterprise' },
  individual: { zh: '个人', en: 'Individual' },
  'social-organisation': { zh: '社会团体', en: 'Social organisation' },
  'private-non-enterprise': { zh: '民办非企业单位', en: 'Private non-enterprise unit' },
  foundation: { zh: '基金会', en: 'Foundation' },
  'law-firm': { zh: '律师执业机构', en: 'Law firm' },
  'foreign-cultural-centre': { zh: '外国在华文化中心', en: 'Foreign cultural centre in China' },
  'mass-organisation': { zh: '群众性团体组织', en: 'Mass organisation' },
  'judicial-expertise': { zh: '司法鉴定机构', en: 'Judicial expertise institution' },
  religious: { zh: '宗教团体', en: 'Religious group' },
  'overseas-organisation': { zh: '境外机构', en: 'Overseas organisation' },
  medical: { zh: '医疗机构', en: 'Medical institution' },
  notary: { zh: '公证机构', en: 'Notary office' },
  'collective-economy': { zh: '集体经济', en: 'Collective economic organisation' },
  arbitration: { zh: '仲裁机构', en: 'Arbitration body' },
});
export type SubjectNature = keyof typeof SUBJECT_NATURES;
/** Every nature except 个人: the rules call these "units" (单位). */
export const UNIT_NATURES = (Object.keys(SUBJECT_NATURES) as SubjectNature[]).filter((n) => n !== 'individual');

/** 证件类型 of the subject (unit certificates) and of persons; national codes. */
export const CERTIFICATE_TYPES = vocabulary({
  'business-licence': { zh: '营业执照（个人或企业）', en: 'Business licence', aliases: ['营业执照'] },
  'uscc-certificate': { zh: '统一社会信用代码证书', en: 'Unified social credit code certificate' },
  'organisation-code': { zh: '组织机构代码证', en: 'Organisation code certificate' },
  'foreign-enterprise-office': { zh: '外国企业常驻代表机构登记证', en: 'Registration of a resident office of a foreign enterprise' },
  'institution-legal-person': { zh: '事业单位法人证书', en: 'Public institution legal-person certificate' },
  'social-organisation-registration': { zh: '社会团体法人登记证书', en: 'Social organisation registration certificate' },
  'private-non-enterprise-registration': { zh: '民办非企业单位登记证书', en: 'Private non-enterprise unit registration certificate' },
  'social-service-organisation': { zh: '社会服务机构登记证书', en: 'Social service organisation registration certificate' },
  'private-school-licence': { zh: '民办学校办学许可证', en: 'Private school licence' },
  'foundation-registration': { zh: '基金会法人登记证书', en: 'Foundation registration certificate' },
  'law-firm-licence': { zh: '律师事务所执业许可证', en: 'Law firm practising licence' },
  'foreign-cultural-centre-registration': { zh: '外国在华文化中心登记证', en: 'Foreign cultural centre registration' },
  'judicial-expertise-licence': { zh: '司法鉴定许可证', en: 'Judicial expertise licence' },
  'religious-venue-registration': { zh: '宗教活动场所登记证', en: 'Religious venue registration certificate' },
  'overseas-organisation-certificate': { zh: '境外机构证件', en: 'Overseas organisation certificate' },
  'medical-practice-licence': { zh: '医疗机构执业许可证', en: 'Medical institution practising licence' },
  'notary-licence': { zh: '公证机构执业证', en: 'Notary office practising certificate' },
  'collective-economy-registration': { zh: '农村集体经济组织登记证', en: 'Rural collective economic organisation registration' },
  'arbitration-registration': { zh: '仲裁委员会登记证', en: 'Arbitration commission registration' },
  'military-code': { zh: '部队代号', en: 'Military unit code' },
  'military-service-licence': { zh: '军队单位对外有偿服务许可证', en: 'Military paid-service licence' },
  // Personal identity documents (also used for principals).
  'resident-id': { zh: '居民身份证', en: 'Resident identity card', aliases: ['身份证', '二代身份证'] },
  passport: { zh: '护照', en: 'Passport' },
  'tw-travel-permit': { zh: '台湾居民来往大陆通行证', en: 'Mainland travel permit for Taiwan residents', aliases: ['台胞证'] },
  'hk-mo-travel-permit': {
    zh: '港澳居民来往内地通行证',
    en: 'Mainland travel permit for Hong Kong and Macao residents',
    aliases: ['港澳居民来往内陆通行证', '回乡证'],
  },
  'foreign-permanent-residence': { zh: '外国人永久居留身份证', en: 'Foreign permanent resident ID card' },
  'hk-mo-residence-permit': { zh: '港澳居民居住证', en: 'Residence permit for Hong Kong and Macao residents' },
  'tw-residence-permit': { zh: '台湾居民居住证', en: 'Residence permit for Taiwan residents' },
});
export type CertificateType = keyof typeof CERTIFICATE_TYPES;

export const PERSONAL_ID_TYPES = [
  'resident-id',
  'passport',
  'tw-travel-permit',
  'hk-mo-travel-permit',
  'foreign-permanent-residence',
  'hk-mo-residence-permit',
  'tw-residence-permit',
] as const satisfies readonly CertificateType[];
export type PersonalIdType = (typeof PERSONAL_ID_TYPES)[number];

/**
 * Certificate types accepted for each subject nature (national codes). The
 * grouping of the national code list by nature is the reference's reading of the list
 * order; 统一社会信用代码证书 is added where a nature's certificate carries the USCC.
 */
export const CERTIFICATE_TYPES_BY_NATURE: Record<SubjectNature, readonly CertificateType[]> = {
  enterprise: ['business-licence', 'organisation-code', 'foreign-enterprise-office'],
  'law-firm': ['organisation-code', 'law-firm-licence', 'uscc-certificate'],
  'foreign-cultural-centre': ['foreign-cultural-centre-registration'],
  'mass-organisation': ['uscc-certificate', 'organisation-code'],
  'judicial-expertise': ['judicial-expertise-licence', 'uscc-certificate'],
  religious: ['religious-venue-registration', 'uscc-certificate'],
  'overseas-organisation': ['overseas-organisation-certificate'],
  medical: ['medical-practice-licence', 'business-licence', 'institution-legal-person', 'uscc-certificate'],
  notary: ['notary-licence', 'uscc-certificate'],
  'collective-economy': ['collective-economy-registration', 'uscc-certificate'],
  defence: ['military-code', 'military-service-licence'],
  government: ['organisation-code', 'uscc-certificate'],
  institution: ['organisation-code', 'institution-legal-person', 'uscc-certificate'],
  individual: PERSONAL_ID_TYPES,
  'social-organisation': ['social-organisation-registration', 'organisation-code', 'uscc-certificate'],
  'private-non-enterprise': ['private-non-enterprise-registration', 'social-service-organisation', 'private-school-licence', 'uscc-certificate'],
  arbitration: ['arbitration-registration', 'uscc-certificate'],
  foundation: ['organisation-code', 'foundation-registration', 'uscc-certificate'],
};

/** Filing types, with the console's menu wording (P16, P38, P09, P13, P41). */
export const FILING_TYPES = vocabulary({
  first: { zh: '首次备案', en: 'First filing', aliases: ['新增备案'] },
  'add-service': { zh: '新增网站/APP', en: 'Add a website or app', aliases: ['新增互联网信息服务', '新增网站', '新增APP'] },
  'add-access': { zh: '新增接入', en: 'Add access (move to this provider)', aliases: ['接入备案'] },
  'change-subject': { zh: '变更主体', en: 'Change subject information' },
  'change-service': { zh: '变更网站/APP', en: 'Change website or app information', aliases: ['变更互联网信息服务', '变更网站'] },
  'change-filing': { zh: '变更备案', en: 'Change subject and service information' },
  'cancel-service': { zh: '注销互联网信息服务', en: 'Cancel a website or app', aliases: ['注销网站', '注销APP'] },
  'cancel-subject': { zh: '注销主体', en: 'Cancel the subject' },
  'cancel-access': { zh: '取消接入', en: 'Cancel access' },
  // 迁移互联网信息服务 (更多 > 迁移互联网信息服务; the help centre's 迁移备案 / 网站迁移): a filed website
  // moves to another subject, in the target subject's own account, reviewed by the 管局 (S4, K-迁移).
  'migrate-service': { zh: '迁移互联网信息服务', en: 'Migrate a website to another subject', aliases: ['网站迁移', '迁移备案', '迁移网站'] },
  // 转移备案: the same subject and its services move to another account of the provider; no
  // review by the provider or the 管局 (P22, P13, K-转移).
  transfer: { zh: '转移备案', en: 'Transfer the filing to another account' },
});
export type FilingType = keyof typeof FILING_TYPES;
/** Types that submit a new or extended filing, where the field rules apply in full. */
export const NEW_FILING_TYPES: readonly FilingType[] = ['first', 'add-service', 'add-access'];
export const CHANGE_FILING_TYPES: readonly FilingType[] = ['change-subject', 'change-service', 'change-filing'];
/** Cancellation orders: they upload no filing materials. */
export const CANCEL_FILING_TYPES: readonly FilingType[] = ['cancel-service', 'cancel-subject', 'cancel-access'];
/** Orders that move filed services or a filed subject rather than file, change or cancel them. */
export const MOVE_FILING_TYPES: readonly FilingType[] = ['migrate-service', 'transfer'];
/** First filings and new-site orders: the orders that bring new websites and domains to the 管局. */
export const NEW_SITE_FILING_TYPES: readonly FilingType[] = ['first', 'add-service'];

/** Whether `type` (a filing type, or anything read from a page) moves services or a subject (MOVE_FILING_TYPES). */
export function isMoveFilingType(type: unknown): boolean {
  return (MOVE_FILING_TYPES as readonly unknown[]).includes(type);
}

/** Whether `type` (a filing type, or anything read from a page) is a cancellation. */
export function isCancelFilingType(type: unknown): boolean {
  return (CANCEL_FILING_TYPES as readonly unknown[]).includes(type);
}

/** 网站服务内容 — national codes. */
export const SERVICE_CONTENT = vocabulary({
  'instant-messaging': { zh: '即时通信', en: 'Instant messaging' },
  'search-engine': { zh: '搜索引擎', en: 'Search engine' },
  portal: { zh: '综合门户', en: 'General portal' },
  webmail: { zh: '网上邮局', en: 'Web mail' },
  news: { zh: '网络新闻', en: 'Online news' },
  blog: { zh: '博客/个人空间', en: 'Blog / personal space', aliases: ['博客', '个人空间'] },
  advertising: { zh: '网络广告/信息', en: 'Online advertising / information' },
  'unit-portal': { zh: '单位门户网站', en: 'Organisation portal' },
  shopping: { zh: '网络购物', en: 'Online shopping' },
  payment: { zh: '网上支付', en: 'Online payment' },
  banking: { zh: '网上银行', en: 'Online banking' },
  securities: { zh: '网上炒股/股票基金', en: 'Online stock trading / funds' },
  games: { zh: '网络游戏', en: 'Online games' },
  music: { zh: '网络音乐', en: 'Online music' },
  video: { zh: '网络影视', en: 'Online film and video' },
  images: { zh: '网络图片', en: 'Online images' },
  'software-download': { zh: '网络软件/下载', en: 'Software / downloads' },
  jobs: { zh: '网上求职', en: 'Online job search' },
  dating: { zh: '网上交友/婚介', en: 'Online dating / matchmaking' },
  'real-estate': { zh: '网上房产', en: 'Online real estate' },
  education: { zh: '网络教育', en: 'Online education' },
  'site-building': { zh: '网站建设', en: 'Website building' },
  wap: { zh: 'WAP', en: 'WAP' },
  other: { zh: '其他', en: 'Other' },
  app: { zh: 'APP', en: 'App' },
  'p2p-lending-intermediary': { zh: '网络借贷信息中介', en: 'Online lending information intermediary' },
  'equity-crowdfunding': { zh: '互联网股权融资', en: 'Online equity financing' },
  'internet-insurance': { zh: '互联网保险', en: 'Online insurance' },
  'cross-sector-finance': { zh: '互联网跨界金融及资产管理', en: 'Cross-sector finance and asset management' },
  'non-bank-payment': { zh: '网上非银支付', en: 'Non-bank online payment' },
});
export type ServiceContent = keyof typeof SERVICE_CONTENT;

/** 前置审批 categories — national codes (P19, K-驳回). */
export const PRE_APPROVAL_CATEGORIES = vocabulary({
  news: { zh: '新闻', en: 'News' },
  publishing: { zh: '出版', en: 'Publishing' },
  education: { zh: '教育', en: 'Education' },
  healthcare: { zh: '医疗保健', en: 'Healthcare' },
  'drugs-devices': { zh: '药品和医疗器械', en: 'Drugs and medical devices' },
  'bulletin-board': { zh: '电子公告服务', en: 'Electronic bulletin services', aliases: ['电子公告'] },
  culture: { zh: '文化', en: 'Culture' },
  broadcasting: { zh: '广播电影电视节目', en: 'Radio, film and TV programmes' },
  'ride-hailing': { zh: '网络预约车', en: 'Online ride-hailing' },
  finance: { zh: '互联网金融', en: 'Internet finance', aliases: ['金融'] },
  'off-campus-training': { zh: '校外培训（高中及以下阶段）', en: 'Off-campus tutoring (up to senior high school)', aliases: ['校外培训'] },
  religion: { zh: '宗教', en: 'Religion' },
  games: { zh: '游戏', en: 'Games' },
});
export type PreApprovalCategory = keyof typeof PRE_APPROVAL_CATEGORIES;

/** 网站语言 — national codes. */
export const LANGUAGES = vocabulary({
  'zh-Hans': { zh: '中文简体', en: 'Simplified Chinese', aliases: ['简体中文', '中文'] },
  'zh-Hant': { zh: '中文繁体', en: 'Traditional Chinese', aliases: ['繁体中文'] },
  ug: { zh: '维吾尔语', en: 'Uyghur' },
  kk: { zh: '哈萨克语', en: 'Kazakh' },
  ky: { zh: '柯尔克孜语', en: 'Kyrgyz' },
  mn: { zh: '蒙古语', en: 'Mongolian' },
  bo: { zh: '藏语', en: 'Tibetan' },
  za: { zh: '壮语', en: 'Zhuang' },
  ko: { zh: '朝鲜语', en: 'Korean' },
  ii: { zh: '彝文', en: 'Yi' },
  hmn: { zh: '苗语', en: 'Hmong' },
  en: { zh: '英语', en: 'English' },
  ja: { zh: '日语', en: 'Japanese' },
  fr: { zh: '法语', en: 'French' },
  ru: { zh: '俄罗斯语', en: 'Russian', aliases: ['俄语'] },
  es: { zh: '西班牙语', en: 'Spanish' },
  ar: { zh: '阿拉伯语', en: 'Arabic' },
});
export type Language = keyof typeof LANGUAGES;

/** APP runtime platforms (P02, P23, P33, K-APP): operating systems, never app stores. */
export const APP_PLATFORMS = vocabulary({
  android: { zh: '安卓', en: 'Android', aliases: ['Android'] },
  ios: { zh: 'iOS', en: 'iOS', aliases: ['苹果'] },
  harmonyos: { zh: '鸿蒙', en: 'HarmonyOS', aliases: ['HarmonyOS', 'OpenHarmony'] },
  other: { zh: '其他', en: 'Other' },
});
export type AppPlatform = keyof typeof APP_PLATFORMS;

/**
 * Filing resources at Huawei Cloud (P16: 验证备案类型). Huawei's list only: Alibaba Cloud
 * and Tencent Cloud name other products (https://help.aliyun.com/zh/icp-filing/basic-icp-service/user-guide/appendix-choice-of-cloud-services-and-ip-address,
 * https://cloud.tencent.com/document/product/243/18908); RESOURCE_TYPE_PROVIDERS says whose.
 */
export const RESOURCE_TYPES = vocabulary({
  // The console's option texts (resource table quoted on sources.ts P15): Flexus X instances are filed as ECS.
  ecs: { zh: '弹性云服务器', en: 'Elastic Cloud Server', aliases: ['ECS', '云服务器', 'ECS弹性云服务器', 'ECS弹性云服务器(含华为云Flexus应用服务器(X实例))'] },
  flexus: { zh: 'Flexus应用服务器', en: 'Flexus server', aliases: ['Flexus L', 'Flexus X', 'Flexus应用服务器L实例', '华为云Flexus应用服务器(L实例)'] },
  'enterprise-portal': { zh: '企业门户', en: 'Enterprise portal' },
  'dedicated-cloud': { zh: '专属云', en: 'Dedicated cloud' },
  'nat-gateway': { zh: '公网NAT网关', en: 'Public NAT gateway' },
  'auth-code': { zh: '备案授权码', en: 'Filing authorisation code' },
});
export type ResourceType = keyof typeof RESOURCE_TYPES;
/** The providers RESOURCE_TYPES lists the resources of (as a rule's scope.providers): a rule on resource.type scopes to these. */
export const RESOURCE_TYPE_PROVIDERS: readonly ProviderId[] = ['huawei'];

/** Reverse lookup from a console label (or alias, or English) to the id; used by adapters and the CLI. */
export function termId<T extends Record<string, Term>>(terms: T, label: string): keyof T | undefined {
  const wanted = label.replace(/\s+/g, '').toLowerCase();
  for (const [id, term] of Object.entries(terms)) {
    const names = [id, term.zh, term.en, ...(term.aliases ?? [])];
    if (names.some((n) => n.replace(/\s+/g, '').toLowerCase() === wanted)) return id as keyof T;
  }
  return undefined;
}
