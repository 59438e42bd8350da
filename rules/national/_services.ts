/**
 * Helpers shared by the national rules on websites, apps and their principals. Not a
 * rule: the `_` prefix keeps it out of the registry.
 */
import { hostOf, publicSuffix } from '../checks/domain';
import { memoByText } from '../checks/memo';
import { perRun } from '../engine/per-run';
import type { Bilingual } from '../engine/types';
import type { App, FilingForm, PreApproval, Principal, Website } from '../model/filing-form';

export interface ServiceEntry {
  readonly kind: 'website' | 'app';
  /** `websites[0]` / `apps[1]`. */
  readonly path: string;
  readonly index: number;
  readonly name?: string;
  readonly domains?: readonly string[];
  readonly languages?: readonly string[];
  readonly preApprovals?: readonly PreApproval[];
  readonly remark?: string;
  readonly principal?: Website['principal'] | App['principal'];
}

/** Every website and app of the form, websites first (worked out once per engine run). */
export function services(form: FilingForm): ServiceEntry[] {
  return servicesOnce(form);
}

const servicesOnce = perRun(function listServices(form: FilingForm): ServiceEntry[] {
  const out: ServiceEntry[] = [];
  const websites = form.websites ?? [];
  const apps = form.apps ?? [];
  // A hole in a list stays a hole's undefined, as `[...list.map(...)]` left it.
  for (let i = 0; i < websites.length; i++) out.push((i in websites ? serviceEntry('website', `websites[${i}]`, i, websites[i]!) : undefined)!);
  for (let i = 0; i < apps.length; i++) out.push((i in apps ? serviceEntry('app', `apps[${i}]`, i, apps[i]!) : undefined)!);
  return out;
});

/**
 * A website or app seen as a service: its fields are read from it when a rule asks for
 * them, not copied up front. A rule that looks only at principals then reads only
 * principals, so typing a website's name does not make the engine run it again
 * (rules/engine/inputs.ts); spreading the whole website would also cost more, on every run.
 */
class ServiceView implements ServiceEntry {
  constructor(
    readonly kind: ServiceEntry['kind'],
    readonly path: string,
    readonly index: number,
    private readonly service: Website | App,
  ) {}
  get name() {
    return this.service.name;
  }
  get domains() {
    return this.service.domains;
  }
  get languages() {
    return this.service.languages;
  }
  get preApprovals() {
    return this.service.preApprovals;
  }
  get remark() {
    return this.service.remark;
  }
  get principal() {
    return this.service.principal;
  }
}

function serviceEntry(kind: ServiceEntry['kind'], path: string, index: number, s: Website | App): ServiceEntry {
  if (typeof s !== 'object' || s === null) return { kind, path, index, ...(s as object) };
  return new ServiceView(kind, path, index, s);
}

/** "网站1" / "website 1", "APP2" / "app 2". */
export function serviceLabel(kind: 'website' | 'app', index: number): Bilingual {
  return kind === 'website' ? { 'zh-CN': `网站${index + 1}`, en: `website ${index + 1}` } : { 'zh-CN': `APP${index + 1}`, en: `app ${index + 1}` };
}

export interface Person {
  /** `subject.principal`, `websites[0].principal`, `apps[0].principal`. */
  readonly path: string;
  readonly principal: Principal;
  readonly owner: Bilingual;
}

/**
 * The principals the form holds, subject first. A service principal ticked "同主体负责人"
 * is the subject principal's copy, so it is left out: a mistake in it is reported once,
 * on the subject principal.
 */
export function people(form: FilingForm): Person[] {
  return peopleOnce(form);
}

const peopleOnce = perRun(function listPeople(form: FilingForm): Person[] {
  const out: Person[] = [];
  if (form.subject?.principal)
    out.push({ path: 'subject.principal', principal: form.subject.principal, owner: { 'zh-CN': '主体负责人', en: 'subject principal' } });
  for (const s of services(form)) {
    if (!s.principal || s.principal.sameAsSubjectPrincipal === true) continue;
    const n = s.index + 1;
    const owner: Bilingual =
      s.kind === 'website'
        ? { 'zh-CN': `网站${n}的互联网信息服务负责人`, en: `principal of website ${n}` }
        : { 'zh-CN': `APP${n}的负责人`, en: `principal of app ${n}` };
    out.push({ path: `${s.path}.principal`, principal: s.principal, owner });
  }
  return out;
});

/** The label left of the public suffix ("example" for www.example.com.cn): the part of a domain people read as a word. Remembered by text. */
export const domainWord = memoByText(function domainWord(domain: string): string {
  const host = hostOf(domain);
  const suffix = publicSuffix(host);
  // registrableDomain(host) is `${label}.${suffix}` with the label left of the suffix: that label is the word.
  if (host.length > suffix.length + 1) {
    const rest = host.slice(0, host.length - suffix.length - 1);
    return rest.slice(rest.lastIndexOf('.') + 1);
  }
  // A bare suffix (cn, com.cn): its first label.
  const dot = host.indexOf('.');
  return dot < 0 ? host : host.slice(0, dot);
});
