/**
 * The current record, shown read-only in a change or cancellation order (已备案信息,
 * 已备案网站1): every value goes to `filed`, nothing to the order being edited.
 */
import { parseProvince } from '../../../rules/model/provinces';
import { SUBJECT_NATURES } from '../../../rules/model/vocabulary';
import type { ServiceKind } from '../layout';
import { countAccessProviders, type LocalKey } from '../local-keys';
import { listOfTexts } from '../values';
import type { FieldContext, ReadState } from './context';

type FiledWriter = (s: ReadState, f: FieldContext, value: string | undefined, kind: ServiceKind) => void;

const domains: FiledWriter = (s, f, value, kind) => {
  const list = f.readings.length ? listOfTexts(f.readings) : (value ?? '').split(/[\s,，;；、]+/);
  s.set(`${s.filedBase(f.item.ctx, kind, false)}.domains`, list.map((d) => d.trim()).filter(Boolean), f.anchor);
};

const certNumber: FiledWriter = (s, f, value) => s.set('filed.certNumber', value, f.anchor);

/** The local keys a record block shows; any other label under it is skipped. */
const FILED_WRITERS: Partial<Record<LocalKey, FiledWriter>> = {
  province: (s, f, value) => {
    const text = value?.split(/[/>\s]/)[0];
    const code = text ? parseProvince(text) : undefined;
    if (code === undefined && value?.trim()) s.unread({ field: 'filed.province', text: value.trim() });
    s.set('filed.province', code, f.anchor);
  },
  'subject.nature': (s, f, value) => s.set('filed.subjectNature', s.term('filed.subjectNature', SUBJECT_NATURES, value), f.anchor),
  'subject.name': (s, f, value) => s.set('filed.subjectName', value, f.anchor),
  'subject.certNumber': certNumber,
  certNumber,
  'filed.recordNumber': (s, f, value, kind) =>
    s.set(f.item.ctx.filedService ? `${s.filedBase(f.item.ctx, kind, false)}.recordNumber` : 'filed.recordNumber', value, f.anchor),
  'service.recordNumber': (s, f, value, kind) => s.set(`${s.filedBase(f.item.ctx, kind, false)}.recordNumber`, value, f.anchor),
  'filed.otherAccessProviders': (s, f, value) => s.set('filed.otherAccessProviders', countAccessProviders(value), f.anchor),
  // A second 网站名称 starts the next filed service when the headings do not number them.
  'service.name': (s, f, value, kind) => s.set(`${s.filedBase(f.item.ctx, kind, true)}.name`, value, f.anchor),
  'service.domains': domains,
  'service.mainDomain': domains,
};

export function writeFiled(s: ReadState, f: FieldContext): void {
  const write = FILED_WRITERS[f.key];
  if (!write) return;
  const kind: ServiceKind = f.item.ctx.filedService ?? (/^APP/i.test(f.item.labelText) ? 'apps' : 'websites');
  write(s, f, s.single(f.readings, f.container), kind);
}
