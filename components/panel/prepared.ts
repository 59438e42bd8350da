/**
 * The materials the user ticked as prepared (已准备), per tab: in memory and in
 * storage.session under preparedKey(tabId), never storage.local. The background drops the
 * entry with the tab's state (the tab closes or leaves the console), so a tick lives as long
 * as the filing in that tab.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { preparedKey } from '../messaging/protocol';

const NONE: ReadonlySet<string> = new Set();

/** A stored list of keys, or nothing when the value is not one (damaged or foreign). */
function keysOf(value: unknown): ReadonlySet<string> {
  return Array.isArray(value) ? new Set(value.filter((key): key is string => typeof key === 'string')) : NONE;
}

/** The ticks of `tabId` and the function that sets one; no tab, no ticks. */
export function usePrepared(tabId: number | null | undefined): [ReadonlySet<string>, (key: string, prepared: boolean) => void] {
  const [ticks, setTicks] = useState<{ tabId: number | null | undefined; keys: ReadonlySet<string> }>({ tabId, keys: NONE });
  const latest = useRef(ticks);
  latest.current = ticks;

  useEffect(() => {
    if (typeof tabId !== 'number') return;
    let alive = true;
    const key = preparedKey(tabId);
    browser.storage.session.get(key).then(
      (items) => alive && setTicks((now) => (now.tabId === tabId && now.keys !== NONE ? now : { tabId, keys: keysOf(items[key]) })),
      () => undefined,
    );
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'session' && key in changes) setTicks({ tabId, keys: keysOf(changes[key]!.newValue) });
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, [tabId]);

  const set = useCallback(
    (material: string, prepared: boolean) => {
      if (typeof tabId !== 'number') return;
      const now = latest.current;
      const keys = new Set(now.tabId === tabId ? now.keys : NONE);
      if (prepared) keys.add(material);
      else keys.delete(material);
      latest.current = { tabId, keys };
      setTicks(latest.current);
      void browser.storage.session.set({ [preparedKey(tabId)]: [...keys] }).catch(() => undefined);
    },
    [tabId],
  );

  return [ticks.tabId === tabId ? ticks.keys : NONE, set];
}
