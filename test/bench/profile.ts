/**
 * Where one engine run spends its time, for work on the engine budget:
 *
 *   npx tsx test/bench/profile.ts [websites]
 *
 * Prints normalize / evaluate / describe / run in µs, then every in-scope rule's check,
 * slowest first. Each check is timed alone inside a run of the bench form (per-run helpers
 * such as people() and services() already worked out), and in sequence with the others
 * as evaluate() calls them (see below). Times are the
 * best of several batches of CPU time, so a busy machine disturbs them less; tsx runs the
 * sources, which is slower than the bundle `npm run bench` times, so compare figures from
 * this script with each other only. For a line-level view, bundle a loop over run() with
 * esbuild and run it under `node --cpu-prof`.
 */
import { describe, describeRules, evaluate, run } from '../../rules/engine/run';
import { endRun, startRun } from '../../rules/engine/per-run';
import { loadAllRules } from '../../rules/load-rules';
import { normalizeForm } from '../../rules/model/normalize';
import { DEFAULT_PROVIDER } from '../../rules/model/providers';
import { filingWithWebsites } from './engine';

const BATCH = 300;

/** Best CPU time per call over several batches, in µs. */
function best(f: () => unknown): number {
  for (let i = 0; i < BATCH; i++) f();
  let min = Infinity;
  for (let round = 0; round < 9; round++) {
    const start = process.cpuUsage();
    for (let i = 0; i < BATCH; i++) f();
    const used = process.cpuUsage(start);
    min = Math.min(min, (used.user + used.system) / BATCH);
  }
  return min;
}

const rules = await loadAllRules();
const form = filingWithWebsites(Number(process.argv[2] ?? 1));
const today = '2026-11-29';
const catalog = describeRules(rules);
const raw = evaluate(form, { today, rules });
const fmt = (us: number) => us.toFixed(2).padStart(8);
// Warm up until the engine and the rules are optimised, so the first figure is not the slowest.
for (let i = 0; i < 3000; i++) run(form, { today, rules });

console.log(
  `${rules.length} rules, ${rules.length - raw.notApplicable.length} in scope; findings ${raw.findings.length}, unknown ${raw.unknown.length}, materials ${raw.materials.length}`,
);
console.log(`${fmt(best(() => normalizeForm(form)))}  normalize`);
console.log(`${fmt(best(() => evaluate(form, { today, rules })))}  evaluate`);
console.log(`${fmt(best(() => describe(raw, catalog)))}  describe`);
console.log(`${fmt(best(() => run(form, { today, rules })))}  run (evaluate + describe)`);

const normalized = normalizeForm(form);
const ctx = { today, provider: DEFAULT_PROVIDER };
const outOfScope = new Set(raw.notApplicable.map((n) => n.ruleId));
const outer = startRun(normalized);
const rows = rules.filter((rule) => !outOfScope.has(rule.id)).map((rule) => [rule.id, best(() => rule.check(normalized, ctx))] as const);
endRun(outer);
rows.sort((a, b) => b[1] - a[1]);

/**
 * Each in-scope check timed in sequence, as a run calls them: a fresh per-run memo every
 * round (a rule pays for the per-run helpers it is the first to ask for), and the code of
 * the other rules between two calls. A check costs more this way than alone, and the
 * difference is where a run's time goes. The timer's own cost (an empty check timed in
 * the same loop) is taken off; the figures are averages, so a busy machine shows in them.
 */
const inScope = rules.filter((rule) => !outOfScope.has(rule.id));
const NO_RESULTS: readonly never[] = [];
const timerOnly = () => NO_RESULTS;
const sequence = [...inScope.map((rule) => rule.check.bind(rule)), timerOnly];
const spent = new Float64Array(sequence.length);
const ROUNDS = 20_000;
for (let round = -2000; round < ROUNDS; round++) {
  const state = startRun(normalized);
  let before = performance.now();
  for (let i = 0; i < sequence.length; i++) {
    sequence[i]!(normalized, ctx);
    const now = performance.now();
    if (round >= 0) spent[i]! += now - before;
    before = now;
  }
  endRun(state);
}
const floor = spent[sequence.length - 1]!;
const inSequence = new Map(inScope.map((rule, i) => [rule.id, ((spent[i]! - floor) * 1000) / ROUNDS]));

console.log(
  `${fmt(rows.reduce((sum, [, us]) => sum + us, 0))}  sum of in-scope checks, each timed alone; ${fmt([...inSequence.values()].reduce((a, b) => a + b, 0)).trim()} in sequence:`,
);
console.log(`   alone  in sequence`);
for (const [id, us] of rows) console.log(`${fmt(us)} ${fmt(inSequence.get(id)!)}    ${id}`);
