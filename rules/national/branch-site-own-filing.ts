import { defineRule, type Issue } from '../engine/types';
import { UNIT_NATURES } from '../model/vocabulary';
import { services } from './_services';

/** The words K-常见 uses (分公司、子公司) and the legal term for a branch (分支机构). */
const BRANCH = /(分公司|子公司|分支机构)/;
const UNIT_EN: Record<string, string> = { 分公司: 'branch (分公司)', 子公司: 'subsidiary (子公司)', 分支机构: 'branch office (分支机构)' };

/**
 * A branch's or subsidiary's website is filed by the branch or subsidiary itself, not under
 * the head office's filing (K-常见: 分公司或子公司网站是否可以备案到总公司备案中？不可以。应使用
 * 分公司或子公司名义独立进行备案). Seen from the form when a website or app name names a
 * 分公司/子公司 while the subject's name does not; national/unit-site-name-relates-to-subject
 * lets it pass because the head office's name is in it. A warning: the form shows the name,
 * not whose site it is (a subsidiary's own legal name seldom says 子公司).
 */
export default defineRule({
  id: 'national/branch-site-own-filing',
  severity: 'warning',
  family: 'names',
  scope: { natures: UNIT_NATURES },
  reads: ['subject.name'],
  alsoReads: ['websites[].name', 'apps[].name'],
  texts: {
    'zh-CN': {
      title: '分公司、子公司的网站须由其自身备案',
      messages: {
        branchService: '{service}的名称“{name}”指向{unit}，而主办单位名称“{subject}”看不出是该{unit}；分公司或子公司的网站和APP不能备案在总公司名下。',
      },
      why: '分公司或子公司的网站不可以备案到总公司的备案中，应以分公司或子公司的名义独立备案。',
      fix: '网站若属于分公司或子公司，请以该分公司或子公司为主办单位单独备案；若属于总公司，请修改名称，不要出现分公司或子公司字样。',
    },
    en: {
      title: "A branch's or subsidiary's website is filed by the branch or subsidiary itself",
      messages: {
        branchService:
          'The name "{name}" of {service} points to a {unit}, while the subject name "{subject}" does not show it is that {unit}; websites and apps of a branch or subsidiary cannot be filed under the head office.',
      },
      why: "A branch's or subsidiary's website may not be filed under the head office's filing; it is filed in the branch's or subsidiary's own name.",
      fix: 'If the site belongs to a branch or subsidiary, file it with that branch or subsidiary as the subject; if it is the head office’s, rename it without the branch wording.',
    },
  },
  sources: ['K-常见'],
  reviewedAt: '2026-12-07',
  check(form) {
    const subject = form.subject?.name?.trim();
    if (!subject || BRANCH.test(subject)) return [];
    const out: Issue<'branchService'>[] = [];
    for (const service of services(form)) {
      const name = service?.name?.trim();
      const unit = name ? BRANCH.exec(name)?.[1] : undefined;
      if (!name || !unit) continue;
      const label =
        service.kind === 'website'
          ? { 'zh-CN': `网站${service.index + 1}`, en: `website ${service.index + 1}` }
          : { 'zh-CN': `APP${service.index + 1}`, en: `app ${service.index + 1}` };
      out.push({
        field: `${service.path}.name`,
        message: 'branchService',
        params: { service: label, name, unit: { 'zh-CN': unit, en: UNIT_EN[unit] ?? unit }, subject },
      });
    }
    return out;
  },
});
