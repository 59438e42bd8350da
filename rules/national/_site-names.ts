/**
 * Shared by the national naming rules: the named websites of a form, and the word lists
 * the sources give for website names (P18, P40, P45, P35, T11, and the provider pages
 * https://cloud.tencent.com/document/product/243/11740 and QingCloud's naming rules).
 * Each list says who names its words; rules cite those sources.
 */
import { flatMap } from '../checks/arrays';
import { perRun } from '../engine/per-run';
import type { FilingForm, Website } from '../model/filing-form';
import type { Source } from '../sources';

export interface NamedWebsite {
  readonly index: number;
  /** `websites[0].name` */
  readonly field: string;
  readonly name: string;
  readonly website: Website;
}

/**
 * Websites whose name was read and is not empty. An empty name is left to the console,
 * which marks the field as required; naming rules judge only what was typed.
 */
export function namedWebsites(form: FilingForm): NamedWebsite[] {
  return namedWebsitesOnce(form);
}

const namedWebsitesOnce = perRun(function listNamedWebsites(form: FilingForm): NamedWebsite[] {
  return flatMap(form.websites ?? [], (website, index) => (website.name ? [{ index, field: `websites[${index}].name`, name: website.name, website }] : []));
});

/** QingCloud's naming page: the fullest published word lists (undated; third party). */
export const QC_SITE_NAME: Source = {
  url: 'https://github.com/yunify/qingcloud-docs/blob/HEAD/content/site/record/policy/site_name.md',
  title: '青云 网站命名要求',
  publisher: 'QingCloud',
  evidence: 'T',
  retrieved: '2026-11-29',
};

/** State-level terms (国字头): Huawei P18/P40, QingCloud, Tencent. */
export const STATE_WORDS = ['中国', '中央', '国家', '中华', '人大', '人民'] as const;

/**
 * Sensitive words that sources name: 反腐 and 赌博 are Huawei's own examples (P18, P40,
 * P45); 廉政 and 色情 complete QingCloud's list of the same kind.
 */
export const SENSITIVE_WORDS = ['赌博', '色情', '反腐', '廉政'] as const;

/**
 * Words of state functions (纪检, 监察, 信访) and of public-interest claims (维权, 投诉)
 * that QingCloud bars from personal and non-state names; Tencent's naming page
 * (https://cloud.tencent.com/document/product/243/11740) repeats them for every non-state subject.
 */
export const STATE_FUNCTION_WORDS = ['纪检', '监察', '信访', '维权', '投诉'] as const;

/**
 * Company and organisation words a personal site name may not carry (Huawei P18, P45, K-驳回: "no
 * company/organisation words"). 公司, 俱乐部, 团体, 社区, 组织 are Tencent's examples;
 * 企业 is QingCloud's; the rest are the legal forms of units.
 */
export const ORGANISATION_WORDS = ['公司', '企业', '集团', '组织', '团体', '社团', '俱乐部', '协会', '商会', '社区'] as const;

/** The nationwide list a third party gives for personal names (T11). */
export const T11_PERSONAL_WORDS = ['导航', '工作室', '论坛', '平台', '热线', '社区', '社团', '网络', '网站', '网址', '主页', '资讯'] as const;

/** QingCloud's additions to the same list (个人空间, 爱好者, 博客, 作品展示; 在线 and 交流 "need pre-approval"). */
export const QC_PERSONAL_WORDS = ['个人空间', '爱好者', '博客', '作品展示', '在线', '交流'] as const;
