import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createInlineWarnings } from '../../components/inline-warnings';
import type { ContentToBackground, PanelToContent } from '../../components/protocol';
import type { RuleCatalog } from '../../rules/engine/run';
import { loadSettings, watchSettings } from '../../components/settings';
import { ALL_RULES } from '../../rules/all-rules';
import { HUAWEI_CONSOLE_MATCHES } from './hosts';
import { startAdapter } from './runtime';

const PANEL_MESSAGES = new Set(['focus-field', 'set-declarations', 'set-principal-flags']);

export default defineContentScript({
  matches: HUAWEI_CONSOLE_MATCHES,
  runAt: 'document_idle',
  async main(ctx) {
    // The rules' words (texts, sources) are not in this bundle: ask the background once
    // before the first evaluation, so no warning is ever shown without its text. Settings
    // are read at the same time: two round trips in parallel, not one after the other.
    const settings = loadSettings().then(
      (value) => ({ value }),
      (error: unknown) => ({ error }),
    );
    let catalog: RuleCatalog | undefined;
    try {
      catalog = (await browser.runtime.sendMessage({ type: 'get-catalog' } satisfies ContentToBackground)) as RuleCatalog;
    } catch {
      return; // The extension was reloaded or removed under the page: nothing to do.
    }
    const adapter = startAdapter({
      ctx,
      doc: document,
      rules: ALL_RULES,
      catalog: () => catalog,
      inline: createInlineWarnings(ctx),
      post: (message) => browser.runtime.sendMessage(message),
      postIntervalMs: 200,
    });

    const onMessage = (message: unknown) => {
      if (!message || typeof message !== 'object' || !PANEL_MESSAGES.has((message as { type?: string }).type ?? '')) return undefined;
      adapter.handle(message as PanelToContent);
      return Promise.resolve(true);
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

    try {
      // Settings (language, switched-off rules) live in storage.local; follow changes.
      ctx.onInvalidated(watchSettings((next) => adapter.setSettings(next)));
      const loaded = await settings;
      if ('error' in loaded) throw loaded.error;
      adapter.setSettings(loaded.value);
    } catch (error) {
      // The extension was reloaded or removed under the page: stop quietly.
      if (/context invalidated/i.test(String(error))) adapter.stop();
      else adapter.evaluate();
    }
  },
});
