import { defineRule } from '../../engine/types';
import { PROVINCE_SOURCES } from '../_sources';

/**
 * 重庆 (Huawei P26): addresses in 两江新区, formerly 渝北区, are filed
 * with the district 渝北区 and a remark explaining it. Advice.
 */
export default defineRule({
  id: 'provinces/cq/liangjiang-remark',
  severity: 'info',
  family: 'addresses',
  scope: { provinces: ['CQ'] },
  reads: ['subject.mailingAddress.district', 'subject.mailingAddress.detail', 'subject.remark'],
  texts: {
    'zh-CN': {
      title: '重庆两江新区地址：选渝北区并在备注说明',
      messages: {
        chooseYubei: '地址位于两江新区，区请选择“渝北区”（两江新区原属渝北区）。',
        explainInRemark: '地址位于两江新区，请在主体备注中说明“两江新区原属渝北区”。',
      },
      why: '华为云重庆管局要求：两江新区原属渝北区的地址，区选择渝北区并在备注中说明，避免地址核验不一致。',
      fix: '区选“渝北区”，并在主体备注写明地址位于两江新区（原渝北区）。',
    },
    en: {
      title: 'Chongqing 两江新区 addresses: choose 渝北区 and explain in the remark',
      messages: {
        chooseYubei: 'The address is in 两江新区; choose the district 渝北区 (its former district).',
        explainInRemark: 'The address is in 两江新区; explain in the subject remark that it used to belong to 渝北区.',
      },
      why: "Huawei's Chongqing page: addresses in 两江新区, formerly 渝北区, choose 渝北区 and explain it in the remark, so the address check matches.",
      fix: 'Choose 渝北区 and note in the subject remark that the address is in 两江新区 (formerly 渝北区).',
    },
  },
  citations: { 'zh-CN': ['华为云重庆管局要求'], en: ["Huawei's Chongqing page"] },
  sources: ['P26', PROVINCE_SOURCES.CQ.HW],
  reviewedAt: '2026-11-29',
  check(form) {
    const address = form.subject?.mailingAddress;
    if (!`${address?.district ?? ''}${address?.detail ?? ''}`.includes('两江')) return [];
    if (address?.district !== '渝北区') return [{ field: 'subject.mailingAddress.district', message: 'chooseYubei' as const }];
    return (form.subject?.remark ?? '').includes('两江') ? [] : [{ field: 'subject.remark', message: 'explainInRemark' as const }];
  },
});
