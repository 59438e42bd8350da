/**
 * From readings (dom/library.ts) to values: dates as YYYY-MM-DD, single and multiple
 * choices, lists of texts, vocabulary ids. Translation only, never a judgement.
 */
import { termId, type Term } from '../../rules/model/vocabulary';
import type { Reading } from './dom/library';

/** "2020-1-2", "2020/01/02", "2020.01.02", "2020年1月2日" → "2020-01-02"; anything else → undefined. */
export function toIsoDate(text: string): string | undefined {
  const m = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/.exec(text.replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)));
  if (!m) return undefined;
  const [, y, mo, d] = m;
  return `${y}-${mo!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
}

export function allDates(text: string): string[] {
  const out: string[] = [];
  const re = /\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(toIsoDate(m[0])!);
  return out;
}

export const textValues = (r: readonly Reading[]) => r.filter((x): x is Extract<Reading, { kind: 'text' }> => x.kind === 'text');
export const checks = (r: readonly Reading[]) => r.filter((x): x is Extract<Reading, { kind: 'check' }> => x.kind === 'check');

/**
 * The first thing the field shows as a single value: typed text, a select's label, else a
 * checked option; with no control at all, its plain text (`plain`, asked only then).
 */
export function singleValue(readings: readonly Reading[], plain: () => string): string | undefined {
  for (const r of readings) {
    if (r.kind === 'text' || r.kind === 'choice') return r.value;
    if (r.kind === 'tags') return r.values[0] ?? '';
  }
  const checked = checks(readings).find((c) => c.checked);
  if (checked) return checked.label;
  if (checks(readings).length) return '';
  // Read-only summary or disabled carry-over shown as plain text.
  if (readings.length === 0) return plain();
  return undefined;
}

export function multiValue(readings: readonly Reading[]): string[] | undefined {
  const out: string[] = [];
  let sawControl = false;
  for (const r of readings) {
    if (r.kind === 'check') {
      sawControl = true;
      if (r.checked) out.push(r.label);
    } else if (r.kind === 'tags') {
      sawControl = true;
      out.push(...r.values);
    } else if (r.kind === 'choice') {
      sawControl = true;
      out.push(
        ...r.value
          .split(/[,，;；、]/)
          .map((s) => s.trim())
          .filter(Boolean),
      );
    }
  }
  return sawControl ? out : undefined;
}

export function terms<T extends Record<string, Term>>(vocabulary: T, labels: readonly string[]): (keyof T & string)[] {
  const ids = labels.map((l) => term(vocabulary, l)).filter((id): id is keyof T & string => id !== undefined);
  return [...new Set(ids)];
}

/** A label's vocabulary id, also with its full-width brackets and letters as half-width ones (NFKC): 「（L实例）」 is 「(L实例)」. */
export function term<T extends Record<string, Term>>(vocabulary: T, label: string | undefined): (keyof T & string) | undefined {
  if (!label) return undefined;
  const id = termId(vocabulary, label) as (keyof T & string) | undefined;
  if (id !== undefined) return id;
  const folded = label.normalize('NFKC');
  return folded === label ? undefined : (termId(vocabulary, folded) as (keyof T & string) | undefined);
}

export function listOfTexts(readings: readonly Reading[]): string[] {
  const values = textValues(readings).map((t) => t.value.trim());
  const tags = readings.flatMap((r) => (r.kind === 'tags' ? r.values : []));
  const all = [...values, ...tags];
  const filled = all.filter(Boolean);
  return filled.length ? filled : all.length ? [''] : [];
}
