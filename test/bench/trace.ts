/**
 * Main-thread JavaScript time of the console page from a Chromium trace (categories
 * `devtools.timeline`, `disabled-by-default-devtools.timeline` and `v8.execute`, which
 * holds the RunMicrotasks slices).
 *
 * Why not CDP `Performance.getMetrics` ScriptDuration alone: it adds up script entered
 * through Blink (event listeners, timers, MutationObserver callbacks), not the microtask
 * checkpoints V8 runs by itself. Vue schedules its whole re-render in a microtask, so on the
 * OpenTiny console ScriptDuration saw about a tenth of the console's own JavaScript that a
 * sampling profile saw per key press; the extension's work, which runs in its
 * input listener, was counted in full. A ratio of the two compared the extension with a
 * fraction of the console. Here every slice of JavaScript counts: listener and callback
 * calls, microtask checkpoints, timers, frames, idle callbacks, script evaluation.
 */

/** The trace events read here (Chrome's trace event format). */
export interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly pid: number;
  readonly tid: number;
  /** Wall clock start and duration, µs. */
  readonly ts: number;
  readonly dur?: number;
  /** Thread clock start and duration, µs: time the thread actually ran. */
  readonly tts?: number;
  readonly tdur?: number;
  readonly args?: { readonly name?: string; readonly fileName?: string; readonly data?: { readonly type?: string; readonly url?: string } };
}

/** Trace slices whose whole span is JavaScript (and what V8 does for it: compiling, collecting garbage). */
export const SCRIPT_SLICES: ReadonlySet<string> = new Set([
  'FunctionCall',
  'RunMicrotasks',
  'EvaluateScript',
  'v8.evaluateModule',
  'TimerFire',
  'FireAnimationFrame',
  'FireIdleCallback',
]);

/**
 * The page's renderer main thread: the `CrRendererMain` that dispatched key presses (a
 * trace may hold other renderers, such as the extension's).
 */
export function pageMainThread(events: readonly TraceEvent[]): { pid: number; tid: number } | undefined {
  const mains = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const typed = events.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown' && mains.has(`${e.pid}:${e.tid}`));
  return typed && { pid: typed.pid, tid: typed.tid };
}

/**
 * Milliseconds of JavaScript on the page's main thread: the union of the script slices'
 * spans, so a microtask checkpoint inside a listener call counts once. Thread-clock spans
 * where the trace has them, so time the thread spent descheduled on a busy machine is not
 * counted; wall-clock spans otherwise.
 */
export function scriptTimeMs(events: readonly TraceEvent[]): number {
  const thread = pageMainThread(events);
  if (!thread) return Number.NaN;
  const spans = events
    .filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && SCRIPT_SLICES.has(e.name))
    .map((e) => (e.tts !== undefined && e.tdur !== undefined ? [e.tts, e.tts + e.tdur] : [e.ts, e.ts + (e.dur ?? 0)]) as [number, number])
    .sort((a, b) => a[0] - b[0]);
  let total = 0;
  let open: [number, number] | undefined;
  for (const span of spans) {
    if (open && span[0] <= open[1]) open[1] = Math.max(open[1], span[1]);
    else {
      if (open) total += open[1] - open[0];
      open = [...span];
    }
  }
  if (open) total += open[1] - open[0];
  return total / 1000;
}

/**
 * The longest task on the page's main thread (`RunTask` slices, category `toplevel`), in ms
 * of thread time where the trace has it (time the thread ran, not time it waited for a core),
 * and the longest of those in which script from `scriptUrl` (the extension's, say) ran: a
 * script slice inside the task whose URL starts with it.
 */
export function longestTasksMs(events: readonly TraceEvent[], scriptUrl: string): { all: number; withScript: number } {
  const thread = pageMainThread(events);
  if (!thread) return { all: Number.NaN, withScript: Number.NaN };
  const onThread = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X');
  const ours = onThread
    .filter((e) => SCRIPT_SLICES.has(e.name) || e.name === 'v8.run')
    .filter((e) => (e.args?.data?.url ?? e.args?.fileName ?? '').startsWith(scriptUrl));
  const duration = (e: TraceEvent) => (e.tdur ?? e.dur ?? 0) / 1000;
  let all = 0;
  let withScript = 0;
  for (const task of onThread.filter((e) => e.name === 'RunTask')) {
    all = Math.max(all, duration(task));
    const end = task.ts + (task.dur ?? 0);
    if (ours.some((e) => e.ts >= task.ts && e.ts < end)) withScript = Math.max(withScript, duration(task));
  }
  return { all, withScript };
}
