import { defineRule, type Issue } from '../engine/types';
import { provinceByCode, type ProvinceCode } from '../model/provinces';
import { compactCode } from '../model/normalize';
import { CHANGE_FILING_TYPES } from '../model/vocabulary';
import { domainKey, filedWebsiteOf } from './_filed';

type Message = 'provinceChanged' | 'certNumberChanged' | 'singleDomainChanged' | 'domainAdded';

/**
 * A change order edits the existing MIIT record; three things in it are fixed (P23, the
 * 变更备案 row of the filing-type matrix; K-变更; R-rules): the province, the subject's
 * certificate number, and the domain of a single-domain website. A website filed with
 * several domains (before the one-domain rule of 2019) may keep or drop domains but not
 * gain one. Anything else needs cancelling and filing again, or a 新增网站 order for a new
 * domain. The console greys most of these fields; the rule catches values an adapter read
 * from an edited page or a user typed into the CLI.
 */
export default defineRule({
  id: 'national/change-fixed-fields',
  severity: 'error',
  family: 'filing-type',
  scope: { filingTypes: CHANGE_FILING_TYPES },
  reads: ['filed'],
  alsoReads: ['subject.certNumber', 'websites[].domains[]'],
  texts: {
    'zh-CN': {
      title: '变更备案不能修改省份、主办单位证件号码和单域名网站的域名',
      messages: {
        provinceChanged: '已备案省份为{filed}，变更备案不能改为{province}。',
        certNumberChanged: '主办单位证件号码与已备案的号码不同；变更备案不能修改证件号码。',
        singleDomainChanged: '该网站备案的域名是 {filed}，单域名网站在变更中不能改为 {domain}。',
        domainAdded: '域名 {domain} 不在该网站已备案的域名中；多域名网站变更时只能保留或删减域名。',
      },
      why: '变更备案只能修改已备案信息中允许变更的内容：省份、主办单位证件号码不可修改；只有一个域名的网站不能更换域名，多域名网站只能保留或减少域名。',
      fix: '换省或换证件号码须注销后在新省份或以新证件重新备案；要使用新域名，请提交“新增网站”订单，旧域名不再使用时再注销或在变更中删除。',
    },
    en: {
      title: 'A change order cannot alter the province, the certificate number or the domain of a single-domain website',
      messages: {
        provinceChanged: 'The record is filed in {filed}; a change order cannot move it to {province}.',
        certNumberChanged: "The subject's certificate number differs from the filed one; a change order cannot alter it.",
        singleDomainChanged: 'This website is filed with {filed}; a single-domain website cannot switch to {domain} in a change.',
        domainAdded: 'The domain {domain} is not among the domains filed for this website; a multi-domain website may only keep or drop domains in a change.',
      },
      why: 'A change order may only edit the changeable parts of the record: province and subject certificate number are fixed, a single-domain website keeps its domain, and a multi-domain website may only keep or reduce its domains.',
      fix: 'Moving province or certificate means cancelling and filing again there or with the new certificate; for a new domain submit an add-website order, and remove or cancel the old domain once it is no longer used.',
    },
  },
  sources: ['P23', 'P09', 'K-变更', 'R-rules', 'HW-change'],
  reviewedAt: '2026-11-29',
  check(form) {
    const filed = form.filed;
    if (!filed) return [];
    const issues: Issue<Message>[] = [];
    if (filed.province && form.province && filed.province !== form.province) {
      const name = (code: ProvinceCode) => ({ 'zh-CN': provinceByCode(code).zh, en: provinceByCode(code).en });
      issues.push({ field: 'province', message: 'provinceChanged', params: { filed: name(filed.province), province: name(form.province) } });
    }
    const cert = form.subject?.certNumber;
    if (filed.certNumber?.trim() && cert?.trim() && compactCode(filed.certNumber) !== compactCode(cert)) {
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
