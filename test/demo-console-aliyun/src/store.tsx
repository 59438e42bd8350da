/** @jsxImportSource react */
/**
 * The order being filled, kept across the wizard's steps (as the console keeps its draft):
 * one object per form (`entity`, `site`; `moreSites` for the websites added after the first), in
 * memory only.
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

export function StoreProvider({ children }: { children: ReactNode }) {
  const [draft, setDraft] = useState<Draft>({ entity: {}, site: { serviceType: '1' } });
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
