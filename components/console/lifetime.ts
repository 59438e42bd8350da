/**
 * How long a console's content script keeps working: until the extension goes away under
 * the page, and nothing else.
 *
 * Not WXT's ContentScriptContext: besides the extension going away, that context also ends
 * when a CustomEvent of a known name ("a newer copy of this script started") is dispatched
 * on the document, and any script of the page can dispatch it. A hostile or compromised
 * console page could so switch the checker off in silence while the user keeps typing.
 * The extension never injects its content script twice, so that mechanism buys nothing here.
 *
 * The signals that end a lifetime all come from the extension's side: the runtime has no
 * id any more (the extension was reloaded or removed), the background's port cannot be
 * opened, or an extension API reports the context invalidated; the content script calls
 * `end()` for the last two.
 */
import type { WatchContext } from './watch';

export interface Lifetime extends WatchContext {
  /** Ends the lifetime: every onInvalidated listener runs once. */
  end(): void;
}

/** A lifetime that also ends, when asked whether it is valid, once `runtimeAlive()` says false. */
export function extensionLifetime(runtimeAlive: () => boolean): Lifetime {
  const listeners = new Set<() => void>();
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    const pending = [...listeners];
    listeners.clear();
    for (const listener of pending) {
      try {
        listener();
      } catch {
        // One listener failing must not keep the others (the watcher, the warnings) alive.
      }
    }
  };
  return {
    get isValid() {
      if (!ended && !runtimeAlive()) end();
      return !ended;
    },
    onInvalidated(cb) {
      if (ended) return () => undefined;
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    end,
  };
}
