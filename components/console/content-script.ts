/**
 * The body of every console's content script: the browser glue around startConsole
 * (runtime.ts). A console's entrypoint calls it from its `main` (WXT evaluates the
 * entrypoint file at build time without `main`, so the options stay in that file). The bundle carries no rules: the background judges the first
 * reads, then the rules come into the page for the key presses (page-engine.js, a content
 * script of its own listed after this one; components/engine-client/hybrid.ts); the
 * background keeps the panel's copy.
 */
import { browser } from 'wxt/browser';
import { remoteEngine, type EnginePort } from '../engine-client/remote';
import { hybridEngine, pageJudgeIn } from '../engine-client/hybrid';
import { createInlineWarnings } from '../inline/inline-warnings';
import { ENGINE_PORT, type PanelToContent } from '../messaging/protocol';
import { loadSettings, watchSettings } from '../messaging/settings';
import type { ConsoleDefinition } from './define-console';
import { extensionLifetime } from './lifetime';
import { formMayBeElsewhere } from './frames';
import { startConsole } from './runtime';
import { reportReply } from './report-reply';
import { pageReporterIn } from './page-report-slot';
import { localDate } from '../local-date';
import { TEACHING_HOST_SLOT, teachToolsIn, type TeachingHost } from './teach-tools';
import { fieldNamerIn } from '../inline/field-names';

const PANEL_MESSAGES = new Set(['focus-field', 'set-declarations', 'set-principal-flags', 'teach-field']);

/**
 * Runs console `def` in this page until the extension goes away. WXT's content-script
 * context is not used: the page can end it (lifetime.ts); only the extension ends ours.
 */
export async function runConsole(def: ConsoleDefinition): Promise<void> {
  const lifetime = extensionLifetime(() => browser.runtime?.id != null);
  // The extension was reloaded or removed under the page.
  const remote = remoteEngine(() => browser.runtime.connect({ name: ENGINE_PORT }) as unknown as EnginePort, lifetime.end);
  const engine = hybridEngine({
    remote,
    async loadJudge() {
      // page-engine.js is listed after this script in the manifest (wxt.config.ts) and ran in
      // this isolated world right after this script's first read was sent.
      return pageJudgeIn(globalThis);
    },
  });
  // Wake the background while the settings load; read and judge the page meanwhile
  // (the runtime shows warnings once it knows the settings).
  engine.warm?.();
  const settings = loadSettings();
  settings.catch((error: unknown) => {
    // The extension was reloaded or removed under the page: stop quietly (otherwise the defaults apply).
    if (/context invalidated/i.test(String(error))) lifetime.end();
  });
  if (!lifetime.isValid) return;
  const started = startConsole(def, {
    ctx: lifetime,
    doc: document,
    engine,
    inline: createInlineWarnings(lifetime, (field, lang) => fieldNamerIn(globalThis)?.(field, lang) ?? ''),
    settings,
    formMayBeElsewhere: () => formMayBeElsewhere(def, window),
    onTeach: (field, label) => teachingHost.teaching?.teach(field, label),
    taughtReader: () => teachToolsIn(globalThis)?.taughtItems,
  });
  // Teaching a field starts in page-engine.js, which runs next (teach-tools.ts TeachingHost).
  const teachingHost: TeachingHost = { def, doc: document, runtime: started, onInvalidated: (stop) => lifetime.onInvalidated(stop) };
  (globalThis as Record<string, unknown>)[TEACHING_HOST_SLOT] = teachingHost;
  started.evaluate();

  const onMessage = (message: unknown) => {
    if ((message as { type?: string } | null)?.type === 'report-page') {
      const reply = reportReply(
        def,
        window,
        started.lastRead(),
        { version: browser.runtime.getManifest().version, date: localDate() },
        pageReporterIn(globalThis),
      );
      // No answer from a frame that does not speak for the console (report-reply.ts): another frame's answers.
      return reply ? Promise.resolve(reply) : undefined;
    }
    if (!message || typeof message !== 'object' || !PANEL_MESSAGES.has((message as { type?: string }).type ?? '')) return undefined;
    started.handle(message as PanelToContent);
    return Promise.resolve(true);
  };
  browser.runtime.onMessage.addListener(onMessage);
  lifetime.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  lifetime.onInvalidated(watchSettings((next) => started.setSettings(next)));
}
