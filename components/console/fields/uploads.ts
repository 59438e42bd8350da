/** Upload slots (上传资料): the number of files in each, as `materials.<id>` (per card: `@websites[i]`). */
import type { Item } from '../layout';
import { MAX_SERVICES_PER_ORDER, type Block, type UploadSlot } from '../local-keys';
import type { ReadState } from './context';

export function writeUpload(s: ReadState, item: Item & { readonly key: UploadSlot }, block: Block | undefined, serviceBase: string, anchor: Element): void {
  const files = s.files(item.container);
  if (files === undefined) return;
  const slot = item.key;
  const hinted = s.def.labels.serviceHint(item.rawLabel);
  // A slot label numbering a service past the bound names no service (local-keys.ts).
  const hint = hinted && hinted.index >= 0 && hinted.index < MAX_SERVICES_PER_ORDER ? hinted : undefined;
  const owner = hint ? `${hint.service}[${hint.index}]` : item.ctx.service ? serviceBase : undefined;
  let key = slot.material;
  if (slot.principalId && (block === 'service-principal' || (block === 'service' && item.ctx.service))) key = `service-principal-id${owner ? `@${owner}` : ''}`;
  else if (slot.perService && owner) key = `${slot.material}@${owner}`;
  s.set(`materials.${key}`, files, anchor);
}
