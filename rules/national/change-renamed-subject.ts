import { defineRule, type CheckResult } from '../engine/types';
import { CHANGE_FILING_TYPES, UNIT_NATURES } from '../model/vocabulary';
import { sameSubjectName, subjectRenamed } from './_filed';
import { serviceLabel, services } from './_services';

type Message = 'latestLicence' | 'domainRealName' | 'holderOldName';

/**
 * A renamed unit (备案主体名称错误: P05) changes the record with the new name and the
 * latest licence, and — because MIIT's domain verification compares the registrar's
 * real-name holder with the subject — must first update every domain's real-name holder
 * to the new name (K-变更: changing 单位名称 means redoing the domain real-name; P43, P44
 * 域名实名信息与备案信息不符). Some provinces also want a 工商更名函 (P17, S1, K-变更); that is a
 * province rule (provinces/shared/rename-letter), not this one. A rename that also changed the credit code cannot be a
 * change at all (national/change-fixed-fields; 安徽 says cancel and re-file).
 */
export default defineRule({
  id: 'national/change-renamed-subject',
  severity: 'error',
  family: 'filing-type',
  scope: { natures: UNIT_NATURES, filingTypes: CHANGE_FILING_TYPES },
  reads: ['subject.name', 'filed.subjectName'],
  alsoReads: ['apps[].domains[]', 'domainRecords[].domain', 'domainRecords[].holder', 'websites[].domains[]'],
  texts: {
    'zh-CN': {
      title: '单位更名后变更备案：上传最新证件，并先把域名实名信息改为新名称',
      messages: {
        latestLicence: '主办单位已由“{old}”更名为“{name}”，请上传载有新名称的最新版主办单位证件。',
        domainRealName: '{service}的域名 {domain} 须先在注册商处把实名认证持有者更新为“{name}”，并上传新的域名实名认证截图。',
        holderOldName: '域名 {domain} 的持有者仍是原名称“{old}”；请先在注册商处更新为“{name}”并等待实名信息同步，再提交变更。',
      },
      why: '单位更名须通过变更备案更新主办单位名称，名称须与最新证件一致；工信部会比对域名实名持有者与备案主体，域名仍登记在旧名称下会被退回或收到“域名实名信息与备案信息不符”整改通知。',
      fix: '先在域名注册商处提交域名持有者名称变更并完成实名认证（同步约需3–5个工作日），再提交变更备案，上传新证件和实名认证截图。部分省份（如海南、四川、陕西）还要求工商更名函或变更证明。',
    },
    en: {
      title: 'A renamed unit: upload the latest certificate and update the domains’ real-name holder first',
      messages: {
        latestLicence: 'The subject was renamed from "{old}" to "{name}"; upload the latest subject certificate showing the new name.',
        domainRealName:
          'The domain {domain} of {service} must first be updated at the registrar to the real-name holder "{name}"; upload a new real-name screenshot.',
        holderOldName:
          'The domain {domain} is still held under the old name "{old}"; update it to "{name}" at the registrar and wait for the real-name data to sync before submitting the change.',
      },
      why: 'A renamed unit updates its name through a change order, and the name must equal the latest certificate; MIIT compares the domain real-name holder with the subject, so a domain still registered under the old name is returned or draws a rectification notice.',
      fix: 'Change the holder name at the registrar and complete real-name verification first (syncing takes 3–5 working days), then submit the change with the new certificate and real-name screenshot. Some provinces (e.g. Hainan, Sichuan, Shaanxi) also want the registration authority’s change-of-name letter.',
    },
  },
  sources: ['P05', 'K-变更', 'P43', 'P44', 'R-rules', 'K-材料'],
  reviewedAt: '2026-11-29',
  check(form) {
    if (!subjectRenamed(form)) return [];
    const name = form.subject!.name!;
    const old = form.filed!.subjectName!;
    const out: CheckResult<Message>[] = [{ material: 'subject-certificate', message: 'latestLicence', params: { old, name } }];
    for (const s of services(form)) {
      const domains = (s.domains ?? []).filter((d) => d.trim() !== '');
      if (domains.length === 0) continue;
      const domain = { 'zh-CN': domains.join('、'), en: domains.join(', ') };
      out.push({
        material: 'domain-real-name-screenshot',
        for: s.path,
        message: 'domainRealName',
        params: { service: serviceLabel(s.kind, s.index), domain, name },
      });
    }
    (form.domainRecords ?? []).forEach((record, i) => {
      if (sameSubjectName(record.holder, old))
        out.push({ field: `domainRecords[${i}].holder`, message: 'holderOldName', params: { domain: record.domain, old, name } });
    });
    return out;
  },
});
