/**
 * Engine benchmark (Node): one full evaluation of a realistic filing — every national
 * rule plus the rules of its province — for filings with 1, 10 and 50 websites.
 */
import { performance } from 'node:perf_hooks';
import { run } from '../../rules/engine/run';
import type { Rule } from '../../rules/engine/types';
import type { FilingForm } from '../../rules/model/filing-form';
import { makeForm } from '../support/make-form';

export interface Timing {
  readonly medianUs: number;
  readonly p95Us: number;
  readonly samples: number;
}

export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[index]!;
}

/** Median of a few values (the middle one, or the mean of the middle two). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** A Guangdong enterprise filing with `count` websites, each with its own domain and principal. */
export function filingWithWebsites(count: number): FilingForm {
  return makeForm('enterprise', (form) => {
    const template = form.websites![0]!;
    form.websites = Array.from({ length: count }, (_, i) => ({
      ...structuredClone(template),
      name: `示例科技官网${i + 1}`,
      domains: [`example-tech-${i + 1}.cn`],
      homepageUrls: [`http://www.example-tech-${i + 1}.cn`],
    }));
    form.domainRecords = form.websites.map((w) => ({ domain: w.domains![0]!, holder: form.subject!.name!, expiresOn: '2029-01-31' }));
  });
}

/**
 * `form` as after the n-th key press in its first website's name: a name never typed
 * before (the engine remembers what it worked out from a text it has seen, so timing the
 * same form over and over would time a page where nothing changes). Every other value is
 * the same objects, as the content script sends them.
 */
export function typedInto(form: FilingForm, n: number): FilingForm {
  const [first, ...rest] = form.websites ?? [];
  if (!first) return form;
  return { ...form, websites: [{ ...first, name: `${first.name ?? ''}${n}` }, ...rest] };
}

/**
 * Times run() (evaluate + describe, what the background does per key press) on `form`
 * with one key more typed into it each run (typedInto): up to `samples` runs, or as many
 * as fit in `maxMs` (at least 30), after a warm-up of up to `warmup` runs or
 * `maxMs / 4`. The figure is the steady state, as the engine is while someone types (it
 * runs on every key press); the first, cold run is reported apart (measureEngine's
 * `firstRunUs`).
 */
export function timeEngine(rules: readonly Rule[], form: FilingForm, { warmup = 5000, samples = 2000, maxMs = 4000, today = '2026-11-29' } = {}): Timing {
  const warmupEnd = performance.now() + maxMs / 4;
  let keys = 0;
  for (let i = 0; i < warmup && performance.now() < warmupEnd; i++) run(typedInto(form, ++keys), { today, rules });
  const times: number[] = [];
  const end = performance.now() + maxMs;
  while (times.length < samples && (times.length < 30 || performance.now() < end)) {
    const typed = typedInto(form, ++keys);
    const start = performance.now();
    run(typed, { today, rules });
    times.push((performance.now() - start) * 1000);
  }
  times.sort((a, b) => a - b);
  return { medianUs: quantile(times, 0.5), p95Us: quantile(times, 0.95), samples: times.length };
}

export interface EngineRow extends Timing {
  readonly websites: number;
  /** When measured in several processes: each one's median (the row's figures are the medians over them). */
  readonly processMediansUs?: readonly number[];
}

export interface EngineFigures {
  readonly rules: number;
  /** Rules whose scope fits the bench filing (Guangdong, enterprise, first filing, websites). */
  readonly inScope: number;
  /** The very first run in a fresh process (nothing compiled yet): what the first read of a page costs. */
  readonly firstRunUs: number;
  readonly rows: readonly EngineRow[];
}

export function measureEngine(rules: readonly Rule[], sizes: readonly number[] = [1, 10, 50]): EngineFigures {
  const form = filingWithWebsites(1);
  const start = performance.now();
  const probe = run(form, { today: '2026-11-29', rules });
  const firstRunUs = (performance.now() - start) * 1000;
  const rows = sizes.map((websites) => ({ websites, ...timeEngine(rules, filingWithWebsites(websites)) }));
  return { rules: rules.length, inScope: rules.length - probe.notApplicable.length, firstRunUs, rows };
}
