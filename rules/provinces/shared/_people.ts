/**
 * Helpers for the province PEOPLE rules (cross-province, age, principal, 个体工商户):
 * who the responsible persons in a form are, where an ID card was issued, and whether
 * the subject is a sole proprietor. Not a rule (the `_` prefix keeps it out of the set).
 */
import { parseCreditCode } from '../../checks/credit-code';
import { parseIdNumber, type IdNumberInfo } from '../../checks/id-card';
import { perRun } from '../../engine/per-run';
import type { Bilingual } from '../../engine/types';
import type { FilingForm, Principal, ServicePrincipal } from '../../model/filing-form';
import { compactCode } from '../../model/normalize';
import { provinceByCode, type ProvinceCode } from '../../model/provinces';
import { people } from '../../national/_services';
import type { CertificateType } from '../../model/vocabulary';

export function provinceName(code: ProvinceCode): Bilingual {
  const p = provinceByCode(code);
  return { 'zh-CN': p.zh, en: p.en };
}

export interface Person {
  /** Field id of the principal block: `subject.principal`, `websites[0].principal`. */
  readonly path: string;
  readonly person: Principal;
  readonly owner: Bilingual;
  /** `websites[0]` / `apps[0]` for service principals (the `for` of a per-service material). */
  readonly service?: string;
  readonly role: 'subject' | 'service';
}

/**
 * The subject principal and every service principal that is not marked "same as the subject
 * principal" (national/_services people()), with the service each belongs to.
 */
export function responsiblePeople(form: FilingForm): Person[] {
  return responsiblePeopleOnce(form);
}

const responsiblePeopleOnce = perRun(function listResponsiblePeople(form: FilingForm): Person[] {
  return people(form).map(({ path, principal, owner }): Person => {
    const service = /^(?:websites|apps)\[\d+\]/.exec(path)?.[0];
    return { path, person: principal, owner, service, role: service ? 'service' : 'subject' };
  });
});

/** 网站2的互联网信息服务负责人 / principal of website 2 (the wording of national/_services people()). */
export function serviceOwner(key: 'websites' | 'apps', index: number): Bilingual {
  const n = index + 1;
  return key === 'websites'
    ? { 'zh-CN': `网站${n}的互联网信息服务负责人`, en: `principal of website ${n}` }
    : { 'zh-CN': `APP${n}的负责人`, en: `principal of app ${n}` };
}

/** Same people, each distinct ID number once (the first place it appears). */
export function distinctPeople(form: FilingForm): Person[] {
  return distinctPeopleOnce(form);
}

const distinctPeopleOnce = perRun(function listDistinctPeople(form: FilingForm): Person[] {
  const everyone = responsiblePeople(form);
  // One person is distinct from nobody: no set to build (the usual unit filing, whose sites copy the subject principal).
  if (everyone.length < 2) return everyone;
  const seen = new Set<string>();
  return everyone.filter(({ person }) => {
    if (!person.idNumber) return true;
    const key = compactCode(person.idNumber);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
});

/** ID types whose number follows GB 11643 (resident ID and the HK/MO/TW residence permits). */
const GB11643_TYPES: readonly (CertificateType | undefined)[] = [undefined, 'resident-id', 'hk-mo-residence-permit', 'tw-residence-permit'];

/** The parsed ID number of a person, when it is a GB 11643 number that checks out. */
export function idInfo(idType: CertificateType | undefined, idNumber: string | undefined, today?: string): IdNumberInfo | undefined {
  if (!idNumber || !GB11643_TYPES.includes(idType)) return undefined;
  const parsed = parseIdNumber(compactCode(idNumber), today);
  return parsed.ok ? parsed.info : undefined;
}

/**
 * The province that issued a personal filer's resident ID card (the address code in the
 * number), or undefined when the subject is not a person with a mainland ID card.
 */
export function personalIdProvince(form: FilingForm, today?: string): ProvinceCode | undefined {
  const subject = form.subject;
  if (subject?.nature !== 'individual') return undefined;
  const type = subject.certType ?? subject.principal?.idType;
  if (type !== undefined && type !== 'resident-id') return undefined;
  const info = idInfo('resident-id', subject.certNumber ?? subject.principal?.idNumber, today);
  return info?.provinceCode as ProvinceCode | undefined;
}

/** A personal filing whose ID card was issued in another province than the one filed in. */
export function isCrossProvincePersonal(form: FilingForm, today?: string): boolean {
  const issued = personalIdProvince(form, today);
  return issued !== undefined && form.province !== undefined && issued !== form.province;
}

/** 个体工商户: a credit code starting 92, or the user said so. */
export function isSoleProprietor(form: FilingForm): boolean {
  if (form.declarations?.soleProprietor !== undefined) return form.declarations.soleProprietor;
  const number = form.subject?.certNumber;
  if (!number || form.subject?.nature === 'individual') return false;
  const parsed = parseCreditCode(compactCode(number));
  return parsed.ok && parsed.info.soleProprietor;
}

/** Passport or foreign permanent-residence card: the holder is not a Chinese citizen. */
export const FOREIGN_ID_TYPES: readonly CertificateType[] = ['passport', 'foreign-permanent-residence'];
/** Everything but the mainland resident ID card (foreigners and HK/MO/TW residents). */
export const NON_MAINLAND_ID_TYPES: readonly CertificateType[] = [
  ...FOREIGN_ID_TYPES,
  'hk-mo-travel-permit',
  'tw-travel-permit',
  'hk-mo-residence-permit',
  'tw-residence-permit',
];

/** Whether two principals are known to be the same person (ID number, else name); undefined when it cannot be told. */
export function samePerson(a: Principal | undefined, b: Principal | undefined): boolean | undefined {
  if (!a || !b) return undefined;
  if (a.idNumber && b.idNumber) return compactCode(a.idNumber) === compactCode(b.idNumber);
  if (a.name && b.name) return a.name === b.name;
  return undefined;
}

/** Service principals (websites, apps) that are not the subject principal. */
export function otherServicePrincipals(form: FilingForm): Person[] {
  return responsiblePeople(form).filter((p) => p.role === 'service' && samePerson(p.person, form.subject?.principal) === false);
}

/** A list of labels joined per language: 居住证、暂住证 / residence permit, temporary residence permit. */
export function joinLabels(labels: readonly Bilingual[]): Bilingual {
  return { 'zh-CN': labels.map((l) => l['zh-CN']).join('、'), en: labels.map((l) => l.en).join(', ') };
}

/**
 * One issue on `province` for an out-of-province personal filing, with the province name and,
 * when the table has one for this province, a `note` (what the other sources say).
 */
export function crossProvinceIssue<M extends string>(
  form: FilingForm,
  today: string,
  message: M,
  notes?: Partial<Record<ProvinceCode, Bilingual>>,
): { field: string; message: M; params: Record<string, Bilingual> }[] {
  const code = form.province;
  if (!code || !isCrossProvincePersonal(form, today)) return [];
  const params: Record<string, Bilingual> = { province: provinceName(code) };
  const note = notes?.[code];
  if (note) params.note = note;
  return [{ field: 'province', message, params }];
}

export interface ServiceRef {
  /** `websites[0]` / `apps[0]`. */
  readonly service: string;
  readonly path: string;
  readonly person: ServicePrincipal;
  readonly owner: Bilingual;
}

/**
 * Website/app principals known not to be the unit's legal representative: marked so, or a
 * copy of a subject principal who is not, or another person than a subject principal who is
 * (a unit has one legal representative).
 */
export function servicePrincipalsNotLegalRep(form: FilingForm): ServiceRef[] {
  const subject = form.subject?.principal;
  const out: ServiceRef[] = [];
  for (const key of ['websites', 'apps'] as const) {
    (form[key] ?? []).forEach((service, i) => {
      const p = service.principal;
      if (!p) return;
      const copiesSubject = p.sameAsSubjectPrincipal === true;
      const notLegalRep =
        p.isLegalRepresentative === false ||
        (copiesSubject && subject?.isLegalRepresentative === false) ||
        (!copiesSubject && p.isLegalRepresentative === undefined && subject?.isLegalRepresentative === true && samePerson(p, subject) === false);
      if (notLegalRep) out.push({ service: `${key}[${i}]`, path: `${key}[${i}].principal`, person: p, owner: serviceOwner(key, i) });
    });
  }
  return out;
}
