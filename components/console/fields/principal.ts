/** A principal (主体负责人, or a card's 互联网信息服务负责人): name, ID, validity, contacts, flags. */
import { CERTIFICATE_TYPES } from '../../../rules/model/vocabulary';
import { normalizeLabel } from '../local-keys';
import { allDates, checks } from '../values';
import type { Writer } from './context';

const plain: Writer = (s, f) => s.setPlain(`${f.principalBase}.${f.key.slice('principal.'.length)}`, f.readings, f.container, f.anchor);

/** A yes/no field: one checkbox of its own, or a 是 / 否 choice. */
const flag: Writer = (s, f) => {
  const boxes = checks(f.readings);
  let value: boolean | undefined;
  if (boxes.length === 1 && !/^[是否]$/.test(normalizeLabel(boxes[0]!.label))) value = boxes[0]!.checked;
  else {
    const chosen = boxes.find((b) => b.checked)?.label ?? s.single(f.readings, f.container);
    value =
      chosen === undefined ? undefined : /^(是|yes)$/i.test(normalizeLabel(chosen)) ? true : /^(否|no)$/i.test(normalizeLabel(chosen)) ? false : undefined;
  }
  const base = f.key === 'principal.sameAsSubjectPrincipal' ? `${f.serviceBase}.principal` : f.principalBase;
  s.set(`${base}.${f.key.slice('principal.'.length)}`, value, f.anchor);
};

export const principalWriters = {
  'principal.name': plain,
  'principal.mobile': plain,
  'principal.emergencyPhone': plain,
  'principal.email': plain,
  'principal.officePhone': plain,
  'principal.idNumber': plain,
  'principal.idType': (s, f) =>
    s.set(`${f.principalBase}.idType`, s.term(`${f.principalBase}.idType`, CERTIFICATE_TYPES, s.single(f.readings, f.container)), f.anchor),
  /** 证件有效期: a start date, an end date or 长期 (a box, or the word in the end field). */
  'principal.idValidity': (s, f) => {
    const { readings, container, anchor, principalBase } = f;
    const longTerm = s.def.labels.longTerm;
    const long = checks(readings).find((c) => longTerm.test(normalizeLabel(c.label)));
    const dateTexts = readings.filter((r) => r.kind === 'date' || r.kind === 'text' || r.kind === 'choice').map((r) => ('value' in r ? r.value : ''));
    const dates = dateTexts.flatMap((t) => allDates(t));
    const saysLong = dateTexts.some((t) => longTerm.test(normalizeLabel(t)));
    const isLong = long ? long.checked || saysLong : saysLong ? true : undefined;
    const dateEls = readings.filter((r) => r.kind === 'date' || r.kind === 'text');
    s.set(`${principalBase}.idValidFrom`, dates[0], dateEls[0] ? s.dom.anchorFor(container, dateEls[0].el) : anchor);
    s.set(`${principalBase}.idValidTo`, isLong ? undefined : dates[1], dateEls[1] ? s.dom.anchorFor(container, dateEls[1].el) : anchor);
    s.set(`${principalBase}.idLongTerm`, isLong ?? (dates[1] ? false : undefined), long ? s.dom.anchorFor(container, long.el) : anchor);
  },
  'principal.sameAsSubjectPrincipal': flag,
  'principal.isLegalRepresentative': flag,
} satisfies Record<string, Writer>;
