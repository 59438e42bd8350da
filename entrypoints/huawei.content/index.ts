import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createInlineWarnings } from '../../components/inline/inline-warnings';
import { ENGINE_PORT, type PanelToContent } from '../../components/messaging/protocol';
import { loadSettings, watchSettings } from '../../components/messaging/settings';
import { remoteEngine, type EnginePort } from '../../components/engine-client/remote';
import { hybridEngine, pageJudgeIn } from '../../components/engine-client/hybrid';
import { HUAWEI_CONSOLE_MATCHES } from './hosts';
import { startAdapter } from '../../components/console/runtime';

const PANEL_MESSAGES = new Set(['focus-field', 'set-declarations', 'set-principal-flags']);

export default defineContentScript({
  matches: HUAWEI_CONSOLE_MATCHES,
  runAt: 'document_idle',
  async main(ctx) {
    let adapter: ReturnType<typeof startAdapter> | undefined;
    let gone = false;
    // No rules in this bundle: the background judges the first reads, then the rules come
    // into the page for the key presses (hybrid-engine.ts), and the background keeps the panel's copy.
    const remote = remoteEngine(
      () => browser.runtime.connect({ name: ENGINE_PORT }) as unknown as EnginePort,
      () => {
        // The extension was reloaded or removed under the page.
        gone = true;
        adapter?.stop();
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
    // (the adapter shows warnings once it knows the settings).
    engine.warm?.();
    const settings = loadSettings();
    settings.catch((error: unknown) => {
      // The extension was reloaded or removed under the page: stop quietly (otherwise the defaults apply).
      if (/context invalidated/i.test(String(error))) adapter?.stop();
    });
    if (gone || !ctx.isValid) return;
    adapter = startAdapter({ ctx, doc: document, engine, inline: createInlineWarnings(ctx), settings });
    const running = adapter;
    running.evaluate();

    const onMessage = (message: unknown) => {
      if (!message || typeof message !== 'object' || !PANEL_MESSAGES.has((message as { type?: string }).type ?? '')) return undefined;
      running.handle(message as PanelToContent);
      return Promise.resolve(true);
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
    ctx.onInvalidated(watchSettings((next) => running.setSettings(next)));
  },
});
