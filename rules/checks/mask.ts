/**
 * Masking personal values for display: what a helper returns to the UI may show the
 * tail of a number so the user recognises it, never the whole of it.
 */
import type { FilingForm } from '../model/filing-form';
import { compactCode, normalizeText } from '../model/normalize';
import { compactPhone } from './phone';

/** Stars for all but the last `keep` characters: '13800138000' → '*******8000'. Short values are starred whole. */
export function maskTail(value: string, keep = 4): string {
  const chars = [...compactCode(value)];
  if (chars.length <= keep) return '*'.repeat(chars.length);
  return '*'.repeat(chars.length - keep) + chars.slice(-keep).join('');
}

/** A phone number without its country prefix, masked to the last four digits: '+86 138 0013 8000' → '*******8000'. */
export function maskPhone(value: string): string {
  return maskTail(compactPhone(value));
}

/** An email with the local part starred after its first character: 'zhangsan@example.com' → 'z*******@example.com'; anything else starred whole. */
export function maskEmail(value: string): string {
  const text = value.trim();
  const at = text.lastIndexOf('@');
  if (at < 1) return '*'.repeat(text.length);
  return `${text[0]}${'*'.repeat(at - 1)}${text.slice(at)}`;
}

/**
 * The personal values of a filing: each person's ID number, phones and email, the
 * certificate number of a personal subject (as filed too) and the holders' certificate numbers
 * of the domain records. Values shorter than 6 characters are left out (nothing to hide and
 * too likely to occur by chance).
 */
function personalValues(form: FilingForm): { value: string; kind: 'number' | 'phone' | 'email' }[] {
  const out: { value: string; kind: 'number' | 'phone' | 'email' }[] = [];
  const add = (value: string | undefined, kind: 'number' | 'phone' | 'email') => {
    if (typeof value === 'string' && value.trim().length >= 6) out.push({ value, kind });
  };
  const people = [form.subject?.principal, ...(form.websites ?? []).map((w) => w?.principal), ...(form.apps ?? []).map((a) => a?.principal)];
  for (const person of people) {
    if (!person) continue;
    add(person.idNumber, 'number');
    add(person.mobile, 'phone');
    add(person.emergencyPhone, 'phone');
    add(person.officePhone, 'phone');
    add(person.email, 'email');
  }
  if (form.subject?.nature === 'individual') add(form.subject.certNumber, 'number');
  if (form.filed?.subjectNature === 'individual') add(form.filed.certNumber, 'number');
  for (const record of form.domainRecords ?? []) add(record?.holderCertNumber, 'number');
  return out;
}

/**
 * A function that masks the filing's personal values (above) wherever a text quotes them, as
 * typed, normalised or compacted: what the CLI prints and exports goes through it. Rule
 * messages do not quote these values (the rule tester checks every invalid case); this keeps
 * the output free of them whatever a message says.
 */
export function personalDataRedactor(form: FilingForm): (text: string) => string {
  const replacements = new Map<string, string>();
  for (const { value, kind } of personalValues(form)) {
    const mask = kind === 'email' ? maskEmail(value) : kind === 'phone' ? maskPhone(value) : maskTail(value);
    const spellings = [
      value.trim(),
      normalizeText(value),
      compactCode(value),
      ...(kind === 'phone' ? [compactPhone(value)] : []),
      ...(kind === 'email' ? [value.trim().toLowerCase()] : []),
    ];
    for (const spelling of spellings) if (spelling.length >= 6 && !replacements.has(spelling)) replacements.set(spelling, mask);
  }
  // Longest first: a value that contains another is masked whole.
  const ordered = [...replacements].sort(([a], [b]) => b.length - a.length);
  return (text) => ordered.reduce((out, [spelling, mask]) => (out.includes(spelling) ? out.split(spelling).join(mask) : out), text);
}
