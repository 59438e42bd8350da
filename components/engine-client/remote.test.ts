import { describe, expect, it, vi } from 'vitest';
import type { EngineRequest, PageState } from '../messaging/protocol';
import type { Finding } from '../../rules/engine/run';
import { applyChanges } from '../messaging/page-changes';
import { pageWithMobile } from '../../test/support/page-state';
import { ANSWER_TIMEOUT_MS, remoteEngine, type EnginePort } from './remote';

const page = pageWithMobile;

const finding = (field: string) => ({ ruleId: 'national/x', field }) as unknown as Finding;

/** A background at the other end of the port: records requests, answers when told. */
function fakeBackground() {
  type FakePort = {
    sent: EngineRequest[];
    /** The read each request stands for, as the background rebuilds it from the changes. */
    pages: PageState[];
    reply: (seq: number, findings: Finding[]) => void;
    resend: (seq: number) => void;
    drop: () => void;
    disconnected: boolean;
  };
  const ports: FakePort[] = [];
  const connect = vi.fn((): EnginePort => {
    const onMessage: ((m: unknown) => void)[] = [];
    const onDisconnect: (() => void)[] = [];
    const entry: FakePort = {
      sent: [],
      pages: [],
      disconnected: false,
      reply: (seq, findings) => onMessage.forEach((l) => l({ type: 'findings', seq, findings })),
      resend: (seq) => onMessage.forEach((l) => l({ type: 'resend', seq })),
      drop: () => onDisconnect.forEach((l) => l()),
    };
    ports.push(entry);
    return {
      postMessage: (m) => {
        // Through JSON, as an extension message travels.
        const message = JSON.parse(JSON.stringify(m)) as EngineRequest;
        entry.sent.push(message);
        const previous = entry.pages[entry.pages.length - 1];
        entry.pages.push(message.type === 'evaluate' ? message.page : applyChanges(previous!, message.changes));
      },
      disconnect: () => void (entry.disconnected = true),
      onMessage: { addListener: (cb) => void onMessage.push(cb) },
      onDisconnect: { addListener: (cb) => void onDisconnect.push(cb) },
    };
  });
  return { connect, ports };
}

describe('remote rules engine (content-script side)', () => {
  it('opens the port on the first run and hands the answer to the run', () => {
    const bg = fakeBackground();
    const engine = remoteEngine(bg.connect, vi.fn());
    expect(bg.connect).not.toHaveBeenCalled();
    const done = vi.fn();
    engine.run(page('1'), done);
    expect(bg.ports[0]!.sent).toEqual([{ type: 'evaluate', seq: 1, page: page('1') }]);
    bg.ports[0]!.reply(1, [finding('a')]);
    expect(done).toHaveBeenCalledWith([finding('a')]);
  });

  it('keeps one request in flight and folds the reads made meanwhile into the newest', () => {
    const bg = fakeBackground();
    const engine = remoteEngine(bg.connect, vi.fn());
    const first = vi.fn();
    const second = vi.fn();
    const third = vi.fn();
    engine.run(page('1'), first);
    engine.run(page('12'), second);
    engine.run(page('123'), third);
    const port = bg.ports[0]!;
    expect(port.sent).toHaveLength(1);
    port.reply(1, [finding('stale')]);
    // Out of date by now: not shown; the newest read goes out instead.
    expect(first).not.toHaveBeenCalled();
    expect(port.sent.map((r, i) => [r.seq, port.pages[i]!.form.subject?.principal?.mobile])).toEqual([
      [1, '1'],
      [2, '123'],
    ]);
    port.reply(2, [finding('fresh')]);
    expect(third).toHaveBeenCalledWith([finding('fresh')]);
    expect(second).not.toHaveBeenCalled();
  });

  it('sends the whole read first on each port, then only what changed', () => {
    const bg = fakeBackground();
    const engine = remoteEngine(bg.connect, vi.fn());
    engine.run(page('1'), vi.fn());
    bg.ports[0]!.reply(1, []);
    engine.run(page('12'), vi.fn());
    expect(bg.ports[0]!.sent[1]).toEqual({ type: 'changes', seq: 2, changes: [{ path: ['form', 'subject', 'principal', 'mobile'], value: '12' }] });
    expect(bg.ports[0]!.pages[1]).toEqual(page('12'));
    bg.ports[0]!.reply(2, []);
    // The background went away: the new port starts from a whole read again.
    bg.ports[0]!.drop();
    engine.run(page('123'), vi.fn());
    expect(bg.ports[1]!.sent[0]).toEqual({ type: 'evaluate', seq: 3, page: page('123') });
  });

  it('sends the whole read when the background asks for it', () => {
    const bg = fakeBackground();
    const engine = remoteEngine(bg.connect, vi.fn());
    const done = vi.fn();
    engine.run(page('1'), vi.fn());
    bg.ports[0]!.reply(1, []);
    engine.run(page('12'), done);
    bg.ports[0]!.resend(2);
    expect(bg.ports[0]!.sent[2]).toEqual({ type: 'evaluate', seq: 3, page: page('12') });
    bg.ports[0]!.reply(3, [finding('a')]);
    expect(done).toHaveBeenCalledWith([finding('a')]);
    // A stray request to resend (not the request in flight) changes nothing.
    bg.ports[0]!.resend(1);
    expect(bg.ports[0]!.sent).toHaveLength(3);
  });

  it('resolves findings sent by number against the port’s earlier answers; a new port numbers afresh', () => {
    const bg = fakeBackground();
    const engine = remoteEngine(bg.connect, vi.fn());
    const first = vi.fn();
    const second = vi.fn();
    engine.run(page('1'), first);
    bg.ports[0]!.reply(1, [finding('a'), finding('b')]);
    engine.run(page('12'), second);
    bg.ports[0]!.reply(2, [1 as unknown as Finding, finding('c')]);
    expect(second).toHaveBeenCalledWith([finding('b'), finding('c')]);
    bg.ports[0]!.drop();
    const third = vi.fn();
    engine.run(page('123'), third);
    bg.ports[1]!.reply(3, [1 as unknown as Finding, finding('d')]);
    expect(third).toHaveBeenCalledWith([finding('d')]);
  });

  it('ignores answers to other requests and malformed messages', () => {
    const bg = fakeBackground();
    const engine = remoteEngine(bg.connect, vi.fn());
    const done = vi.fn();
    engine.run(page('1'), done);
    bg.ports[0]!.reply(7, [finding('x')]);
    bg.ports[0]!.reply(1, 'nope' as unknown as Finding[]);
    expect(done).not.toHaveBeenCalled();
  });

  it('asks again on a new port when the background stopped before answering', () => {
    const bg = fakeBackground();
    const engine = remoteEngine(bg.connect, vi.fn());
    const done = vi.fn();
    engine.run(page('1'), done);
    bg.ports[0]!.drop(); // an idle service worker was stopped
    expect(bg.connect).toHaveBeenCalledTimes(2);
    const retry = bg.ports[1]!.sent[0]!;
    expect(retry).toEqual({ type: 'evaluate', seq: retry.seq, page: page('1') });
    bg.ports[1]!.reply(retry.seq, [finding('a')]);
    expect(done).toHaveBeenCalledWith([finding('a')]);
  });

  it('warm() opens the port ahead of the first run, once', () => {
    const bg = fakeBackground();
    const engine = remoteEngine(bg.connect, vi.fn());
    engine.warm!();
    expect(bg.connect).toHaveBeenCalledTimes(1);
    engine.run(page('1'), vi.fn());
    expect(bg.connect).toHaveBeenCalledTimes(1);
    expect(bg.ports[0]!.sent).toHaveLength(1);
  });

  it('sends the read again on a new port when no answer comes in time', () => {
    vi.useFakeTimers();
    try {
      const bg = fakeBackground();
      const engine = remoteEngine(bg.connect, vi.fn());
      const done = vi.fn();
      engine.run(page('1'), done);
      vi.advanceTimersByTime(ANSWER_TIMEOUT_MS - 1);
      expect(bg.connect).toHaveBeenCalledTimes(1);
      vi.advanceTimersByTime(1);
      expect(bg.ports[0]!.disconnected).toBe(true);
      expect(bg.connect).toHaveBeenCalledTimes(2);
      const retry = bg.ports[1]!.sent[0]!;
      bg.ports[1]!.reply(retry.seq, [finding('a')]);
      expect(done).toHaveBeenCalledWith([finding('a')]);
      vi.advanceTimersByTime(ANSWER_TIMEOUT_MS * 2);
      expect(bg.connect).toHaveBeenCalledTimes(2); // answered: no more retries
    } finally {
      vi.useRealTimers();
    }
  });

  it('reconnects lazily after an idle disconnect', () => {
    const bg = fakeBackground();
    const engine = remoteEngine(bg.connect, vi.fn());
    engine.run(page('1'), vi.fn());
    bg.ports[0]!.reply(1, []);
    bg.ports[0]!.drop();
    expect(bg.connect).toHaveBeenCalledTimes(1);
    engine.run(page('2'), vi.fn());
    expect(bg.connect).toHaveBeenCalledTimes(2);
  });

  it('reports the extension gone when the port cannot be opened, and stays quiet after', () => {
    const connect = vi.fn((): EnginePort => {
      throw new Error('Extension context invalidated.');
    });
    const gone = vi.fn();
    const engine = remoteEngine(connect, gone);
    engine.run(page('1'), vi.fn());
    expect(gone).toHaveBeenCalledTimes(1);
    engine.run(page('2'), vi.fn());
    expect(connect).toHaveBeenCalledTimes(1);
  });

  it('stop closes the port and drops what is waiting', () => {
    const bg = fakeBackground();
    const engine = remoteEngine(bg.connect, vi.fn());
    const done = vi.fn();
    engine.run(page('1'), done);
    engine.stop();
    expect(bg.ports[0]!.disconnected).toBe(true);
    bg.ports[0]!.reply(1, [finding('a')]);
    expect(done).not.toHaveBeenCalled();
  });
});
