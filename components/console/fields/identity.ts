/** The order and its subject: 备案类型, 省份, resource, 主办单位 and its certificate. */
import { parseProvince, PROVINCES, type ProvinceCode } from '../../../rules/model/provinces';
import { CERTIFICATE_TYPES, FILING_TYPES, RESOURCE_TYPES, SUBJECT_NATURES } from '../../../rules/model/vocabulary';
import { filingTypeFromTitle } from '../layout';
import { term, textValues } from '../values';
import type { Writer } from './context';

/**
 * A cascader's value split at each / or > ("广东省 / 深圳市 / 南山区"), without the spaces
 * around them: what a split at spaces, / or >, spaces gave (trim drops exactly what `\s`
 * matches), in linear time (that pattern rescanned a long run of spaces from each of its characters).
 */
function cascaderParts(value: string): string[] {
  const parts = value.split(/[/>]/);
  const last = parts.length - 1;
  return parts.map((part, i) => {
    const start = i > 0 ? part.trimStart() : part;
    return i < last ? start.trimEnd() : start;
  });
}

/** 广东 or 广东省, not a place that only starts with a province's name (吉林市, 海南藏族自治州). */
const isProvinceName = (text: string) => PROVINCES.some((p) => text === p.zh || text === p.full);

const plainLocked: Writer = (s, f) => {
  s.setPlain(f.key, f.readings, f.container, f.anchor);
  s.lock(f.key, f.readings, f.container);
};

/** 证件类型 / 证件号码 without a prefix: the principal's in a principal block, else the subject's. */
const certificate: Writer = (s, f) => {
  const principal = f.block === 'subject-principal' || f.block === 'service-principal' || (f.block === 'service' && f.inService);
  const id = principal ? `${f.principalBase}.${f.key === 'certType' ? 'idType' : 'idNumber'}` : `subject.${f.key}`;
  const value = s.single(f.readings, f.container);
  s.set(id, f.key === 'certType' ? s.term(id, CERTIFICATE_TYPES, value) : value, f.anchor);
  s.lock(id, f.readings, f.container);
};

export const identityWriters = {
  filingType: (s, f) => {
    const text = s.single(f.readings, f.container);
    const type = term(FILING_TYPES, text) ?? (text ? filingTypeFromTitle(s.def.filingTypeTitles, text) : undefined);
    if (type === undefined && text?.trim()) s.unread({ field: 'filingType', text: text.trim() });
    s.set('filingType', type, f.anchor);
  },
  province: (s, f) => {
    const text = s.single(f.readings, f.container);
    const code: ProvinceCode | undefined = text ? parseProvince(text.split(/[/>\s]/)[0] ?? text) : undefined;
    if (code === undefined && text?.trim()) s.unread({ field: 'province', text: text.trim() });
    s.set('province', code, f.anchor);
    s.lock('province', f.readings, f.container);
  },
  'resource.type': (s, f) => s.set('resource.type', s.term('resource.type', RESOURCE_TYPES, s.single(f.readings, f.container)), f.anchor),
  'resource.authCode': plainLocked,
  'subject.name': plainLocked,
  'subject.certNumber': plainLocked,
  'subject.certAddress': plainLocked,
  'subject.investor': plainLocked,
  'subject.nature': (s, f) => {
    s.set(f.key, s.term(f.key, SUBJECT_NATURES, s.single(f.readings, f.container)), f.anchor);
    s.lock(f.key, f.readings, f.container);
  },
  'subject.certType': (s, f) => s.set(f.key, s.term(f.key, CERTIFICATE_TYPES, s.single(f.readings, f.container)), f.anchor),
  certType: certificate,
  certNumber: certificate,
  'subject.mailingAddress': (s, f) => {
    const { readings } = f;
    const choices = readings.filter((r) => r.kind === 'choice');
    const choice = readings.find((r) => r.kind === 'choice' || r.kind === 'tags');
    // One cascader ("广东省/深圳市/南山区"), or a select per level.
    let parts =
      choices.length > 1
        ? choices.map((c) => c.value.trim())
        : choice?.kind === 'choice'
          ? cascaderParts(choice.value).filter(Boolean)
          : choice?.kind === 'tags'
            ? [...choice.values]
            : [];
    // A cascader may show its last level only (南山区): the levels are known only from a province on.
    if (parts[0] && !isProvinceName(parts[0])) parts = [];
    const detail = textValues(readings)[0]?.value;
    const plain = readings.length === 0 ? s.single(readings, f.container) : undefined;
    const address: Record<string, string> = {};
    if (parts[0]) address.province = parts[0];
    if (parts[1]) address.city = parts[1];
    if (parts[2]) address.district = parts[2];
    if (detail !== undefined) address.detail = detail;
    else if (plain !== undefined) address.detail = plain;
    s.set('subject.mailingAddress', Object.keys(address).length ? address : undefined, f.anchor);
  },
  remark: (s, f) => s.setPlain(f.inService ? `${f.serviceBase}.remark` : 'subject.remark', f.readings, f.container, f.anchor),
} satisfies Record<string, Writer>;
