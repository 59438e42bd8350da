/**
 * What the domain proof must show, per registered domain of the order, and the values
 * from the form it must match (P12, S2, P30, P24, P41, P11, K-材料;
 * K-驳回 on domains without real-name verification; P43, P44).
 *
 * 域名所有者实名认证截图 (P11, K-材料): the registrar page showing the domain, the holder, the
 * certificate type and the certificate number (if no one page shows all four, the
 * domain's basic-information page); for domains registered at Huawei Cloud, the real-name
 * data of the 域名信息模板, not the certificate; numbers may be partly starred; the data
 * must equal the subject's name, certificate type and number. 域名证书 (P24, P30, P12, S2,
 * P41, K-材料): downloaded
 * from the registrar console, holder = the subject, asked for by some provinces.
 * One more Huawei site-search page states the screenshot's contents but its URL was not
 * kept; K-材料 and P11 carry the same facts and are cited.
 *
 * Whether a domainRecords holder matches the subject is judged the way the rule
 * national/domain-holder-matches-subject judges it (that rule reports the mismatch; this
 * helper only lays the values side by side for the checklist). Personal numbers are
 * masked to their last four characters; a unit's credit code is public and shown whole.
 */
import { hostOf, registrableDomain } from '../checks/domain';
import { maskTail } from '../checks/mask';
import type { Bilingual } from '../engine/types';
import type { FilingForm } from '../model/filing-form';
import { compactCode } from '../model/normalize';
import { CERTIFICATE_TYPES } from '../model/vocabulary';
import { sameSubjectName } from '../national/_filed';
import type { SourceKey } from '../sources';

export type HolderStatus = 'matches' | 'differs' | 'legal-representative' | 'old-name' | 'unknown';

export interface DomainProofItem {
  /** The registered domain the proof is for (example.cn for www.example.cn). */
  readonly domain: string;
  /** Where the order uses it: `websites[0].domains[0]`, `apps[0].domains[1]`. */
  readonly fields: readonly string[];
  /** `domainRecords[i]` when the user described the registration. */
  readonly recordField?: string;
  /** What the proof must show. */
  readonly expected: {
    readonly domain: string;
    readonly holder?: string;
    readonly certType?: Bilingual;
    /** Masked for a person ('**************123X'); a unit's code in full. */
    readonly certNumber?: string;
  };
  /** What the user says the registration shows now (the number always masked). */
  readonly recorded?: { readonly holder?: string; readonly certNumber?: string };
  /**
   * legal-representative: held by the unit's legal representative, accepted by some
   * provinces only; old-name: a renamed unit's domain still under the filed name.
   */
  readonly holder: HolderStatus;
  readonly certNumber: 'matches' | 'differs' | 'unknown';
}

export interface DomainProofGuide {
  /** The four things the screenshot must show, in order. */
  readonly mustShow: readonly { readonly id: 'domain' | 'holder' | 'certType' | 'certNumber'; readonly label: Bilingual }[];
  readonly advice: readonly Bilingual[];
  readonly materials: readonly ['domain-real-name-screenshot', 'domain-certificate'];
  readonly items: readonly DomainProofItem[];
  readonly sources: readonly SourceKey[];
}

export const DOMAIN_PROOF_SOURCES: readonly SourceKey[] = ['K-材料', 'P11', 'P12', 'S10', 'K-驳回', 'P24', 'S2'];

const MUST_SHOW: DomainProofGuide['mustShow'] = [
  { id: 'domain', label: { 'zh-CN': '域名', en: 'Domain' } },
  { id: 'holder', label: { 'zh-CN': '域名持有者（注册人）', en: 'Holder (registrant)' } },
  { id: 'certType', label: { 'zh-CN': '证件类型', en: 'Certificate type' } },
  { id: 'certNumber', label: { 'zh-CN': '证件号码', en: 'Certificate number' } },
];

const ADVICE: readonly Bilingual[] = [
  {
    'zh-CN': '在域名注册商控制台截取同时显示域名、持有者、证件类型和证件号码的页面；没有一页同时显示四项时，截取该域名的基本信息页面。',
    en: "Screenshot the registrar console page that shows the domain, holder, certificate type and certificate number together; if no page shows all four, screenshot the domain's basic-information page.",
  },
  {
    'zh-CN': '在华为云注册的域名，截取其域名信息模板中的实名认证信息，而不是域名证书。',
    en: 'For a domain registered at Huawei Cloud, capture the real-name data of its domain information template, not the domain certificate.',
  },
  { 'zh-CN': '证件号码可以部分用 * 遮挡。', en: 'The certificate number may be partly masked with *.' },
  {
    'zh-CN': '截图中的持有者名称、证件类型和证件号码须与备案主体一致，否则会以“域名未实名认证”驳回。',
    en: "The holder name, certificate type and number in the screenshot must equal the filing subject's, or the order is rejected as an unverified domain.",
  },
  {
    'zh-CN': '管局要求域名证书时（如广东个人备案），在注册商控制台下载，证书上的持有者须为备案主体。',
    en: 'Where the province asks for the domain certificate (e.g. Guangdong personal filings), download it from the registrar console; its holder must be the filing subject.',
  },
];

/** The registered domain of a typed host: www.example.com.cn → example.com.cn. */
function registered(value: string): string {
  const host = hostOf(value);
  return registrableDomain(host) ?? host;
}

export function domainProof(form: FilingForm): DomainProofGuide {
  const subject = form.subject;
  const personal = subject?.nature !== undefined ? subject.nature === 'individual' : true;
  const number = (value: string | undefined) => (value?.trim() ? (personal ? maskTail(value) : compactCode(value)) : undefined);
  const certType = subject?.certType ? { 'zh-CN': CERTIFICATE_TYPES[subject.certType].zh, en: CERTIFICATE_TYPES[subject.certType].en } : undefined;
  const legalRep = !personal && subject?.principal?.isLegalRepresentative === true ? subject.principal.name : undefined;
  const oldName = !personal && form.filingType?.startsWith('change-') ? form.filed?.subjectName : undefined;

  const byDomain = new Map<string, string[]>();
  const use = (value: string, field: string) => {
    if (!value.trim()) return;
    const key = registered(value);
    byDomain.set(key, [...(byDomain.get(key) ?? []), field]);
  };
  (form.websites ?? []).forEach((w, i) => (w.domains ?? []).forEach((d, j) => use(d, `websites[${i}].domains[${j}]`)));
  (form.apps ?? []).forEach((a, i) => (a.domains ?? []).forEach((d, j) => use(d, `apps[${i}].domains[${j}]`)));

  const items = [...byDomain].map(([domain, fields]): DomainProofItem => {
    const index = (form.domainRecords ?? []).findIndex((r) => registered(r.domain) === domain);
    const record = index >= 0 ? form.domainRecords![index] : undefined;
    const holder = record?.holder?.trim();
    let holderStatus: HolderStatus = 'unknown';
    if (holder && subject?.name?.trim()) {
      if (sameSubjectName(holder, subject.name)) holderStatus = 'matches';
      else if (oldName && sameSubjectName(holder, oldName)) holderStatus = 'old-name';
      else if (legalRep && sameSubjectName(holder, legalRep)) holderStatus = 'legal-representative';
      else holderStatus = 'differs';
    }
    const recordedNumber = record?.holderCertNumber?.trim();
    const certStatus =
      recordedNumber && subject?.certNumber?.trim() ? (compactCode(recordedNumber) === compactCode(subject.certNumber) ? 'matches' : 'differs') : 'unknown';
    return {
      domain,
      fields,
      ...(index >= 0 ? { recordField: `domainRecords[${index}]` } : {}),
      expected: {
        domain,
        ...(subject?.name?.trim() ? { holder: subject.name.trim() } : {}),
        ...(certType ? { certType } : {}),
        ...(number(subject?.certNumber) ? { certNumber: number(subject?.certNumber) } : {}),
      },
      // The recorded number may be a person's even in a unit filing (a legal representative holds the domain): always masked.
      ...(record ? { recorded: { ...(holder ? { holder } : {}), ...(recordedNumber ? { certNumber: maskTail(recordedNumber) } : {}) } } : {}),
      holder: holderStatus,
      certNumber: certStatus,
    };
  });

  return { mustShow: MUST_SHOW, advice: ADVICE, materials: ['domain-real-name-screenshot', 'domain-certificate'], items, sources: DOMAIN_PROOF_SOURCES };
}
