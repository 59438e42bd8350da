/** Addresses: a website's IP ranges (as pairs, or as separate 起始IP / 结束IP fields), an app's IPs. */
import { listOfTexts, textValues } from '../values';
import type { Writer } from './context';

/** 起始IP / 结束IP as fields of their own: the n-th of each makes range n. */
const rangeEnd: Writer = (s, f) => {
  const end = f.key === 'service.ipEnd';
  const n = s.nextOccurrence(`${f.serviceBase}.${f.key}`);
  const id = `${f.serviceBase}.ipRanges`;
  const ranges = (s.values.get(id) as { start?: string; end?: string }[] | undefined) ?? [];
  const range = { ...(ranges[n] ?? {}) };
  const value = s.single(f.readings, f.container);
  if (end) range.end = value;
  else range.start = value;
  ranges[n] = range;
  s.values.set(id, ranges);
  s.found.add(id);
  if (!s.anchors.has(id)) s.anchors.set(id, f.anchor);
  s.anchors.set(`${id}[${n}].${end ? 'end' : 'start'}`, f.anchor);
  if (!end) s.anchors.set(`${id}[${n}]`, f.anchor);
};

export const networkWriters = {
  'service.ipRanges': (s, f) => {
    const { container, readings, serviceBase } = f;
    if (f.service === 'apps') {
      // An app lists plain IPs (IP地址 / IP和域名信息), not ranges.
      const id = `${serviceBase}.ips`;
      s.set(id, listOfTexts(readings), f.anchor);
      textValues(readings).forEach((t, i) => s.anchors.has(`${id}[${i}]`) || s.anchors.set(`${id}[${i}]`, s.dom.anchorFor(container, t.el)));
      return;
    }
    const texts = textValues(readings);
    const ranges: { start: string; end: string }[] = [];
    for (let i = 0; i + 1 < texts.length; i += 2) ranges.push({ start: texts[i]!.value, end: texts[i + 1]!.value });
    const id = `${serviceBase}.ipRanges`;
    s.set(id, ranges, f.anchor);
    ranges.forEach((_, i) => {
      s.anchors.set(`${id}[${i}]`, s.dom.anchorFor(container, texts[2 * i]!.el));
      s.anchors.set(`${id}[${i}].start`, s.dom.anchorFor(container, texts[2 * i]!.el));
      s.anchors.set(`${id}[${i}].end`, s.dom.anchorFor(container, texts[2 * i + 1]!.el));
    });
  },
  'service.ipStart': rangeEnd,
  'service.ipEnd': rangeEnd,
} satisfies Record<string, Writer>;
