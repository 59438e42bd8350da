/** A website or app card: name, domains (主域名 and 从域名 rows), homepages, content, languages, record number. */
import { LANGUAGES, SERVICE_CONTENT } from '../../../rules/model/vocabulary';
import type { ConsoleDefinition } from '../define-console';
import type { ServiceKind } from '../layout';
import { countAccessProviders, normalizeLabel, ownEntry } from '../local-keys';
import { listOfTexts, multiValue, textValues } from '../values';
import type { Writer } from './context';

/**
 * The kind of service a 服务类型 choice names (网站应用服务 → websites, App应用服务 → apps);
 * `unknown` hears a text the console's table does not list.
 */
export function serviceKind(def: ConsoleDefinition, text: string | undefined, unknown?: (text: string) => void): ServiceKind | undefined {
  if (!text?.trim()) return undefined;
  // Own entries only: page text such as 「constructor」 names no kind.
  const kinds = def.labels.serviceKinds;
  const kind = kinds ? ownEntry(kinds, normalizeLabel(text.normalize('NFKC')).toUpperCase()) : undefined;
  if (!kind) unknown?.(text.trim());
  return kind;
}

/** A list of texts (one per row): domains, homepage URLs, an app's IPs; each row anchored. */
const list: Writer = (s, f) => {
  const field = f.key === 'service.homepageUrls' ? 'homepageUrls' : f.key === 'app.ips' ? 'ips' : 'domains';
  const id = `${f.serviceBase}.${field}`;
  if (field === 'domains') s.mainDomainFields.add(id);
  s.set(id, listOfTexts(f.readings), f.anchor);
  s.lock(id, f.readings, f.container);
  textValues(f.readings).forEach((t, i) => s.anchors.has(`${id}[${i}]`) || s.anchors.set(`${id}[${i}]`, s.dom.anchorFor(f.container, t.el)));
};

/** 主体备案号 / 网站备案号 shown beside the order: the record it edits or cancels. */
const recordNumber: Writer = (s, f) => {
  const own = f.key === 'service.recordNumber' || (f.item.labelText === '备案号' && f.item.ctx.service !== undefined && f.inService);
  s.set(own ? `filed.${f.serviceBase}.recordNumber` : 'filed.recordNumber', s.single(f.readings, f.container), f.anchor);
};

export const serviceWriters = {
  'service.name': (s, f) => {
    s.setPlain(`${f.serviceBase}.name`, f.readings, f.container, f.anchor);
    s.lock(`${f.serviceBase}.name`, f.readings, f.container);
  },
  'service.domains': list,
  'service.mainDomain': list,
  'service.homepageUrls': list,
  'app.ips': list,
  /** 从域名: rows appended to the card's domains once every field is read (fields/index.ts). */
  'service.extraDomains': (s, f) => {
    const entry = s.extraDomains.get(f.serviceBase) ?? { values: [], anchors: [] };
    for (const t of textValues(f.readings)) {
      if (t.value.trim()) {
        entry.values.push(t.value.trim());
        entry.anchors.push(s.dom.anchorFor(f.container, t.el));
      }
    }
    s.extraDomains.set(f.serviceBase, entry);
    s.found.add(`${f.serviceBase}.domains`);
    if (!s.anchors.has(`${f.serviceBase}.domains`)) s.anchors.set(`${f.serviceBase}.domains`, f.anchor);
  },
  'service.serviceContent': (s, f) => {
    const labels = multiValue(f.readings);
    const id = `${f.serviceBase}.serviceContent`;
    s.set(id, labels && (f.service === 'apps' ? labels : s.terms(id, SERVICE_CONTENT, labels)), f.anchor);
  },
  'service.languages': (s, f) => {
    const labels = multiValue(f.readings);
    const id = `${f.serviceBase}.languages`;
    s.set(id, labels && s.terms(id, LANGUAGES, labels), f.anchor);
  },
  'filed.recordNumber': recordNumber,
  'service.recordNumber': recordNumber,
  'filed.otherAccessProviders': (s, f) => s.set('filed.otherAccessProviders', countAccessProviders(s.single(f.readings, f.container)), f.anchor),
} satisfies Record<string, Writer>;
