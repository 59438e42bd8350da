/**
 * Teaching a field on the page (the side panel's 「在页面上指定」, message `teach-field`): the
 * picking mode (components/inline/picker.ts), then the picked control's locator
 * (taught.ts) stored for this console and the step on screen, and the page read again with
 * it. Also keeps the runtime's taught fields current as the panel deletes or imports them.
 */
import { claimHost } from '../inline/host';
import type { Picker } from '../inline/picker';
import { t } from '../inline/strings';
import { MAX_LABEL_CHARS, withTaught, type TaughtFields } from '../messaging/taught';
import { loadTaught, saveTaught, watchTaught } from '../messaging/taught-storage';
import type { ConsoleDefinition } from './define-console';
import { domOf } from './dom';
import type { ConsoleRuntime } from './runtime';
import { teachToolsIn, type TeachTools } from './teach-tools';

export interface Teaching {
  teach(field: string, label?: string): void;
  stop(): void;
}

/** The controls a user may pick: native ones and every control root the console's libraries know. */
export function pickableControls(def: ConsoleDefinition): string {
  return ['input:not([type="hidden"])', 'select', 'textarea', ...def.libraries.map((l) => l.controls).filter((s): s is string => !!s)].join(', ');
}

/**
 * `tools`: picking mode and locators, from page-engine.js (teach-tools.ts) unless given (tests);
 * before it has run, a request to teach does nothing.
 */
export function startTeaching(
  def: ConsoleDefinition,
  doc: Document,
  runtime: Pick<ConsoleRuntime, 'lastRead' | 'setTaught' | 'lang'>,
  tools: () => TeachTools | undefined = () => teachToolsIn(globalThis),
): Teaching {
  let picker: Picker | undefined;
  let stopped = false;
  let known: TaughtFields = {};
  const apply = (fields: TaughtFields) => {
    if (stopped) return;
    known = fields;
    runtime.setTaught(fields);
  };
  loadTaught(def.id).then(apply, () => undefined);
  const unwatch = watchTaught((consoleId, fields) => consoleId === def.id && apply(fields));

  return {
    teach(field, label) {
      picker?.stop();
      const step = runtime.lastRead()?.step;
      const { startPicker, buildLocator } = tools() ?? {};
      if (stopped || !step || step === 'unknown' || !doc.body || !startPicker || !buildLocator) return;
      const name = (label || field).slice(0, MAX_LABEL_CHARS);
      picker = startPicker({
        doc,
        controls: pickableControls(def),
        hint: t(runtime.lang(), 'teach.hint', { field: name }),
        cancelLabel: t(runtime.lang(), 'teach.cancel'),
        claim: claimHost,
        onCancel: () => {
          picker = undefined;
        },
        onPick: (control) => {
          picker = undefined;
          const locator = buildLocator(domOf(def.libraries), doc.body, control);
          const next = withTaught(known, step, field, locator);
          apply(next);
          void saveTaught(def.id, next).catch(() => undefined);
        },
      });
    },
    stop() {
      stopped = true;
      picker?.stop();
      unwatch();
    },
  };
}
