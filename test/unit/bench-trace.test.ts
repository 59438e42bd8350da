import { describe, expect, it } from 'vitest';
import { longestTasksMs, pageMainThread, scriptTimeMs, type TraceEvent } from '../bench/trace';

const PAGE = { pid: 10, tid: 10 };
const EXTENSION = { pid: 20, tid: 20 };
const threadNames: TraceEvent[] = [
  { name: 'thread_name', ph: 'M', ...PAGE, ts: 0, args: { name: 'CrRendererMain' } },
  { name: 'thread_name', ph: 'M', ...EXTENSION, ts: 0, args: { name: 'CrRendererMain' } },
  { name: 'thread_name', ph: 'M', pid: 10, tid: 11, ts: 0, args: { name: 'Compositor' } },
];
const slice = (name: string, ts: number, dur: number, where = PAGE, extra: Partial<TraceEvent> = {}): TraceEvent => ({
  name,
  ph: 'X',
  ...where,
  ts,
  dur,
  ...extra,
});
const keydown = slice('EventDispatch', 0, 5000, PAGE, { args: { data: { type: 'keydown' } } });

describe('bench trace: script time', () => {
  it('finds the renderer that dispatched the key presses', () => {
    const keyInExtension = slice('EventDispatch', 0, 10, EXTENSION, { args: { data: { type: 'input' } } });
    expect(pageMainThread([...threadNames, keyInExtension, keydown])).toEqual(PAGE);
    expect(pageMainThread([...threadNames, keyInExtension])).toBeUndefined();
  });

  it('counts microtask checkpoints, which ScriptDuration leaves out, and nested slices once', () => {
    const events = [
      ...threadNames,
      keydown,
      slice('FunctionCall', 100, 1000),
      // Vue's re-render: a microtask checkpoint inside the listener's call and one after it.
      slice('RunMicrotasks', 600, 1000),
      slice('RunMicrotasks', 2000, 500),
      // Not JavaScript: layout, and the key press's own dispatch.
      slice('Layout', 3000, 700),
      // Another renderer's script and another thread's work are not the page's.
      slice('FunctionCall', 0, 9000, EXTENSION),
      slice('FunctionCall', 0, 9000, { pid: 10, tid: 11 }),
    ];
    expect(scriptTimeMs(events)).toBe(2);
  });

  it('uses thread time where the trace has it', () => {
    const events = [
      ...threadNames,
      keydown,
      slice('TimerFire', 0, 1000, PAGE, { tts: 50, tdur: 400 }),
      slice('FireAnimationFrame', 2000, 100, PAGE, { tts: 500, tdur: 100 }),
    ];
    expect(scriptTimeMs(events)).toBe(0.5);
  });

  it('has no figure without key presses on a renderer', () => {
    expect(scriptTimeMs([...threadNames, slice('FunctionCall', 0, 1000)])).toBeNaN();
  });
});

describe('bench trace: longest task', () => {
  const OURS = 'chrome-extension://abc/';
  const call = (ts: number, dur: number, url: string) => slice('FunctionCall', ts, dur, PAGE, { args: { data: { url } } });

  it("finds the page's longest task, and the longest one in which the extension's script ran", () => {
    const events = [
      ...threadNames,
      keydown,
      // The console's own 80 ms task, then a 30 ms task with the extension's listener in it.
      slice('RunTask', 10_000, 80_000),
      call(11_000, 70_000, 'https://console.huaweicloud.com/beian/app.js'),
      slice('RunTask', 100_000, 30_000),
      call(101_000, 20_000, `${OURS}content-scripts/huawei.js`),
      // Another renderer's long task is not the page's.
      slice('RunTask', 0, 500_000, EXTENSION),
    ];
    expect(longestTasksMs(events, OURS)).toEqual({ all: 80, withScript: 30 });
  });

  it('takes thread time where the trace has it', () => {
    const events = [...threadNames, keydown, slice('RunTask', 0, 90_000, PAGE, { tts: 0, tdur: 40_000 }), call(1000, 1000, OURS)];
    expect(longestTasksMs(events, OURS)).toEqual({ all: 40, withScript: 40 });
  });
});
