/**
 * 前置审批: the ticked categories, and their numbers and documents, which a page shows as
 * fields of their own (教育审批号, a per-category 审批文件) paired with the categories once
 * every field is read.
 */
import { PRE_APPROVAL_CATEGORIES, termId } from '../../../rules/model/vocabulary';
import { normalizeLabel } from '../local-keys';
import { checks, multiValue, textValues } from '../values';
import type { ReadState, Writer } from './context';

type PreApproval = { category: string; number?: string; documentUploaded?: boolean };

/**
 * The pre-approval category a 审批号 / 审批文件 field belongs to: named in its own label
 * (教育审批号) or in a title just before it (a per-category detail block).
 */
function categoryNear(label: Element, labelText: string): string | undefined {
  const named = Object.entries(PRE_APPROVAL_CATEGORIES).find(([, t]) => labelText.startsWith(t.zh))?.[0];
  if (named) return named;
  let node: Element | null = label;
  for (let depth = 0; node && depth < 5; depth++, node = node.parentElement) {
    for (let prev = node.previousElementSibling; prev; prev = prev.previousElementSibling) {
      const text = normalizeLabel(prev.textContent ?? '');
      if (text.length > 20) break;
      const id = termId(PRE_APPROVAL_CATEGORIES, text);
      if (id) return id;
    }
  }
  return undefined;
}

/** 审批号 / 审批文件: kept until the categories are known (pairPreApprovals). */
const numberOrDocument: Writer = (s, f) => {
  const files = s.files(f.container);
  const value = f.key === 'service.preApprovalNumber' ? (textValues(f.readings)[0]?.value ?? s.single(f.readings, f.container) ?? '') : undefined;
  s.pendingNumbers.push({ base: f.serviceBase, category: categoryNear(f.item.label, f.item.labelText), value, anchor: f.anchor, files });
};

export const preApprovalWriters = {
  'service.preApprovals': (s, f) => {
    const boxes = checks(f.readings);
    const id = `${f.serviceBase}.preApprovals`;
    let list: PreApproval[] | undefined;
    if (boxes.some((b) => b.checked && s.def.labels.noneOfTheAbove.test(normalizeLabel(b.label)))) list = [];
    else {
      list = s
        .terms(
          id,
          PRE_APPROVAL_CATEGORIES,
          boxes.filter((b) => b.checked).map((b) => b.label),
        )
        .map((category) => ({ category }));
      const tagged = (multiValue(f.readings.filter((r) => r.kind !== 'check')) ?? []).filter((text) => !s.def.labels.noneOfTheAbove.test(normalizeLabel(text)));
      for (const category of s.terms(id, PRE_APPROVAL_CATEGORIES, tagged)) if (!list.some((p) => p.category === category)) list.push({ category });
      if (list.length === 0 && !boxes.length && !tagged.length) list = undefined;
      else if (list.length === 0 && !boxes.some((b) => b.checked)) list = undefined;
    }
    s.set(id, list, f.anchor);
  },
  'service.preApprovalNumber': numberOrDocument,
  'service.preApprovalDocument': numberOrDocument,
} satisfies Record<string, Writer>;

/** Pre-approval numbers and documents: by the category named next to them, else in order of the ticked boxes. */
export function pairPreApprovals(s: ReadState): void {
  const nextIndex = new Map<string, number>();
  for (const pending of s.pendingNumbers) {
    const id = `${pending.base}.preApprovals`;
    const list = s.values.get(id) as PreApproval[] | undefined;
    if (!list?.length) continue;
    let index = pending.category ? list.findIndex((p) => p.category === pending.category) : -1;
    const counter = `${id}|${pending.value === undefined ? 'doc' : 'number'}`;
    if (index < 0) {
      index = nextIndex.get(counter) ?? 0;
      nextIndex.set(counter, index + 1);
    }
    const entry = list[index];
    if (!entry) continue;
    if (pending.value !== undefined) {
      entry.number = pending.value;
      s.anchors.set(`${id}[${index}].number`, pending.anchor);
      s.anchors.set(`${id}[${index}]`, pending.anchor);
    }
    if (pending.files !== undefined) {
      entry.documentUploaded = (entry.documentUploaded ?? false) || pending.files > 0;
      const material = `materials.pre-approval-document@${pending.base}`;
      s.values.set(material, ((s.values.get(material) as number | undefined) ?? 0) + pending.files);
      s.found.add(material);
      if (!s.anchors.has(material)) s.anchors.set(material, pending.anchor);
    }
  }
}
