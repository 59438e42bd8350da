import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createInlineWarnings } from '../../components/inline-warnings';
import { ENGINE_PORT, type PanelToContent } from '../../components/protocol';
import { loadSettings, watchSettings } from '../../components/settings';
import { remoteEngine, type EnginePort } from './engine';
import { HUAWEI_CONSOLE_MATCHES } from './hosts';
import { startAdapter } from './runtime';

const PANEL_MESSAGES = new Set(['focus-field', 'set-declarations', 'set-principal-flags']);

export default defineContentScript({
  matches: HUAWEI_CONSOLE_MATCHES,
  runAt: 'document_idle',
  async main(ctx) {
    let adapter: ReturnType<typeof startAdapter> | undefined;
    // The rules run in the background (no rules in this bundle); the port is opened on the first read.
    const engine = remoteEngine(
      () => browser.runtime.connect({ name: ENGINE_PORT }) as unknown as EnginePort,
      () => adapter?.stop(), // the extension was reloaded or removed under the page
    );
    // Wake the background while the settings load: the first read is then judged at once.
    engine.warm?.();
    // Settings first (language, switched-off rules), so no warning of a rule the user
    // switched off is ever shown, not even for one frame.
    let settings;
    try {
      settings = await loadSettings();
    } catch {
      return; // The extension was reloaded or removed under the page: nothing to do.
    }
    if (!ctx.isValid) return;
    adapter = startAdapter({ ctx, doc: document, engine, inline: createInlineWarnings(ctx) });
    const running = adapter;

    const onMessage = (message: unknown) => {
      if (!message || typeof message !== 'object' || !PANEL_MESSAGES.has((message as { type?: string }).type ?? '')) return undefined;
      running.handle(message as PanelToContent);
      return Promise.resolve(true);
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
    ctx.onInvalidated(watchSettings((next) => running.setSettings(next)));
    running.setSettings(settings);
  },
});
