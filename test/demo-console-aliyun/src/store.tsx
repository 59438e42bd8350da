/** @jsxImportSource react */
/**
 * The order being filled, kept across the wizard's steps (as the console keeps its draft):
 * one object per form (`entity`, `site`, `material`; `moreSites` for the websites added after the
 * first). The real console keeps the draft server-side and refills the form after a reload; the
 * demo keeps what was typed on the subject step in sessionStorage (this tab only) for the same
 * effect (`keepTyped`), without re-rendering on a key press.
 */
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';

export type Values = Record<string, unknown>;
export interface Draft {
  entity: Values;
  site: Values;
  moreSites?: Values[];
}

interface Store {
  draft: Draft;
  save<K extends keyof Draft>(form: K, values: NonNullable<Draft[K]>): void;
}

const StoreContext = createContext<Store | undefined>(undefined);
const TYPED_KEY = 'demo-console-aliyun-entity';

/** Keeps the values of the 主办者信息 form as typed, for a reload of this tab. */
export function keepTyped(values: Values): void {
  try {
    sessionStorage.setItem(TYPED_KEY, JSON.stringify(values));
  } catch {
    // Storage unavailable: a reload starts blank.
  }
}

function typedBefore(): Values {
  try {
    return JSON.parse(sessionStorage.getItem(TYPED_KEY) ?? '{}') as Values;
  } catch {
    return {};
  }
}

export function StoreProvider({ children }: { children: ReactNode }) {
  const [draft, setDraft] = useState<Draft>(() => ({ entity: typedBefore(), site: { serviceType: '1' } }));
  const store = useMemo<Store>(
    () => ({ draft, save: (form, values) => setDraft((d) => ({ ...d, [form]: Array.isArray(values) ? values : { ...(d[form] as Values), ...values } })) }),
    [draft],
  );
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

export function useStore(): Store {
  const store = useContext(StoreContext);
  if (!store) throw new Error('no store');
  return store;
}

/** The region chosen in step 1 as the console's 通讯地址 prefix shows it ("浙江省杭州市西湖区"), or ''. */
export function regionText(entity: Values): string {
  const area = (entity.comArea ?? {}) as { province?: string; city?: string; district?: string };
  return area.province && area.city && area.district ? `${area.province}${area.city}${area.district}` : '';
}
