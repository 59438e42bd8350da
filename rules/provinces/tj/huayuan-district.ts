import { defineRule, type Issue } from '../../engine/types';
import { PROVINCE_SOURCES } from '../_sources';

/**
 * 天津 mailing addresses (UC 2024, QC, AL): the 华苑 area is split — inside the ring road
 * 南开区, outside 西青区; Free-Trade-Zone and airport-zone addresses belong to 滨海新区.
 * Whether an address is inside the ring road is not visible, so 华苑 addresses are only
 * checked to be in one of the two districts.
 */
export default defineRule({
  id: 'provinces/tj/huayuan-district',
  severity: 'warning',
  family: 'addresses',
  scope: { provinces: ['TJ'] },
  reads: ['subject.mailingAddress.district', 'subject.mailingAddress.detail'],
  texts: {
    'zh-CN': {
      title: '天津通讯地址的区须按管局口径选择',
      messages: {
        huayuan: '通讯地址位于华苑，区应为南开区（环内）或西青区（环外），当前为“{district}”。',
        freeTradeZone: '通讯地址位于自贸区/空港，区应选择滨海新区，当前为“{district}”。',
      },
      why: '天津管局按行政区划核对地址：华苑地区环内属南开区、环外属西青区，自贸区和空港地区属滨海新区，选错会被退回。',
      fix: '按地址实际位置把“区”改为南开区、西青区或滨海新区。',
    },
    en: {
      title: 'Tianjin mailing address: choose the district the administration expects',
      messages: {
        huayuan: 'The mailing address is in 华苑; the district should be 南开区 (inside the ring road) or 西青区 (outside), not "{district}".',
        freeTradeZone: 'The mailing address is in the Free-Trade or airport zone; the district should be 滨海新区, not "{district}".',
      },
      why: 'Tianjin checks addresses against the districts: 华苑 inside the ring road is 南开区, outside 西青区; the Free-Trade and airport zones are 滨海新区. A wrong district is sent back.',
      fix: 'Set the district to 南开区, 西青区 or 滨海新区 according to where the address lies.',
    },
  },
  sources: [PROVINCE_SOURCES.TJ.UC, PROVINCE_SOURCES.TJ.QC, PROVINCE_SOURCES.TJ.AL],
  reviewedAt: '2026-11-29',
  check(form) {
    const address = form.subject?.mailingAddress;
    const district = address?.district ?? '';
    const detail = address?.detail ?? '';
    const issues: Issue<'huayuan' | 'freeTradeZone'>[] = [];
    if (detail.includes('华苑') && !['南开区', '西青区'].includes(district)) {
      issues.push({ field: 'subject.mailingAddress.district', message: 'huayuan', params: { district } });
    } else if (/自贸区|自由贸易试验区|空港/u.test(detail) && district !== '滨海新区') {
      issues.push({ field: 'subject.mailingAddress.district', message: 'freeTradeZone', params: { district } });
    }
    return issues;
  },
});
