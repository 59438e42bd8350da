/**
 * The body of every console's content script: the browser glue around startConsole
 * (runtime.ts). A console's entrypoint calls it from its `main` (WXT evaluates the
 * entrypoint file at build time without `main`, so the options stay in that file). The bundle carries no rules: the background judges the first
 * reads, then (Chrome) the rules come into the page for the key presses
 * (components/engine-client/hybrid.ts); the background keeps the panel's copy.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { remoteEngine, type EnginePort } from '../engine-client/remote';
import { hybridEngine, pageJudgeIn } from '../engine-client/hybrid';
import { createInlineWarnings } from '../inline/inline-warnings';
import { ENGINE_PORT, type PanelToContent } from '../messaging/protocol';
import { loadSettings, watchSettings } from '../messaging/settings';
import type { ConsoleDefinition } from './define-console';
import { formMayBeElsewhere } from './frames';
import { startConsole } from './runtime';

const PANEL_MESSAGES = new Set(['focus-field', 'set-declarations', 'set-principal-flags']);

/** Runs console `def` in the page of `ctx` until the extension goes away. */
export async function runConsole(def: ConsoleDefinition, ctx: ContentScriptContext): Promise<void> {
  let running: ReturnType<typeof startConsole> | undefined;
  let gone = false;
  const remote = remoteEngine(
    () => browser.runtime.connect({ name: ENGINE_PORT }) as unknown as EnginePort,
    () => {
      // The extension was reloaded or removed under the page.
      gone = true;
      running?.stop();
    },
  );
  const engine = hybridEngine({
    remote,
    async loadJudge() {
      // Firefox keeps judging in the background: the only way to bring a file into its
      // content-script sandbox without asking for more permissions is an import() of a
      // computed URL, which AMO's linter flags (web-ext lint must show no warning of ours).
      if (import.meta.env.FIREFOX) return undefined;
      // Chrome runs the imported file in this script's isolated world, not the console's.
      await import(/* @vite-ignore */ browser.runtime.getURL('/page-engine.js'));
      return pageJudgeIn(globalThis);
    },
  });
  // Wake the background while the settings load; read and judge the page meanwhile
  // (the runtime shows warnings once it knows the settings).
  engine.warm?.();
  const settings = loadSettings();
  settings.catch((error: unknown) => {
    // The extension was reloaded or removed under the page: stop quietly (otherwise the defaults apply).
    if (/context invalidated/i.test(String(error))) running?.stop();
  });
  if (gone || !ctx.isValid) return;
  const started = startConsole(def, { ctx, doc: document, engine, inline: createInlineWarnings(ctx), settings, formMayBeElsewhere: () => formMayBeElsewhere(def, window) });
  running = started;
  started.evaluate();

  const onMessage = (message: unknown) => {
    if (!message || typeof message !== 'object' || !PANEL_MESSAGES.has((message as { type?: string }).type ?? '')) return undefined;
    started.handle(message as PanelToContent);
    return Promise.resolve(true);
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  ctx.onInvalidated(watchSettings((next) => started.setSettings(next)));
}
