import { flatMap } from '../checks/arrays';
import { categoryLabels, findPreApprovalKeywords, impliedPreApproval, uncoveredMatches } from '../checks/pre-approval-keywords';
import { defineRule } from '../engine/types';
import { PRE_APPROVAL_CATEGORIES, type PreApprovalCategory } from '../model/vocabulary';
import { domainWord, services } from './_services';

const ALL = Object.keys(PRE_APPROVAL_CATEGORIES) as PreApprovalCategory[];
const NOT_FINANCE = ALL.filter((c) => c !== 'finance');

/**
 * Reviewers read the whole filing for pre-approval content (P19, K-驳回, P38, P09):
 * a category word in a domain, a remark or an app's name, with that category not
 * ticked, is a 前置审批不合格 / 网站内容不合格 risk. Huawei's own keyword set is not
 * public, so the shared table's words make this a warning.
 *
 * To say each thing once: website names are national/site-name-pre-approval-words'
 * (all but finance) and national/finance-words' (finance, also in website domains);
 * this rule reads what those do not — website domains for the other categories,
 * website remarks, and every text of an app.
 */
export default defineRule({
  id: 'national/pre-approval-keyword-unticked',
  severity: 'warning',
  family: 'pre-approval',
  scope: { serviceKinds: ['website', 'app'] },
  reads: ['websites[].preApprovals'],
  alsoReads: ['apps[].domains[]', 'apps[].name', 'apps[].preApprovals[].category', 'apps[].remark', 'websites[].domains[]', 'websites[].remark'],
  texts: {
    'zh-CN': {
      title: '内容涉及前置审批行业词语时需勾选相应前置审批',
      messages: {
        inDomain: '域名“{text}”含有“{word}”，属于“{category}”类前置审批内容，但未勾选此类前置审批。',
        inRemark: '备注中出现“{word}”，属于“{category}”类前置审批内容，但未勾选此类前置审批。',
        inAppName: 'APP名称“{text}”含有“{word}”，属于“{category}”类前置审批内容，但未勾选此类前置审批。',
      },
      why: '审核会根据名称、域名和备注判断网站或APP是否涉及新闻、出版、教育、医疗、药品、文化、广电、宗教、金融、游戏等需前置审批的内容；涉及而未提供审批文件的，会以“前置审批不合格”或“网站内容不合格”驳回。',
      fix: '若确实涉及该行业，请先取得主管部门的审批文件，勾选对应类型并填写审批号；若不涉及，请改掉引起误解的词语，或按所在省份要求提供《不涉及前置审批承诺书》。',
    },
    en: {
      title: 'Pre-approval words need the matching pre-approval ticked',
      messages: {
        inDomain: 'The domain "{text}" contains "{word}", a "{category}" pre-approval subject, but that pre-approval is not ticked.',
        inRemark: 'The remark mentions "{word}", a "{category}" pre-approval subject, but that pre-approval is not ticked.',
        inAppName: 'The app name "{text}" contains "{word}", a "{category}" pre-approval subject, but that pre-approval is not ticked.',
      },
      why: 'Reviewers judge from names, domains and remarks whether a site or app carries news, publishing, education, healthcare, drugs, culture, broadcasting, religion, finance or games content; without the approval document it is rejected as failing pre-approval or as unacceptable content.',
      fix: "If the service is in that industry, obtain the authority's approval first, tick the category and enter the approval number; if not, reword the misleading text or provide the province's pledge that no pre-approval content is involved.",
    },
  },
  sources: ['P19', 'K-驳回', 'K-材料', 'HW-pre-approval'],
  reviewedAt: '2026-11-29',
  check(form) {
    return flatMap(services(form), (s) => {
      // Unknown ticks: nothing can be said about what is missing.
      if (!s.preApprovals) return [];
      const held = s.preApprovals.map((p) => p.category);
      const domainCategories = s.kind === 'website' ? NOT_FINANCE : ALL;
      return [
        ...(s.kind === 'app' && s.name ? uncoveredIn(s.name, ALL, held).map((m) => issue(s.path, `${s.path}.name`, 'inAppName', s.name!, m)) : []),
        ...flatMap(s.domains ?? [], (domain, j) =>
          uncoveredIn(domainWord(domain), domainCategories, held).map((m) => issue(s.path, `${s.path}.domains[${j}]`, 'inDomain', domain, m)),
        ),
        ...(s.remark ? uncoveredIn(s.remark, ALL, held).map((m) => issue(s.path, `${s.path}.remark`, 'inRemark', s.remark!, m)) : []),
      ];
    });
  },
});

/** The words of `text` in `categories` that none of the `held` pre-approvals covers. */
function uncoveredIn(text: string, categories: readonly PreApprovalCategory[], held: readonly (PreApprovalCategory | undefined)[]) {
  return uncoveredMatches(findPreApprovalKeywords(text, { categories }), held);
}

/** The finding, with what it implies on the checklist: the approval for `service`, or the province's pledge (K-材料). */
function issue<M extends 'inDomain' | 'inRemark' | 'inAppName'>(
  service: string,
  field: string,
  message: M,
  text: string,
  m: { word: string; categories: readonly PreApprovalCategory[] },
) {
  return { field, message, params: { text, word: m.word, category: categoryLabels(m.categories) }, materials: impliedPreApproval(service) };
}
