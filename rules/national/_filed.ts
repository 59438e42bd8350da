/**
 * Comparing a change or cancellation order with the MIIT record it edits (`form.filed`).
 * Not a rule: the `_` prefix keeps it out of the registry. Used by the change rules and
 * by rules/verification/sms.ts (who receives the SMS depends on what changed).
 */
import { hostOf } from '../checks/domain';
import type { FiledRecord, FilingForm, Website } from '../model/filing-form';
import { compactCode } from '../model/normalize';

/** A domain as two spellings are compared: host only, lower case, no trailing dot. */
export function domainKey(value: string): string {
  return hostOf(value);
}

/** Unit or person names compared as typed: full-width brackets, spaces and case do not count. */
export function sameSubjectName(a: string | undefined, b: string | undefined): boolean {
  return !!a?.trim() && !!b?.trim() && compactCode(a) === compactCode(b);
}

/** Both names known and different: the subject was renamed (or the name mistyped). */
export function subjectRenamed(form: FilingForm): boolean {
  const now = form.subject?.name?.trim();
  const before = form.filed?.subjectName?.trim();
  return !!now && !!before && !sameSubjectName(now, before);
}

type FiledWebsite = NonNullable<FiledRecord['websites']>[number];

/**
 * The filed website a form website edits: the one sharing a domain with it, else the
 * one at the same position (a single-domain site whose domain was retyped shares none).
 */
export function filedWebsiteOf(form: FilingForm, index: number): FiledWebsite | undefined {
  const filed = form.filed?.websites;
  const site: Website | undefined = form.websites?.[index];
  if (!filed || !site) return undefined;
  const mine = new Set((site.domains ?? []).filter((d) => d.trim() !== '').map(domainKey));
  return filed.find((f) => (f.domains ?? []).some((d) => mine.has(domainKey(d)))) ?? filed[index];
}

/**
 * Whether website `index` differs from its filed record in what the form can compare
 * (name, domains), or was edited according to `declarations.changedFields`. Undefined
 * when neither the filed record nor the edited-field list tells.
 */
export function websiteChanged(form: FilingForm, index: number): boolean | undefined {
  const edited = form.declarations?.changedFields;
  if (edited?.some((f) => f.startsWith(`websites[${index}].`) || f === `websites[${index}]`)) return true;
  const filed = filedWebsiteOf(form, index);
  const site = form.websites?.[index];
  if (filed && site) {
    if (filed.name !== undefined && site.name !== undefined && !sameSubjectName(filed.name, site.name)) return true;
    if (filed.domains && site.domains) {
      const a = new Set(filed.domains.map(domainKey));
      const b = site.domains.filter((d) => d.trim() !== '').map(domainKey);
      if (b.length !== a.size || b.some((d) => !a.has(d))) return true;
    }
  }
  if (edited) return false;
  return undefined;
}

/** Whether an app was edited, per `declarations.changedFields` (the filed record holds no app details to compare). */
export function appChanged(form: FilingForm, index: number): boolean | undefined {
  const edited = form.declarations?.changedFields;
  if (!edited) return undefined;
  return edited.some((f) => f.startsWith(`apps[${index}].`) || f === `apps[${index}]`);
}

/** Whether subject data changed: a differing name, certificate number or nature, or an edited `subject.*` field. */
export function subjectChanged(form: FilingForm): boolean | undefined {
  const edited = form.declarations?.changedFields;
  if (edited?.some((f) => f.startsWith('subject.'))) return true;
  if (subjectRenamed(form)) return true;
  const filed = form.filed;
  if (filed?.certNumber && form.subject?.certNumber && compactCode(filed.certNumber) !== compactCode(form.subject.certNumber)) return true;
  if (filed?.subjectNature && form.subject?.nature && filed.subjectNature !== form.subject.nature) return true;
  if (edited) return false;
  return undefined;
}
