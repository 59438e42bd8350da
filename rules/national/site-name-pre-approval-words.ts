import { flatMap } from '../checks/arrays';
import { defineRule } from '../engine/types';
import { categoryLabels, findPreApprovalKeywords, impliedPreApproval, uncoveredMatches } from '../checks/pre-approval-keywords';
import { PRE_APPROVAL_CATEGORIES, type PreApprovalCategory } from '../model/vocabulary';
import { namedWebsites, ORGANISATION_WORDS, QC_PERSONAL_WORDS, T11_PERSONAL_WORDS } from './_site-names';

/**
 * A website name with an industry word that needs a 前置审批 (新闻, 出版, 教育, 医疗, 药品 …)
 * is rejected unless the site holds that approval (K-材料, T3: MIIT rule via Huawei's KB and
 * third parties; Tencent: "without the approval, no such keywords; with one, the name
 * must match it"). The trigger words are the shared table's proposal, not Huawei's own
 * set, hence a warning. Finance words are left to national/finance-words, which also
 * reads domains and gives finance-specific advice. On personal sites the words the
 * personal word rules already report (资讯, 论坛, 社区) are left to them: a person cannot
 * hold these approvals, so "remove the word" is the only advice, given once.
 * While the finding stands, the checklist lists what it implies (K-材料): the approval
 * document, or the province's 不涉及前置审批承诺书 instead; for a person only the pledge.
 */
const CATEGORIES = (Object.keys(PRE_APPROVAL_CATEGORIES) as PreApprovalCategory[]).filter((c) => c !== 'finance');
const PERSONAL_RULE_WORDS: readonly string[] = [...ORGANISATION_WORDS, ...T11_PERSONAL_WORDS, ...QC_PERSONAL_WORDS];

export default defineRule({
  id: 'national/site-name-pre-approval-words',
  severity: 'warning',
  family: 'pre-approval',
  scope: { serviceKinds: ['website'] },
  reads: ['websites[].name', 'websites[].preApprovals'],
  texts: {
    'zh-CN': {
      title: '网站名称含前置审批行业词语时需勾选相应前置审批',
      messages: {
        preApprovalWord: '网站名称“{name}”含有“{word}”，属于“{category}”类前置审批内容，但该网站未勾选此类前置审批。',
      },
      why: '网站名称出现新闻、出版、教育、医疗、药品、文化、广电、宗教、游戏等行业词语，审核会认为网站涉及需前置审批的内容；未提供对应审批文件的，会以“网站名称不符合要求”或“前置审批不合格”驳回。',
      fix: '若网站不涉及该行业，请从名称中删去该词语（个人主体无法取得前置审批，只能删去）；若确实涉及，请先取得主管部门的审批文件，再勾选对应的前置审批类型并填写审批号、上传文件。',
    },
    en: {
      title: 'Industry words that need a pre-approval require that pre-approval',
      messages: {
        preApprovalWord: 'The website name "{name}" contains "{word}", a "{category}" pre-approval subject, but the site has no such pre-approval ticked.',
      },
      why: 'Words of news, publishing, education, healthcare, drugs, culture, broadcasting, religion or games in a site name make reviewers treat the site as pre-approval content; without the matching approval document it is rejected ("网站名称不符合要求" or "前置审批不合格").',
      fix: 'If the site is not in that industry, remove the word from the name (individuals cannot obtain pre-approvals, so they must remove it); if it is, obtain the authority’s approval first, then tick that pre-approval type, enter the approval number and upload the approval file.',
    },
  },
  sources: ['K-驳回', 'K-材料', 'P19', 'T3', 'TC-provinces'],
  reviewedAt: '2026-11-29',
  check(form) {
    const personal = form.subject?.nature === 'individual';
    return flatMap(namedWebsites(form), (site) => {
      const held = (site.website.preApprovals ?? []).map((p) => p.category);
      const matches = findPreApprovalKeywords(site.name, { categories: CATEGORIES }).filter((m) => !(personal && PERSONAL_RULE_WORDS.includes(m.word)));
      const service = `websites[${site.index}]`;
      return uncoveredMatches(matches, held).map((match) => ({
        field: site.field,
        message: 'preApprovalWord' as const,
        params: { name: site.name, word: match.word, category: categoryLabels(match.categories) },
        materials: personal ? [{ material: 'no-pre-approval-pledge' as const, for: service }] : impliedPreApproval(service),
      }));
    });
  },
});
