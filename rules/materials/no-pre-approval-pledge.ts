import { flatMap } from '../checks/arrays';
import { findPreApprovalKeywords, type PreApprovalMatch } from '../checks/pre-approval-keywords';
import { defineRule, type Bilingual, type MaterialNeed } from '../engine/types';
import { provinceByCode } from '../model/provinces';
import { PRE_APPROVAL_CATEGORIES } from '../model/vocabulary';
import { domainWord, serviceLabel, services } from '../national/_services';

/**
 * 不涉及前置审批承诺书 (K-材料, R-rules): when a filing's words point at a pre-approval
 * industry but the site or app carries no such content, Huawei asks for the province's
 * signed pledge instead of an approval. Huawei matches the unit name and business scope;
 * the form has no business scope, so this reads the unit name plus the service's own
 * name, domains and remark.
 *
 * How the user says "no such content": by ticking 以上都不涉及 in the console's
 * pre-approval list, which the model records as `preApprovals: []` (an empty list, not
 * an absent one). Only then is the pledge the alternative; with nothing read the rule
 * stays silent, and with categories ticked the approvals themselves are asked for
 * (national/pre-approval-number). Templates are per province and per category
 * (generic ones cover every category); one province's template is not accepted in
 * another, so the message names the filing province.
 */
export default defineRule({
  id: 'materials/no-pre-approval-pledge',
  severity: 'warning',
  family: 'materials',
  scope: { serviceKinds: ['website', 'app'] },
  reads: ['websites[].preApprovals', 'province'],
  alsoReads: [
    'apps[].domains[]',
    'apps[].name',
    'apps[].preApprovals[]',
    'apps[].remark',
    'subject.name',
    'websites[].domains[]',
    'websites[].name',
    'websites[].remark',
  ],
  texts: {
    'zh-CN': {
      title: '含前置审批行业词语但不涉及相关内容时，需提供不涉及前置审批承诺书',
      messages: {
        keywords: '{service}的信息中出现 {words}，且选择了“以上都不涉及”；请提供{province}的《不涉及前置审批承诺书》（手写签字）。',
      },
      why: '名称、域名或备注中出现新闻、教育、医疗、金融等前置审批行业词语时，审核会要求提供审批文件；确实不涉及这些内容的，需用所在省份的承诺书模板签署《不涉及前置审批承诺书》代替，模板不能跨省使用。',
      fix: '在{providerTemplates}中下载备案省份的不涉及前置审批承诺书模板（有对应行业的专用模板时用专用模板），手写签字后上传；若实际涉及该内容，请改为勾选对应前置审批并上传审批文件。',
    },
    en: {
      title: 'Pre-approval words without pre-approval content need the no-pre-approval pledge',
      messages: {
        keywords:
          'The details of {service} contain {words} and "none of the above" is ticked; provide the {province} pledge that no pre-approval content is involved (signed by hand).',
      },
      why: 'Industry words such as news, education, healthcare or finance in names, domains or remarks make reviewers ask for an approval; a service that really carries no such content signs the province’s no-pre-approval pledge instead. Templates are not valid across provinces.',
      fix: "Download the filing province's pledge template from {providerTemplates} (use the industry-specific one where it exists), sign it by hand and upload it; if the service does carry that content, tick the pre-approval and upload the approval instead.",
    },
  },
  sources: ['K-材料', 'R-rules', 'UC-templates'],
  reviewedAt: '2026-11-29',
  check(form) {
    const unitName = form.subject?.nature && form.subject.nature !== 'individual' ? (form.subject.name ?? '') : '';
    const province: Bilingual = form.province
      ? { 'zh-CN': provinceByCode(form.province).full, en: provinceByCode(form.province).en }
      : { 'zh-CN': '备案省份', en: "filing province's" };
    return flatMap(services(form), (s): MaterialNeed<'keywords'>[] => {
      if (!s.preApprovals || s.preApprovals.length > 0) return [];
      const texts = [unitName, s.name ?? '', ...(s.domains ?? []).map(domainWord), s.remark ?? ''];
      const matches = new Map<string, PreApprovalMatch>();
      for (const text of texts) for (const m of findPreApprovalKeywords(text)) if (!matches.has(m.word)) matches.set(m.word, m);
      if (matches.size === 0) return [];
      const listed = [...matches.values()];
      const words: Bilingual = {
        'zh-CN': listed.map((m) => `“${m.word}”（${m.categories.map((c) => PRE_APPROVAL_CATEGORIES[c].zh).join('/')}）`).join('、'),
        en: listed.map((m) => `"${m.word}" (${m.categories.map((c) => PRE_APPROVAL_CATEGORIES[c].en).join('/')})`).join(', '),
      };
      return [{ material: 'no-pre-approval-pledge', for: s.path, message: 'keywords', params: { service: serviceLabel(s.kind, s.index), words, province } }];
    });
  },
});
