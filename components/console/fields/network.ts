/**
 * Addresses: a website's IP ranges (as pairs, or as separate 起始IP / 结束IP fields; a field
 * with one address is a single IP, its range starting and ending there: "如果是单个IP，“起始IP-终止IP”都填写同一个即可",
 * https://github.com/huaweicloud/huaweicloud-skills/blob/main/skills/cdi/assist/huawei-cloud-icp-process-guidance/kb/faq/备案常见问题.md), an app's IPs.
 */
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
    // Start and end in pairs; a box left over (the only one, say) is a single IP.
    const ranges: { start: string; end: string }[] = [];
    const boxes: [Element, Element][] = [];
    for (let i = 0; i < texts.length; i += 2) {
      const start = texts[i]!;
      const end = texts[i + 1] ?? start;
      ranges.push({ start: start.value, end: end.value });
      boxes.push([start.el, end.el]);
    }
    const id = `${serviceBase}.ipRanges`;
    s.set(id, ranges, f.anchor);
    boxes.forEach(([start, end], i) => {
      s.anchors.set(`${id}[${i}]`, s.dom.anchorFor(container, start));
      s.anchors.set(`${id}[${i}].start`, s.dom.anchorFor(container, start));
      s.anchors.set(`${id}[${i}].end`, s.dom.anchorFor(container, end));
    });
  },
  'service.ipStart': rangeEnd,
  'service.ipEnd': rangeEnd,
} satisfies Record<string, Writer>;
