/**
 * What the "what was read" view shows of each expected field: its state (read, not found,
 * found but not understood, taught, taught but gone) and its value, masked by kind. Pure:
 * the view (read-view.tsx) only renders this.
 *
 * Masks: numbers that name a person or a licence (ID numbers, certificate numbers,
 * authorisation codes, pre-approval numbers) and phones keep their last 4 characters; names
 * keep their first character; e-mails keep the first character of the local part and the
 * domain; addresses keep province and city. Choices from the tool's vocabularies (province,
 * filing type, nature, certificate type, service content, platforms) are shown as read.
 */
import { maskEmail, maskPhone, maskTail } from '../../rules/checks/mask';
import type { Lang } from '../../rules/engine/types';
import { fieldPattern, readField } from '../../rules/model/fields';
import { PROVINCES } from '../../rules/model/provinces';
import {
  APP_PLATFORMS,
  CERTIFICATE_TYPES,
  FILING_TYPES,
  LANGUAGES,
  PRE_APPROVAL_CATEGORIES,
  RESOURCE_TYPES,
  SERVICE_CONTENT,
  SUBJECT_NATURES,
  type Term,
} from '../../rules/model/vocabulary';
import type { AdapterHealth, TabState } from '../messaging/protocol';

export type MaskKind = 'number' | 'phone' | 'email' | 'name' | 'address' | 'shown';

/** How a field's value is masked, by the last name of its path (`websites[0].principal.mobile` → `mobile`). */
export function maskKind(fieldId: string): MaskKind {
  const pattern = fieldPattern(fieldId);
  const name = pattern.split('.').pop() ?? pattern;
  if (/^(idNumber|certNumber|authCode|number|recordNumber|holderCertNumber)$/.test(name)) return 'number';
  if (/^(mobile|emergencyPhone|officePhone)$/.test(name)) return 'phone';
  if (name === 'email') return 'email';
  // A person's name, and the subject's: for a personal filing it is the person's.
  if (pattern === 'subject.name' || pattern === 'subject.investor' || (name === 'name' && pattern.includes('principal'))) return 'name';
  if (/Address$/.test(name)) return 'address';
  return 'shown';
}

const VOCABULARIES: Readonly<Record<string, Readonly<Record<string, Term>>>> = {
  filingType: FILING_TYPES,
  'resource.type': RESOURCE_TYPES,
  'subject.nature': SUBJECT_NATURES,
  'subject.certType': CERTIFICATE_TYPES,
  idType: CERTIFICATE_TYPES,
  serviceContent: SERVICE_CONTENT,
  languages: LANGUAGES,
  preApprovals: PRE_APPROVAL_CATEGORIES,
  platforms: APP_PLATFORMS,
  platform: APP_PLATFORMS,
};

/** The longest text the view shows for one value. */
const MAX_SHOWN = 60;
const cut = (text: string) => (text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text);

/** A name: its first character, then stars: '张三丰' → '张**'. */
export function maskName(value: string): string {
  const chars = [...value.trim()];
  return chars.length === 0 ? '' : chars[0] + '*'.repeat(Math.min(chars.length - 1, 8));
}

/** One masked text of `kind`. */
export function maskText(kind: MaskKind, value: string): string {
  switch (kind) {
    case 'number':
      return maskTail(value);
    case 'phone':
      return maskPhone(value);
    case 'email':
      return maskEmail(value);
    case 'name':
      return maskName(value);
    case 'address':
      // A free-text address: nothing of it is shown but that it was read.
      return value.trim() ? '***' : '';
    case 'shown':
      return value;
  }
}

function termLabel(vocabulary: Readonly<Record<string, Term>> | undefined, id: string, lang: Lang): string | undefined {
  if (!vocabulary || !Object.hasOwn(vocabulary, id)) return undefined;
  const term = vocabulary[id]!;
  return lang === 'zh-CN' ? term.zh : term.en;
}

/**
 * The value at `fieldId` of the form as the view shows it: masked by kind, vocabulary ids as
 * their words, lists joined, at most MAX_SHOWN characters; undefined when the form has none.
 */
export function shownValue(form: unknown, fieldId: string, lang: Lang): string | undefined {
  const value = readField(form, fieldId);
  if (value === undefined || value === null || value === '') return undefined;
  const kind = maskKind(fieldId);
  const pattern = fieldPattern(fieldId);
  const name = pattern.split('.').pop() ?? pattern;
  const vocabulary = Object.hasOwn(VOCABULARIES, pattern) ? VOCABULARIES[pattern] : Object.hasOwn(VOCABULARIES, name) ? VOCABULARIES[name] : undefined;
  const sep = lang === 'zh-CN' ? '、' : ', ';
  const one = (item: unknown): string => {
    if (typeof item === 'string') {
      if (pattern === 'province') {
        const province = PROVINCES.find((p) => p.code === item);
        if (province) return lang === 'zh-CN' ? province.zh : province.en;
      }
      return termLabel(vocabulary, item, lang) ?? maskText(kind, item);
    }
    if (typeof item === 'number') return kind === 'shown' ? String(item) : maskText(kind, String(item));
    if (typeof item === 'boolean') return lang === 'zh-CN' ? (item ? '是' : '否') : item ? 'yes' : 'no';
    if (item && typeof item === 'object') {
      const record = item as Record<string, unknown>;
      // An address: its province and city only.
      if (kind === 'address')
        return [record.province, record.city].filter((part) => typeof part === 'string' && part).join(' ') + (record.detail ? ' ***' : '');
      // A pre-approval or a platform: its category or platform word.
      const word = [record.category, record.platform].find((part): part is string => typeof part === 'string');
      if (word) return termLabel(vocabulary ?? PRE_APPROVAL_CATEGORIES, word, lang) ?? termLabel(APP_PLATFORMS, word, lang) ?? word;
      // An IP range, and anything else: its parts as read (no personal field is an object).
      return Object.values(record)
        .filter((part) => typeof part === 'string' || typeof part === 'number')
        .join('–');
    }
    return '';
  };
  const text = Array.isArray(value) ? value.map(one).filter(Boolean).join(sep) : one(value);
  return text ? cut(text) : undefined;
}

export type ReadState = 'read' | 'empty' | 'missing' | 'unread' | 'taught' | 'stale';

export interface ReadRow {
  readonly field: string;
  readonly state: ReadState;
  /** The value as shown (masked), for fields read. */
  readonly value?: string;
  /** What could not be understood: an option text, or a control's tag. */
  readonly unread?: string;
}

/**
 * One row per field the step on screen should show: `missing` (not found; `stale` when a
 * taught locator no longer matches), `unread` (found but not understood), `taught` (read
 * where the user showed it), `read` with its masked value, or `empty` (found, nothing in it).
 */
export function readRows(state: Pick<TabState, 'form' | 'health'>, lang: Lang): ReadRow[] {
  const health: AdapterHealth = state.health;
  const missing = new Set(health.missing);
  const stale = new Set(health.staleTaught ?? []);
  const taught = new Set(health.taught ?? []);
  return health.expected.map((field): ReadRow => {
    if (missing.has(field)) return { field, state: stale.has(field) ? 'stale' : 'missing' };
    const unread = (health.unread ?? []).find((entry) => entry.field === field || entry.field.startsWith(`${field}.`) || entry.field.startsWith(`${field}[`));
    // An option text may be a person's words: it is masked like the field's value.
    if (unread) return { field, state: 'unread', unread: unread.widget ? `<${unread.widget}>` : maskText(maskKind(field), cut(unread.text ?? '')) };
    const value = shownValue(state.form, field, lang);
    if (taught.has(field)) return { field, state: 'taught', ...(value !== undefined ? { value } : {}) };
    return value === undefined ? { field, state: 'empty' } : { field, state: 'read', value };
  });
}

/** Counts for the view's heading: fields read (taught ones included) of those expected. */
export function readCounts(rows: readonly ReadRow[]): { read: number; total: number } {
  return { read: rows.filter((row) => row.state === 'read' || row.state === 'taught' || row.state === 'empty').length, total: rows.length };
}
