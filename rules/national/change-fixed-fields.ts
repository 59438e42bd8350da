import { defineRule, type Issue } from '../engine/types';
import { compactCode } from '../model/normalize';
import { CHANGE_FILING_TYPES } from '../model/vocabulary';
import { PERSONAL_TO_UNIT_BY_CHANGE } from '../provinces/shared/_change-exceptions';
import { domainKey, filedWebsiteOf } from './_filed';

type Message = 'certNumberChanged' | 'singleDomainChanged' | 'domainAdded';

/**
 * A change order edits the existing MIIT record; some things in it are fixed (P23, the
 * 变更备案 row of the filing-type matrix; K-变更; R-rules): a person's ID number (another
 * person files anew), and the domain of a single-domain website. A website filed with
 * several domains (before the one-domain rule of 2019) may keep or drop domains but not
 * gain one. Anything else needs cancelling and filing again, or a 新增网站 order for a new
 * domain. The console greys most of these fields; the rule catches values an adapter read
 * from an edited page or a user typed into the CLI.
 *
 * Where the sources disagree the change is a warning elsewhere, not an error here: the
 * province (national/change-province: R-rules allows the same subject to move province) and
 * a unit's certificate number (national/change-cert-number: K-错误 corrects old numbers and
 * lets some provinces hand a filing to another unit; 山东 allows A→B, K-管局). 广东 lets a
 * personal filing pass to another person (S2), so a person's ID number is not fixed there.
 */
export default defineRule({
  id: 'national/change-fixed-fields',
  severity: 'error',
  family: 'filing-type',
  scope: { filingTypes: CHANGE_FILING_TYPES },
  reads: ['filed'],
  alsoReads: ['subject.certNumber', 'filed.subjectNature', 'websites[].domains[]'],
  texts: {
    'zh-CN': {
      title: '变更备案不能修改个人的证件号码和单域名网站的域名',
      messages: {
        certNumberChanged: '备案个人的证件号码与已备案的号码不同；变更备案不能换成另一个人的证件。',
        singleDomainChanged: '该网站备案的域名是 {filed}，单域名网站在变更中不能改为 {domain}。',
        domainAdded: '域名 {domain} 不在该网站已备案的域名中；多域名网站变更时只能保留或删减域名。',
      },
      why: '变更备案只能修改已备案信息中允许变更的内容：个人主体的证件号码不可修改（换人须重新备案）；只有一个域名的网站不能更换域名，多域名网站只能保留或减少域名。',
      fix: '换成另一个人须注销后以新证件重新备案；要使用新域名，请提交“新增网站”订单，旧域名不再使用时再注销或在变更中删除。',
    },
    en: {
      title: "A change order cannot alter a person's ID number or the domain of a single-domain website",
      messages: {
        certNumberChanged: "The filing person's ID number differs from the filed one; a change order cannot pass the filing to another person.",
        singleDomainChanged: 'This website is filed with {filed}; a single-domain website cannot switch to {domain} in a change.',
        domainAdded: 'The domain {domain} is not among the domains filed for this website; a multi-domain website may only keep or drop domains in a change.',
      },
      why: "A change order may only edit the changeable parts of the record: a personal subject's ID number is fixed (another person files anew), a single-domain website keeps its domain, and a multi-domain website may only keep or reduce its domains.",
      fix: 'Another person means cancelling and filing again with their ID; for a new domain submit an add-website order, and remove or cancel the old domain once it is no longer used.',
    },
  },
  sources: ['P23', 'P09', 'K-变更', 'R-rules', 'HW-change', 'S2'],
  reviewedAt: '2026-12-07',
  check(form) {
    const filed = form.filed;
    if (!filed) return [];
    const issues: Issue<Message>[] = [];
    const cert = form.subject?.certNumber;
    // A person's ID number (a unit's is national/change-cert-number's); 广东 lets another person take over (S2).
    const personal = form.subject?.nature === 'individual' && (filed.subjectNature ?? 'individual') === 'individual';
    const gdPersonChange = form.province === 'GD' && PERSONAL_TO_UNIT_BY_CHANGE.GD.condition === 'any';
    if (personal && !gdPersonChange && filed.certNumber?.trim() && cert?.trim() && compactCode(filed.certNumber) !== compactCode(cert)) {
      issues.push({ field: 'subject.certNumber', message: 'certNumberChanged' });
    }
    (form.websites ?? []).forEach((site, i) => {
      const before = filedWebsiteOf(form, i)?.domains?.filter((d) => d.trim() !== '');
      const now = site.domains ?? [];
      if (!before || before.length === 0) return;
      const known = new Set(before.map(domainKey));
      if (before.length === 1) {
        const j = now.findIndex((d) => d.trim() !== '');
        if (j >= 0 && !known.has(domainKey(now[j]!))) {
          issues.push({ field: `websites[${i}].domains[${j}]`, message: 'singleDomainChanged', params: { filed: before[0]!, domain: now[j]! } });
        }
        return;
      }
      now.forEach((d, j) => {
        if (d.trim() !== '' && !known.has(domainKey(d))) issues.push({ field: `websites[${i}].domains[${j}]`, message: 'domainAdded', params: { domain: d } });
      });
    });
    return issues;
  },
});
