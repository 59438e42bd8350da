/**
 * The side panel's side of taught fields: every console's, read from `storage.local` and kept
 * current, deleted one by one, exported as a JSON file (a Blob and an `<a download>`: no
 * downloads permission) and imported from one (validated: components/messaging/taught.ts).
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { CONSOLE_IDS } from '../console/define-console';
import { taughtEntries, withTaught, type TaughtFields } from '../messaging/taught';
import { parseTaughtFile, sanitizeTaughtStrictly, taughtFile } from '../messaging/taught-file';
import { loadAllTaught, saveTaught, watchTaught } from '../messaging/taught-storage';
import type { TaughtActions } from './read-view';

/** Saves `text` as a file named `name` from the panel page. */
function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function useTaught(): [Readonly<Record<string, TaughtFields>>, TaughtActions] {
  const [taught, setTaught] = useState<Readonly<Record<string, TaughtFields>>>({});
  useEffect(() => {
    let alive = true;
    loadAllTaught(sanitizeTaughtStrictly).then(
      (all) => alive && setTaught((now) => ({ ...all, ...now })),
      () => undefined,
    );
    const unwatch = watchTaught((consoleId, fields) => setTaught((now) => ({ ...now, [consoleId]: fields })), sanitizeTaughtStrictly);
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  const actions = useMemo<TaughtActions>(
    () => ({
      forgetTaught(consoleId, step, field) {
        const next = withTaught(taught[consoleId] ?? {}, step, field, undefined);
        setTaught((now) => ({ ...now, [consoleId]: next }));
        void saveTaught(consoleId, next).catch(() => undefined);
      },
      exportTaught() {
        const kept = Object.fromEntries(Object.entries(taught).filter(([, fields]) => taughtEntries(fields).length > 0));
        download('beian-precheck-taught-fields.json', taughtFile(kept));
      },
      async importTaught(text) {
        const imported = parseTaughtFile(text, CONSOLE_IDS);
        if (!imported) return undefined;
        let count = 0;
        for (const [consoleId, fields] of Object.entries(imported)) {
          let merged = taught[consoleId] ?? {};
          for (const entry of taughtEntries(fields)) merged = withTaught(merged, entry.step, entry.field, entry.locator);
          count += taughtEntries(fields).length;
          setTaught((now) => ({ ...now, [consoleId]: merged }));
          await saveTaught(consoleId, merged);
        }
        return count;
      },
    }),
    [taught],
  );
  return [taught, actions];
}
