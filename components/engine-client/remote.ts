/**
 * Where the content script's reads are judged. In the extension the background judges
 * them (remoteEngine): the first ones, until the rules have come into the page (hybrid.ts),
 * and after that the panel's copy. Tests and
 * Node tools run the rules in place (local.ts).
 */
import { findingsReceiver } from '../messaging/finding-refs';
import { diffPage } from '../messaging/page-changes';
import type { EngineReply, EngineRequest, PageState } from '../messaging/protocol';
import type { Finding } from '../../rules/engine/run';

export interface RulesEngine {
  /**
   * Judges `page` and calls `done` with its findings, at once or later. A later run
   * supersedes an earlier one: a superseded run may never call back, so the findings
   * shown always belong to the latest read.
   */
  run(page: PageState, done: (findings: readonly Finding[]) => void): void;
  /** Gets ready for the first run (a background engine: opens the port, which wakes a sleeping service worker). */
  warm?(): void;
  stop(): void;
}

/** The parts of a runtime.Port the client uses (a fake one in tests). */
export interface EnginePort {
  postMessage(message: EngineRequest): void;
  disconnect(): void;
  readonly onMessage: { addListener(cb: (message: unknown) => void): void };
  readonly onDisconnect: { addListener(cb: () => void): void };
}

interface Pending {
  readonly seq: number;
  readonly page: PageState;
  readonly done: (findings: readonly Finding[]) => void;
}

/**
 * The rules engine behind a long-lived port to the background. At most one request is
 * in flight: reads made meanwhile are folded into one, sent when the answer arrives, so
 * fast typing costs one round trip per answer, never a queue. The first request on a port
 * carries the whole read, each later one what changed since the one before (a key press:
 * one value), which the console's main thread serialises far faster. If the background goes
 * away (an MV3 service worker is stopped when idle), the next run or the unanswered one
 * reconnects; if the extension itself is gone (`connect` throws), `onGone` is called.
 */
/** An answer later than this is taken as lost (a stopped worker that never said so): the read is sent again. */
export const ANSWER_TIMEOUT_MS = 5000;

export function remoteEngine(connect: () => EnginePort, onGone: () => void): RulesEngine {
  let port: EnginePort | undefined;
  let answerTimer: ReturnType<typeof setTimeout> | undefined;
  let seq = 0;
  let inFlight: Pending | undefined;
  let queued: Omit<Pending, 'seq'> | undefined;
  let stopped = false;
  /** The read last sent, and on which port: the next request on that port sends only what changed. */
  let sentBefore: { readonly port: EnginePort; readonly page: PageState } | undefined;

  /** `receive`: the findings numbering of the port the message came on (components/messaging/finding-refs.ts). */
  const onReply = (message: unknown, receive: ReturnType<typeof findingsReceiver>) => {
    const reply = message as Partial<EngineReply> | undefined;
    // Every answer on a port is resolved, even one no longer waited for: the numbering follows them all.
    const findings = reply?.type === 'findings' && Array.isArray(reply.findings) ? receive(reply.findings, reply.restart) : undefined;
    if (!inFlight || reply?.seq !== inFlight.seq) return;
    if (reply.type === 'resend') {
      // The background has no read to apply the changes to: send the whole read.
      sentBefore = undefined;
      queued ??= { page: inFlight.page, done: inFlight.done };
      inFlight = undefined;
      clearTimeout(answerTimer);
      send();
      return;
    }
    if (!findings) return;
    const answered = inFlight;
    inFlight = undefined;
    clearTimeout(answerTimer);
    // A newer read is waiting: these findings are already out of date, do not show them.
    if (queued) send();
    else answered.done(findings);
  };

  const open = (): EnginePort | undefined => {
    if (port) return port;
    try {
      const opened = connect();
      const receive = findingsReceiver();
      opened.onMessage.addListener((message) => onReply(message, receive));
      opened.onDisconnect.addListener(() => {
        if (port !== opened) return;
        port = undefined;
        // The answer will never come: ask again (the newest read, if there is one).
        if (inFlight && !stopped) {
          queued ??= { page: inFlight.page, done: inFlight.done };
          inFlight = undefined;
          send();
        }
      });
      port = opened;
      return port;
    } catch {
      stop();
      onGone();
      return undefined;
    }
  };

  function send(retry = true) {
    if (stopped || inFlight || !queued) return;
    const target = open();
    if (!target) return;
    const request: Pending = { seq: ++seq, ...queued };
    queued = undefined;
    inFlight = request;
    clearTimeout(answerTimer);
    answerTimer = setTimeout(() => {
      if (inFlight !== request || stopped) return;
      inFlight = undefined;
      queued ??= { page: request.page, done: request.done };
      // The port may be dead without having said so: start over on a new one.
      const stale = port;
      port = undefined;
      try {
        stale?.disconnect();
      } catch {
        // Already gone.
      }
      send();
    }, ANSWER_TIMEOUT_MS);
    try {
      const base = sentBefore?.port === target ? sentBefore.page : undefined;
      sentBefore = undefined;
      target.postMessage(
        base ? { type: 'changes', seq: request.seq, changes: diffPage(base, request.page) } : { type: 'evaluate', seq: request.seq, page: request.page },
      );
      sentBefore = { port: target, page: request.page };
    } catch {
      // Posting on a port that just closed: reopen once and retry; a second failure means the extension is gone.
      port = undefined;
      inFlight = undefined;
      queued = { page: request.page, done: request.done };
      if (retry) send(false);
      else {
        stop();
        onGone();
      }
    }
  }

  function stop() {
    if (stopped) return;
    stopped = true;
    clearTimeout(answerTimer);
    queued = undefined;
    inFlight = undefined;
    const open = port;
    port = undefined;
    try {
      open?.disconnect();
    } catch {
      // Already gone with the extension context.
    }
  }

  return {
    run(page, done) {
      if (stopped) return;
      queued = { page, done };
      send();
    },
    warm() {
      if (!stopped) open();
    },
    stop,
  };
}
