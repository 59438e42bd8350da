import { hasDoorNumber } from '../checks/address';
import { defineRule } from '../engine/types';
import { PROVINCES as DOOR_NUMBER_PROVINCES } from '../provinces/shared/address-door-number';

/**
 * Tencent Cloud's answer for a mailing address (通信地址) without a door number: say in the
 * remark (备注) that the address is already the most detailed one (TC-subject-info:
 * 可以在备注中备注通信地址已为最详细地址). Advice that spares the reviewer's question: info.
 * Provinces where provinces/shared/address-door-number asks for a door number are left to it,
 * so a field gets one finding.
 */
export default defineRule({
  id: 'national/tencent-mailing-address-remark',
  severity: 'info',
  family: 'addresses',
  scope: { providers: ['tencent'] },
  reads: ['subject.mailingAddress.detail'],
  alsoReads: ['subject.remark'],
  texts: {
    'zh-CN': {
      title: '通信地址没有门牌号时，在主体备注中说明已为最详细地址',
      messages: { explainInRemark: '通信地址没有门牌号，主体信息备注也是空的；请在备注中写明“通信地址已为最详细地址”。' },
      why: '{provider}的备案说明建议：通信地址确实没有门牌号时，在备注中说明该地址已是最详细的地址，审核人员就不必再来核实。',
      fix: '确认地址确无门牌号后，在主体信息备注中填写“通信地址已为最详细地址”；有门牌号的，请把门牌号补进通信地址。',
    },
    en: {
      title: 'A mailing address without a door number: say in the subject remark that it is the most detailed address',
      messages: {
        explainInRemark:
          'The mailing address has no door number and the subject remark is empty; write in the remark that the mailing address is already the most detailed one.',
      },
      why: "{provider}'s filing notes advise that when a mailing address truly has no door number, the remark says it is already the most detailed address, so the reviewer need not ask.",
      fix: 'If the address really has no door number, write 「通信地址已为最详细地址」 in the subject remark; if it has one, add it to the mailing address.',
    },
  },
  sources: ['TC-subject-info'],
  reviewedAt: '2026-12-07',
  check(form) {
    const province = form.province;
    if (province !== undefined && province in DOOR_NUMBER_PROVINCES) return [];
    const detail = form.subject?.mailingAddress?.detail ?? '';
    if (detail.trim() === '' || hasDoorNumber(detail) || (form.subject?.remark ?? '').trim() !== '') return [];
    return [{ field: 'subject.mailingAddress.detail', message: 'explainInRemark' as const }];
  },
});
