/**
 * Who issues each 前置审批 (pre-approval) and what the document is called, so the
 * checklist can name category, authority and licence (P19, K-驳回, P04, P45, P20).
 *
 * Evidence, per column:
 *  - the categories are Huawei's (P19 [F], K-驳回 [K]; 校外培训 from the console list);
 *  - authorities and licence names come, unless marked otherwise, from another provider's
 *    table dated 2017 (T3, third party). Ministries were reorganised in 2018 (广电总局 →
 *    国家新闻出版署 / 广电总局; 文化部 → 文化和旅游部; 国务院新闻办 → 网信办), so the names
 *    below use the current bodies where the reference gives them and keep T3's older
 *    wording in `note`. `thirdParty2017: true` marks every entry that rests on T3 and may
 *    be outdated;
 *  - religion is Huawei's own row (P30, P26 [F]);
 *  - finance, games and off-campus tutoring: the reference names no authority or
 *    document; they are left undefined rather than guessed.
 * Huawei's own table (HW-pre-approval, "前置审批行业类别及批复单位") was not available.
 *
 * K-材料: where the words of a filing point at a category but the site carries no such
 * content, the province's signed 不涉及前置审批承诺书 is the documented alternative to the
 * approval. A province's generic template covers every category; category-specific
 * templates are known for 教育, 文化, 金融 and 新闻; no template crosses provinces.
 */
import type { Bilingual } from '../engine/types';
import type { FilingForm, PreApproval } from '../model/filing-form';
import type { ProvinceCode } from '../model/provinces';
import { PRE_APPROVAL_CATEGORIES, type PreApprovalCategory } from '../model/vocabulary';
import type { SourceKey } from '../sources';

export interface PreApprovalAuthority {
  readonly category: PreApprovalCategory;
  readonly name: Bilingual;
  /** The approving body; undefined when no source names it. */
  readonly authority?: Bilingual;
  /** The approval document or licence; undefined when no source names it. */
  readonly licence?: Bilingual;
  /** The authority or licence rests on the 2017 third-party table (T3) and may be outdated. */
  readonly thirdParty2017: boolean;
  /** Status remarks (older names, approvals T3 reports as cancelled). */
  readonly note?: Bilingual;
  /** K-材料: the province's 不涉及前置审批承诺书 replaces the approval when the content is not carried. */
  readonly pledge: { readonly alternative: true; readonly categoryTemplateKnown: boolean };
  readonly sources: readonly SourceKey[];
}

const b = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, en });
const name = (c: PreApprovalCategory) => b(PRE_APPROVAL_CATEGORIES[c].zh, PRE_APPROVAL_CATEGORIES[c].en);
const CATEGORY_SOURCES: readonly SourceKey[] = ['P19', 'K-驳回', 'K-材料'];

function entry(
  category: PreApprovalCategory,
  rest: Omit<PreApprovalAuthority, 'category' | 'name' | 'pledge' | 'sources'> & {
    readonly sources?: readonly SourceKey[];
    readonly categoryTemplate?: boolean;
  },
): PreApprovalAuthority {
  const { sources = [], categoryTemplate = false, ...info } = rest;
  return {
    category,
    name: name(category),
    ...info,
    pledge: { alternative: true, categoryTemplateKnown: categoryTemplate },
    sources: [...CATEGORY_SOURCES, ...sources],
  };
}

export const PRE_APPROVAL_AUTHORITIES: Readonly<Record<PreApprovalCategory, PreApprovalAuthority>> = {
  news: entry('news', {
    authority: b('国家或省级互联网信息办公室', 'Cyberspace Administration (national or provincial)'),
    licence: b('《互联网新闻信息服务许可证》', 'Internet news information service licence'),
    thirdParty2017: true,
    note: b(
      '第三方2017年资料写作国务院新闻办公室或省新闻办。',
      'The 2017 third-party table names the State Council Information Office or the provincial information office.',
    ),
    categoryTemplate: true,
    sources: ['T3'],
  }),
  publishing: entry('publishing', {
    authority: b('国家新闻出版署', 'National Press and Publication Administration'),
    licence: b('《网络出版服务许可证》', 'Online publishing service licence'),
    thirdParty2017: true,
    note: b(
      '第三方2017年资料写作国家新闻出版广电总局，证件旧称《互联网出版许可证》。',
      'The 2017 table names the former SAPPRFT and the older licence name 互联网出版许可证.',
    ),
    sources: ['T3'],
  }),
  education: entry('education', {
    authority: b('省级教育行政部门', 'Provincial education department'),
    licence: b('教育主管部门的审核同意文件', 'Approval letter from the education authority'),
    thirdParty2017: true,
    note: b(
      '第三方2017年资料称多数省份已取消此项审批；仍请以所在省份要求为准。',
      'The 2017 table reports this approval cancelled in most provinces; follow the province’s current practice.',
    ),
    categoryTemplate: true,
    sources: ['T3'],
  }),
  healthcare: entry('healthcare', {
    authority: b('省级卫生健康主管部门', 'Provincial health commission'),
    licence: b('卫生健康主管部门的审核同意文件', 'Approval letter from the health authority'),
    thirdParty2017: true,
    note: b(
      '第三方2017年资料称多数省份已取消此项审批；仍请以所在省份要求为准。',
      'The 2017 table reports this approval cancelled in most provinces; follow the province’s current practice.',
    ),
    sources: ['T3'],
  }),
  'drugs-devices': entry('drugs-devices', {
    authority: b('省级药品监督管理部门', 'Provincial medical products administration'),
    licence: b('《互联网药品信息服务资格证书》', 'Internet drug information service qualification certificate'),
    thirdParty2017: true,
    sources: ['T3'],
  }),
  'bulletin-board': entry('bulletin-board', {
    authority: b('省通信管理局', 'Provincial communications administration'),
    thirdParty2017: true,
    note: b(
      '第三方2017年资料称该专项审批已在全国取消；个人网站名称仍不宜使用论坛、社区等词。',
      'The 2017 table reports this approval cancelled nationwide; personal site names should still avoid forum or community words.',
    ),
    sources: ['T3'],
  }),
  // HW-pre-approval (Huawei's own page): 依据《互联网文化管理暂行规定》(music, animation …), 各省文化和旅游厅, 《网络文化经营许可证》.
  culture: entry('culture', {
    authority: b('各省文化和旅游厅', 'Provincial department of culture and tourism'),
    licence: b('《网络文化经营许可证》', 'Online culture business licence'),
    thirdParty2017: false,
    note: b(
      '依据《互联网文化管理暂行规定》，互联网文化产品指通过互联网生产、传播和流通的文化产品，如音乐、动漫等。',
      'Basis: the Interim Provisions on Internet Culture; internet culture products are those made, spread and traded online, such as music and animation.',
    ),
    categoryTemplate: true,
    sources: ['HW-pre-approval'],
  }),
  // HW-pre-approval names the category (广播电影电视节目类: audio-visual programmes shot or recorded); authority and licence rest on T3.
  broadcasting: entry('broadcasting', {
    authority: b('国家或省级广播电视主管部门', 'Radio and television administration (national or provincial)'),
    licence: b('《信息网络传播视听节目许可证》', 'Licence for audio-visual programmes over information networks'),
    thirdParty2017: true,
    sources: ['HW-pre-approval', 'T3'],
  }),
  'ride-hailing': entry('ride-hailing', {
    authority: b('交通运输主管部门（公司注册地）', 'Transport authority where the company is registered'),
    licence: b('《网络预约出租汽车经营许可证》', 'Online ride-hailing business licence'),
    thirdParty2017: true,
    sources: ['T3'],
  }),
  finance: entry('finance', {
    thirdParty2017: false,
    note: b(
      '资料未写明审批机关和文件名称，应为对应业务的金融监管部门的批准文件；名称或经营范围含金融字样但实际不涉及的，须先变更名称或经营范围。',
      'No source names the authority or document; expect an approval from the competent financial regulator. A name or business scope suggesting finance without such business must be changed first.',
    ),
    categoryTemplate: true,
    sources: ['P03', 'S11'],
  }),
  'off-campus-training': entry('off-campus-training', {
    thirdParty2017: false,
    note: b('资料未写明审批机关和文件名称（类别见控制台列表）。', 'No source names the authority or document (the category is from the console list).'),
  }),
  religion: entry('religion', {
    authority: b('省级以上人民政府宗教事务部门', 'Religious affairs department of a provincial or higher government'),
    licence: b('《互联网宗教信息服务许可证》', 'Internet religious information service licence'),
    thirdParty2017: false,
    note: b(
      '依据《互联网宗教信息服务管理办法》第六条；西藏：经营范围涉及宗教的须上传许可证并勾选“宗教”。',
      'Basis: Article 6 of the Measures on Internet Religious Information Services; Tibet: a business scope touching religion uploads the licence and ticks religion.',
    ),
    sources: ['P30', 'P26'],
  }),
  games: entry('games', {
    thirdParty2017: false,
    note: b('资料未写明审批机关和文件名称。', 'No source names the authority or the approval it issues.'),
  }),
};

export interface PreApprovalChecklistItem {
  /** `websites[0]` / `apps[1]`. */
  readonly service: string;
  /** `websites[0].preApprovals[1]`. */
  readonly field: string;
  readonly info: PreApprovalAuthority;
  readonly numberEntered: boolean;
  readonly documentUploaded?: boolean;
  readonly validUntil?: string;
}

/** One row per ticked pre-approval of every website and app, with its authority and licence. */
export function preApprovalChecklist(form: FilingForm): PreApprovalChecklistItem[] {
  const rows = (kind: 'websites' | 'apps', list: readonly { preApprovals?: readonly PreApproval[] }[] | undefined) =>
    (list ?? []).flatMap((service, i) =>
      (service.preApprovals ?? []).flatMap((approval, j): PreApprovalChecklistItem[] => {
        if (!approval.category) return [];
        return [
          {
            service: `${kind}[${i}]`,
            field: `${kind}[${i}].preApprovals[${j}]`,
            info: PRE_APPROVAL_AUTHORITIES[approval.category],
            numberEntered: !!approval.number?.trim(),
            ...(approval.documentUploaded !== undefined ? { documentUploaded: approval.documentUploaded } : {}),
            ...(approval.validUntil ? { validUntil: approval.validUntil } : {}),
          },
        ];
      }),
    );
  return [...rows('websites', form.websites), ...rows('apps', form.apps)];
}

/**
 * Provinces whose own 不涉及前置审批 pledge template the reference documents
 * (UCloud keeps province templates for these 20: UC-templates). Huawei
 * offers "各省不涉及前置审批承诺书模板下载" (K-材料) but its list was seen by title only, so
 * for any other province the pledge is named with a request to confirm it first.
 */
export const PLEDGE_TEMPLATE_PROVINCES: ReadonlySet<ProvinceCode> = new Set<ProvinceCode>([
  'BJ',
  'TJ',
  'NM',
  'HL',
  'SH',
  'ZJ',
  'AH',
  'FJ',
  'JX',
  'SD',
  'HA',
  'HB',
  'HN',
  'GD',
  'SC',
  'GZ',
  'SN',
  'NX',
  'XJ',
  'XZ',
]);

export interface ProvincePledge {
  readonly province: ProvinceCode;
  /** The reference documents a 不涉及前置审批 template of this province. */
  readonly templateDocumented: boolean;
  readonly sources: readonly SourceKey[];
}

/** The filing province's 不涉及前置审批 pledge (templates are not valid across provinces); undefined while the province is unknown. */
export function provincePledge(province: ProvinceCode | undefined): ProvincePledge | undefined {
  if (!province) return undefined;
  const templateDocumented = PLEDGE_TEMPLATE_PROVINCES.has(province);
  return { province, templateDocumented, sources: templateDocumented ? ['K-材料', 'UC-templates'] : ['K-材料'] };
}
