/**
 * Every statement of the provider's original help-centre excerpts (the Huawei Cloud filing
 * help text this product started from, kept outside the repository), each with what honours
 * it or why nothing can:
 *
 * - `rules`: rule ids (`national/…`, `provinces/…`);
 * - `materials`: checklist materials (rules/model/materials.ts, or a rule's own);
 * - `helpers`: panel helpers, `verification/<module>#<export>`, with `.<id>` for one entry
 *   of a list (by its `id`) or of a table (by key);
 * - `reason`: why no rule, material or helper applies (page chrome, a figure, a heading).
 *
 * A statement is identified by a short phrase from it (at most 30 characters) and the lines
 * of the excerpt file it is on; the excerpt itself is not copied here, `about` says it in our
 * words. `source` is the page the honouring rule or helper cites for it; where the excerpt's own
 * page has no known address (the video-check booking), that is the nearest page cited instead.
 * test/unit/excerpt-coverage.test.ts fails when a line of the excerpt has no statement,
 * a statement has neither an id nor a reason, or an id does not exist; `npm run docs` writes
 * the table to rules/EXCERPT-COVERAGE.md.
 */
import type { SourceKey } from './sources';

/** Lines in the excerpt file (some excerpts appear twice; a statement lists every line it is on). */
export const EXCERPT_LINE_COUNT = 22;

export interface ExcerptStatement {
  readonly id: string;
  /** The excerpt lines (1-based) the statement is on. */
  readonly lines: readonly number[];
  /** A phrase from the statement that identifies it, at most 30 characters. */
  readonly phrase: string;
  /** What the statement says, briefly and in our words. */
  readonly about: string;
  /** The page that states it (absent for page chrome). */
  readonly source?: SourceKey;
  readonly rules?: readonly string[];
  readonly materials?: readonly string[];
  readonly helpers?: readonly string[];
  /** Honoured in part: what is not checked, and why. */
  readonly partly?: string;
  /** Nothing applies: why. A statement has ids or a reason, never both. */
  readonly reason?: string;
}

const CHROME = 'Page chrome of the help site, not a filing requirement.';
const BREADCRUMB = 'A breadcrumb to the parent help topic, not a requirement.';

export const EXCERPT_COVERAGE: readonly ExcerptStatement[] = [
  // Lines 1–2: the help site's banner.
  {
    id: 'banner-intl-site',
    lines: [1],
    phrase: '检测到您已登录华为云国际站账号',
    about: 'Banner suggesting the international site to a user logged in there.',
    reason: CHROME,
  },
  { id: 'banner-dismiss', lines: [2], phrase: '不再显示此消息', about: 'The banner’s “do not show again” button.', reason: CHROME },

  // Line 3: Guangdong's commitment letter.
  {
    id: 'gd-commitment-upload',
    lines: [3],
    phrase: '描并上传至备案系统',
    source: 'P03',
    about: 'The signed Guangdong commitment letter is scanned and uploaded to the filing system.',
    rules: ['provinces/gd/commitment-letter'],
    materials: ['gd-commitment-letter'],
  },
  {
    id: 'gd-commitment-letter',
    lines: [3],
    phrase: '下载并打印广东管局电子化核验承诺书',
    source: 'P03',
    about: 'Guangdong: download and print the commitment letter for electronic verification.',
    rules: ['provinces/gd/commitment-letter'],
    materials: ['gd-commitment-letter'],
  },
  {
    id: 'gd-commitment-unit',
    lines: [3],
    phrase: '单位备案下载地址',
    source: 'P03',
    about: 'A unit uses the unit version of the letter.',
    rules: ['provinces/gd/commitment-letter'],
  },
  {
    id: 'gd-commitment-person',
    lines: [3],
    phrase: '个人备案下载地址',
    source: 'P03',
    about: 'A person uses the personal version of the letter.',
    rules: ['provinces/gd/commitment-letter'],
  },
  {
    id: 'gd-commitment-figures',
    lines: [3],
    phrase: '根据图1 示例',
    source: 'P03',
    about: 'Figures 1 and 2 show the two versions filled in.',
    reason: 'Sample images of the letter; the rule points to the provider’s templates, and a filled-in letter is an upload the form does not read.',
  },

  // Lines 4 and 7: booking the video check by mail.
  {
    id: 'video-mail-from',
    lines: [4, 7],
    phrase: '用备案中填写的邮箱',
    source: 'S5',
    about: 'The booking mail is sent from the e-mail address entered in the filing.',
    helpers: ['verification/video-email#videoCheckEmail', 'verification/video-email#VIDEO_CHECK_FACTS.sender'],
  },
  {
    id: 'video-mail-to',
    lines: [4, 7],
    phrase: '邮件至beian@huaweicloud.com',
    source: 'S5',
    about: 'It goes to beian@huaweicloud.com.',
    helpers: ['verification/video-email#VIDEO_CHECK_TO', 'verification/video-email#videoCheckEmail'],
  },
  {
    id: 'video-mail-subject',
    lines: [4, 7],
    phrase: '邮件请以【华为云视频核验】为题',
    source: 'S5',
    about: 'Its subject is 【华为云视频核验】.',
    helpers: ['verification/video-email#VIDEO_CHECK_SUBJECT', 'verification/video-email#videoCheckEmail'],
  },
  {
    id: 'video-mail-body',
    lines: [4, 7],
    phrase: '【备案主体名称】+【备案订单号】',
    source: 'S5',
    about: 'Its body gives the subject name, the order number, and the date and time wanted.',
    helpers: ['verification/video-email#videoCheckEmail'],
  },
  {
    id: 'video-mail-reply',
    lines: [4, 7],
    phrase: '会将视频核验链接,回复至您邮箱',
    source: 'S5',
    about: 'The provider replies with the video-check link by mail.',
    helpers: ['verification/video-email#VIDEO_CHECK_FACTS.reply'],
  },
  {
    id: 'video-agreed-time',
    lines: [4, 7],
    phrase: '您需在约定的时间',
    source: 'S5',
    about: 'The check is joined at the agreed time (the excerpt breaks off here).',
    helpers: ['verification/video-email#VIDEO_CHECK_FACTS.reply'],
  },

  // Lines 5 and 6: the domain real-name screenshot.
  {
    id: 'domain-proof-shows',
    lines: [5, 6],
    phrase: '域名、域名持有者、证件号码、证件类型',
    source: 'S10',
    about: 'The domain real-name screenshot shows domain, holder, certificate number and certificate type.',
    materials: ['domain-real-name-screenshot'],
    helpers: ['verification/domain-proof#domainProof'],
  },
  {
    id: 'domain-proof-not-certificate',
    lines: [5, 6],
    phrase: '不是指域名证书',
    source: 'S10',
    about: 'It is the real-name data of the registrar’s template, not the domain certificate.',
    helpers: ['verification/domain-proof#domainProof'],
  },
  {
    id: 'domain-proof-matches',
    lines: [5, 6],
    phrase: '与备案的主体单位名称、证件类型',
    source: 'S10',
    about: 'The real-name data must match the subject’s name, certificate type and number.',
    rules: ['national/domain-holder-matches-subject'],
    helpers: ['verification/domain-proof#domainProof'],
    partly: 'The rule compares the holder and, when typed, the holder’s certificate number with the subject; the domain record has no certificate type.',
  },
  {
    id: 'domain-proof-fallback',
    lines: [5, 6],
    phrase: '在域名系统中截取基本信息界面',
    source: 'S10',
    about: 'When no page shows all four items, capture the domain’s basic-information page.',
    helpers: ['verification/domain-proof#domainProof'],
  },
  {
    id: 'domain-proof-example',
    lines: [5, 6],
    phrase: '例如页面',
    source: 'S10',
    about: 'An example page follows (the excerpt breaks off).',
    reason: 'The start of an example screenshot, cut off in the excerpt; nothing to check.',
  },

  // Line 8: cancelling.
  {
    id: 'cancel-elsewhere',
    lines: [8],
    phrase: '请联系原接入商或对应省通信管理局',
    source: 'HW-cancel-service',
    about: 'A filing not made with this provider is cancelled through the original access provider or the province.',
    rules: ['national/cancel-irreversible'],
  },
  {
    id: 'cancel-irreversible',
    lines: [8],
    phrase: '注销一旦成功则不可逆',
    source: 'HW-cancel-service',
    about: 'A cancellation, once done, cannot be undone.',
    rules: ['national/cancel-irreversible'],
  },
  {
    id: 'cancel-ecs-quota',
    lines: [8],
    phrase: '如已备案5个域名或APP',
    source: 'HW-cancel-service',
    about: 'An ECS that has served five filings cannot be used again after a cancellation: its filing quota is one-off.',
    rules: ['national/cancel-irreversible'],
  },
  {
    id: 'cancel-steps',
    lines: [8],
    phrase: 'PC端操作步骤 登录华为云备案系统',
    source: 'HW-cancel-service',
    about: 'The steps start by logging in to the provider’s filing system (figure 1).',
    reason: 'How to reach the console; the extension runs inside it and checks the form, not the way there.',
  },

  // Line 9: personal ID types and the other materials.
  {
    id: 'id-types-taiwan',
    lines: [9],
    phrase: '台湾居民来往大陆通行证或台湾居民居住证',
    source: 'HW-personal-materials',
    about: 'A Taiwan resident files with the mainland travel permit or the Taiwan residence permit.',
    rules: ['national/certificate-type-allowed', 'national/travel-permit-format', 'national/id-number-matches-type'],
  },
  {
    id: 'id-types-international',
    lines: [9],
    phrase: '护照、外国人永久居留身份证',
    source: 'HW-personal-materials',
    about: 'Other international and regional residents file with a passport or the foreign permanent resident ID card.',
    rules: ['national/certificate-type-allowed'],
  },
  {
    id: 'other-materials-intro',
    lines: [9],
    phrase: '个人备案不同备案场景可能需要准备',
    source: 'HW-personal-materials',
    about: 'Heading: depending on the province, some personal filings need some of the materials below.',
    reason: 'A heading; its one row is personal-many-prefixes.',
  },
  {
    id: 'personal-many-prefixes',
    lines: [9],
    phrase: '前缀不相同的域名数超5个',
    source: 'HW-personal-materials',
    about:
      'Yunnan, Shaanxi and Guangdong: a personal filing with more than five domain prefixes needs every domain’s certificate and a website construction plan.',
    rules: ['provinces/shared/many-domains-dossier'],
    materials: ['domain-certificate', 'site-plan'],
  },

  // Lines 10 and 14: website names.
  {
    id: 'site-name-rejected',
    lines: [10, 14],
    phrase: '包含禁止使用的词汇或敏感词汇',
    source: 'K-驳回',
    about: 'A name against the naming rules, with banned or sensitive words, is rejected.',
    rules: [
      'national/site-name-sensitive-words',
      'national/site-name-state-words',
      'national/personal-site-name-banned-words',
      'national/personal-site-name-organisation-words',
      'national/site-name-pre-approval-words',
    ],
  },
  {
    id: 'site-name-content',
    lines: [10, 14],
    phrase: '网站名称需要与网站内容有关',
    source: 'K-驳回',
    about: 'The website name must relate to the content.',
    rules: ['national/personal-site-name-not-domain-or-own-name', 'national/site-name-min-length', 'national/site-name-not-digits-or-latin-only'],
    partly:
      'The form holds no site content to compare with; these rules catch the names that cannot describe any (a bare domain, the filer’s own name, a fragment, digits or Latin only).',
  },
  {
    id: 'unit-site-name',
    lines: [10, 14],
    phrase: '与备案主体单位名称保持一致或简称',
    source: 'K-驳回',
    about: 'A unit’s website name is usually its full or short name.',
    rules: ['national/unit-site-name-relates-to-subject'],
  },
  {
    id: 'unit-site-name-trademark',
    lines: [10, 14],
    phrase: '需提供商标注册证明',
    source: 'K-驳回',
    about: 'Where the province asks, a name with no link to the unit needs a trademark registration proof.',
    rules: ['national/unit-site-name-relates-to-subject'],
    materials: ['trademark-certificate'],
  },

  // Lines 11 and 15: a renamed subject.
  {
    id: 'renamed-subject',
    lines: [11, 15],
    phrase: '单位名称已变更',
    source: 'P05',
    about: 'The rectification notice for a unit whose name changed after filing.',
    rules: ['national/change-renamed-subject'],
  },
  {
    id: 'renamed-subject-change',
    lines: [11, 15],
    phrase: '填写新的主体信息并上传最新的营业执照',
    source: 'P05',
    about: 'File a change with the new subject details and the latest business licence.',
    rules: ['national/change-renamed-subject'],
    materials: ['subject-certificate'],
  },
  {
    id: 'subject-name-equals-certificate',
    lines: [11, 15],
    phrase: '确保备案主体名称与主体证件中单位名称一致',
    source: 'P05',
    about: 'The subject name must equal the unit name on its certificate.',
    rules: ['national/change-renamed-subject'],
    partly: 'The certificate is an uploaded image the form does not read; the rule asks for the latest certificate when the name differs from the filed one.',
  },
  {
    id: 'renamed-subject-parent',
    lines: [11, 15],
    phrase: '父主题: 主体信息不准确',
    source: 'P05',
    about: 'Parent topic: inaccurate subject details.',
    reason: BREADCRUMB,
  },

  // Lines 12 and 13: cross-province filing.
  {
    id: 'cross-province-defined',
    lines: [12, 13],
    phrase: '跨省备案即备案主办单位或个人证件非',
    source: 'K-驳回',
    about: 'Cross-province filing: the unit’s or person’s certificate was issued outside the filing province.',
    rules: ['national/credit-code-province', 'provinces/shared/personal-local-id-only', 'provinces/shared/personal-residence-proof'],
  },
  {
    id: 'cross-province-unit-address',
    lines: [12, 13],
    phrase: '企业参考证件地址',
    source: 'K-驳回',
    about: 'A unit files by the address on its certificate.',
    rules: ['national/credit-code-province', 'provinces/shared/mailing-address-same-city'],
    partly:
      'The filing province is compared with the credit code’s division, as the certificate address is free text; only 河北, 河南 and 贵州 compare the mailing address with it.',
  },
  {
    id: 'cross-province-person-address',
    lines: [12, 13],
    phrase: '个人参考填写通讯地址',
    source: 'K-驳回',
    about: 'A person files by the mailing address entered.',
    rules: ['provinces/shared/mailing-address-same-city', 'provinces/shared/personal-residence-proof'],
    partly:
      'Checked where a province asks: 河北, 河南 and 贵州 compare the mailing address with the ID address, and the provinces that want local residence proof ask for it.',
  },
  {
    id: 'cross-province-person-limits',
    lines: [12, 13],
    phrase: '个人跨省请参考当地管局规则限制',
    source: 'K-驳回',
    about: 'A person filing outside the ID’s province follows that province’s limits.',
    rules: [
      'provinces/shared/personal-local-id-only',
      'provinces/shared/personal-local-id-advised',
      'provinces/shared/personal-residence-proof',
      'provinces/shared/personal-residence-proof-advised',
      'provinces/shared/personal-cross-province-keep-permit',
    ],
    materials: ['residence-proof'],
  },
  {
    id: 'cross-province-unit',
    lines: [12, 13],
    phrase: '企业备案:不可以跨省备案',
    source: 'K-驳回',
    about: 'A unit cannot file across provinces: set the filing province to that of its certificate address.',
    rules: ['national/credit-code-province'],
  },

  // Line 16: who receives the verification SMS.
  {
    id: 'sms-subject-only',
    lines: [16],
    phrase: '仅主体变更:主体负责人手机号',
    source: 'P29',
    about: 'A change of the subject only: the subject principal’s mobile.',
    helpers: ['verification/sms#smsRecipients'],
  },
  {
    id: 'sms-website-only',
    lines: [16],
    phrase: '仅网站变更:互联网信息服务负责人手机号',
    source: 'P29',
    about: 'A change of a website only: its principal’s mobile.',
    helpers: ['verification/sms#smsRecipients'],
  },
  {
    id: 'sms-app-only',
    lines: [16],
    phrase: '仅APP变更:互联网信息服务负责人',
    source: 'P29',
    about: 'A change of an app only: its principal.',
    helpers: ['verification/sms#smsRecipients'],
  },
  {
    id: 'sms-subject-and-website',
    lines: [16],
    phrase: '主体和网站均变更',
    source: 'P29',
    about: 'Subject and website both changed: both principals.',
    helpers: ['verification/sms#smsRecipients'],
  },
  {
    id: 'sms-subject-and-app',
    lines: [16],
    phrase: '主体和APP均变更',
    source: 'P29',
    about: 'Subject and app both changed: both principals.',
    helpers: ['verification/sms#smsRecipients'],
  },
  {
    id: 'sms-new-mobile',
    lines: [16],
    phrase: '若变更手机号码',
    source: 'P29',
    about: 'A changed mobile number is submitted with the filing; the SMS check follows once the province approves it.',
    helpers: ['verification/sms#SMS_FACTS.newMobile'],
  },

  // Lines 17 and 18: one app, one filing.
  {
    id: 'app-one-filing',
    lines: [17, 18],
    phrase: '下载安装后名称是一样的',
    source: 'K-APP',
    about: 'One app whose store names differ but whose installed name is the same is filed once.',
    rules: ['national/app-store-names'],
  },
  {
    id: 'app-name-consistent',
    lines: [17, 18],
    phrase: '同一APP必须保持名称一致',
    source: 'K-APP',
    about: 'Under one subject an app keeps one name, the name after installation.',
    rules: ['national/app-store-names'],
  },
  { id: 'app-one-filing-parent', lines: [17, 18], phrase: '父主题: APP备案FAQ', source: 'K-APP', about: 'Parent topic: app filing FAQ.', reason: BREADCRUMB },

  // Lines 19 and 22: an app resolving elsewhere.
  {
    id: 'app-resolution-mismatch',
    lines: [19, 22],
    phrase: 'IP实际解析与备案中IP地址不一致',
    source: 'K-错误',
    about: 'Rectification notice: the app’s domains resolve to IPs other than the filed ones.',
    rules: ['national/app-resolution-reminder'],
    partly: 'Resolution cannot be looked up offline; the rule sets the domains and the filed IPs side by side for the user to compare.',
  },
  {
    id: 'app-resolution-cause',
    lines: [19, 22],
    phrase: '解析大陆境外IP、其他接入商IP',
    source: 'K-错误',
    about: 'The cause: a filed domain resolves outside the mainland or to another provider’s IP.',
    rules: ['national/app-resolution-reminder'],
    partly: 'Where a domain resolves cannot be looked up offline; the rule shows the filed IPs next to the domains.',
  },
  {
    id: 'app-resolution-fix',
    lines: [19, 22],
    phrase: '需修改解析与备案信息填写的IP保持一致',
    source: 'K-错误',
    about: 'Align resolution with the filed IP, or change the filing’s IP.',
    rules: ['national/app-resolution-reminder'],
  },
  { id: 'app-resolution-parent', lines: [19, 22], phrase: '父主题: APP信息', source: 'K-错误', about: 'Parent topic: app information.', reason: BREADCRUMB },

  // Line 20: returned orders and the MIIT SMS check.
  {
    id: 'resubmit-after-return',
    lines: [20],
    phrase: '退回后需登录华为云备案系统重新提交',
    source: 'P29',
    about: 'A returned order is corrected and submitted again in the provider’s filing system.',
    helpers: ['verification/sms#SMS_FACTS.returned', 'verification/sms#SMS_FACTS.window'],
  },
  {
    id: 'miit-sms-check',
    lines: [20],
    phrase: '收到工信部发出的验证短信后',
    source: 'P29',
    about: 'The mobile that receives the MIIT SMS completes the check on the MIIT filing system promptly.',
    helpers: ['verification/sms#SMS_FACTS.miitSite', 'verification/sms#smsRecipients'],
  },
  {
    id: 'miit-site',
    lines: [20],
    phrase: 'https://beian.miit.gov.cn',
    source: 'P29',
    about: 'The MIIT filing system is at beian.miit.gov.cn.',
    helpers: ['verification/sms#SMS_FACTS.miitSite'],
  },
  {
    id: 'miit-site-figure',
    lines: [20],
    phrase: '图1 工信部备案管理系统',
    source: 'P29',
    about: 'Figure 1: the MIIT filing system.',
    reason: 'A screenshot of the MIIT site; nothing to check.',
  },

  // Line 21: pre-approvals.
  {
    id: 'pre-approval-culture-basis',
    lines: [21],
    phrase: '《互联网文化管理暂行规定》',
    source: 'HW-pre-approval',
    about: 'Culture products (music, animation …) are defined by the interim provisions on internet culture.',
    rules: ['national/site-name-pre-approval-words', 'national/pre-approval-keyword-unticked'],
    helpers: ['verification/pre-approval#PRE_APPROVAL_AUTHORITIES.culture'],
  },
  {
    id: 'pre-approval-culture-authority',
    lines: [21],
    phrase: '前置审批批复单位:各省文化和旅游厅',
    source: 'HW-pre-approval',
    about: 'The culture approval is given by the province’s department of culture and tourism.',
    helpers: ['verification/pre-approval#PRE_APPROVAL_AUTHORITIES.culture'],
  },
  {
    id: 'pre-approval-culture-licence',
    lines: [21],
    phrase: '《网络文化经营许可证》',
    source: 'HW-pre-approval',
    about: 'The document is the online culture business licence.',
    materials: ['pre-approval-document', 'no-pre-approval-pledge'],
    helpers: ['verification/pre-approval#PRE_APPROVAL_AUTHORITIES.culture', 'verification/pre-approval#provincePledge'],
  },
  {
    id: 'pre-approval-broadcasting',
    lines: [21],
    phrase: '广播电影电视节目类',
    source: 'HW-pre-approval',
    about: 'Radio, film and TV programmes (audio-visual programmes shot or recorded) are a pre-approval category of their own.',
    rules: ['national/site-name-pre-approval-words', 'national/pre-approval-keyword-unticked'],
    materials: ['pre-approval-document'],
    helpers: ['verification/pre-approval#PRE_APPROVAL_AUTHORITIES.broadcasting'],
  },
];

/** How a statement is covered: by ids (in full or in part) or not applicable (a reason). */
export function coverageOf(s: ExcerptStatement): 'honoured' | 'partly' | 'not-applicable' {
  if (s.reason) return 'not-applicable';
  return s.partly ? 'partly' : 'honoured';
}
