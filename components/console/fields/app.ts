/** An app's platform rows (平台, 包名, 公钥, 签名MD5): the n-th field of each makes row n. */
import { APP_PLATFORMS } from '../../../rules/model/vocabulary';
import type { Writer } from './context';

const platformField: Writer = (s, f) => {
  const field = f.key.slice('app.'.length);
  const base = `${f.service === 'apps' ? f.serviceBase : `apps[${f.item.ctx.index}]`}.platforms`;
  const n = s.nextOccurrence(`${base}.${field}`);
  const platforms = (s.values.get(base) as Record<string, unknown>[] | undefined) ?? [];
  const entry = { ...(platforms[n] ?? {}) };
  const value = s.single(f.readings, f.container);
  if (field === 'platform') {
    const platform = s.term(`${base}[${n}].platform`, APP_PLATFORMS, value);
    if (platform) entry.platform = platform;
  } else if (value !== undefined) entry[field] = value;
  platforms[n] = entry;
  for (let i = 0; i < platforms.length; i++) platforms[i] ??= {};
  s.values.set(base, platforms);
  s.found.add(base);
  if (!s.anchors.has(base)) s.anchors.set(base, f.anchor);
  s.anchors.set(`${base}[${n}].${field}`, f.anchor);
};

export const appWriters = {
  'app.platform': platformField,
  'app.packageName': platformField,
  'app.publicKey': platformField,
  'app.signatureMd5': platformField,
} satisfies Record<string, Writer>;
