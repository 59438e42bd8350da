import { addressInCity, cityOfAddress, mailingCity } from '../../checks/address';
import { defineRule, type SourceRef } from '../../engine/types';
import type { ProvinceCode } from '../../model/provinces';
import { PROVINCE_SOURCES } from '../_sources';
import { provincesOf, tableSources } from '../_site';

/**
 * 河北, 河南, 贵州: the mailing address (通讯地址) must lie in the same province and city as
 * the certificate address (证件住所) — no cross-city filing (Huawei
 * KB K-管局, P25 for 河南; the 河北, 河南 and 贵州 pages in rules/provinces/_sources.ts). For individuals the
 * certificate address is the ID-card address.
 */
export const PROVINCES = {
  HE: [PROVINCE_SOURCES.HE.HW],
  HA: [PROVINCE_SOURCES.HA.HW, 'P25'],
  GZ: [PROVINCE_SOURCES.GZ.HW],
} satisfies Partial<Record<ProvinceCode, SourceRef[]>>;

export default defineRule({
  id: 'provinces/shared/mailing-address-same-city',
  severity: 'error',
  family: 'addresses',
  scope: { provinces: provincesOf(PROVINCES) },
  reads: ['subject.certAddress', 'subject.mailingAddress.city'],
  alsoReads: ['subject.mailingAddress.province'],
  texts: {
    'zh-CN': {
      title: '通讯地址须与证件住所在同一城市',
      messages: { differentCity: '通讯地址在{mailing}，证件住所在{cert}；本省不接受跨市的通讯地址。' },
      why: '该省管局要求通讯地址与证件上的住所在同一省、同一地级市，跨市填写会被驳回。',
      fix: '填写位于证件住所所在城市的通讯地址；如实际在外地经营，请先咨询接入商。',
    },
    en: {
      title: 'The mailing address must be in the same city as the certificate address',
      messages: {
        differentCity:
          'The mailing address is in {mailing} but the certificate address is in {cert}; this province does not accept a mailing address in another city.',
      },
      why: "The province requires the mailing address to be in the same province and prefecture-level city as the certificate's address; cross-city addresses are rejected.",
      fix: 'Give a mailing address in the city of the certificate address; if you actually operate elsewhere, ask the provider first.',
    },
  },
  sources: ['K-管局', ...tableSources(PROVINCES)],
  reviewedAt: '2026-11-29',
  check(form) {
    const cert = form.subject?.certAddress;
    const city = mailingCity(form.subject?.mailingAddress);
    if (!cert || !city || addressInCity(cert, city) !== false) return [];
    return [{ field: 'subject.mailingAddress.city', message: 'differentCity' as const, params: { mailing: city, cert: cityOfAddress(cert)! } }];
  },
});
