import { defineRule } from '../../engine/types';
import { PROVINCE_SOURCES } from '../_sources';
import { isCancellation, isPersonal } from '../_site';

/**
 * 广东 asks every filing for the 《广东省互联网信息服务备案承诺书》 (unit version signed by
 * the legal representative, personal version signed by the applicant with ID number,
 * fingerprint and date). Huawei's notice (P03) names "6月21日" without the year; the
 * year 2021 comes from the Guangdong provider pages
 * (PROVINCE_SOURCES.GD.HW, .JD: "since 2021-06-21"). The letter's date is valid for 60 working days (S2).
 */
export default defineRule({
  id: 'provinces/gd/commitment-letter',
  severity: 'error',
  family: 'materials',
  scope: { provinces: ['GD'] },
  reads: ['subject.nature'],
  texts: {
    'zh-CN': {
      title: '广东备案须上传《互联网信息服务备案承诺书》',
      messages: {
        unitVersion: '广东管局要求单位备案上传《广东省互联网信息服务备案承诺书（单位）》，由法定代表人签字并加盖公章。',
        personalVersion: '广东管局要求个人备案上传《广东省互联网信息服务备案承诺书（个人）》，本人手写签名、证件号码、按指印并填写日期。',
      },
      why: '自2021年6月21日起，广东管局对所有备案要求提交承诺书；未提交的订单会被退回补充。',
      fix: '从{providerTemplates}获取广东承诺书模板，不要改动模板内容，用黑色笔以正楷填写签字，拍照或扫描后上传；日期在60个工作日内有效。',
    },
    en: {
      title: 'Guangdong filings need the Internet information service filing commitment letter',
      messages: {
        unitVersion: 'Guangdong requires the unit version of the commitment letter, signed by the legal representative and stamped with the unit seal.',
        personalVersion: 'Guangdong requires the personal version of the commitment letter, with your handwritten signature, ID number, fingerprint and date.',
      },
      why: 'Since 21 June 2021 the Guangdong administration requires the letter for every filing; orders without it are sent back.',
      fix: "Download Guangdong's template from {providerTemplates}, do not alter it, fill it in black ink in regular script, then photograph or scan and upload it; the date stays valid for 60 working days.",
    },
  },
  sources: [PROVINCE_SOURCES.GD.HW, 'P03', 'S2', 'K-材料', PROVINCE_SOURCES.GD.JD],
  effectiveFrom: '2021-06-21',
  reviewedAt: '2026-11-29',
  materials: {
    'gd-commitment-letter': {
      zh: '广东省互联网信息服务备案承诺书',
      en: 'Guangdong Internet information service filing commitment letter',
      howTo: {
        zh: '{providerTemplates}中的模板（单位/个人两个版本），模板不得改动；黑色笔正楷填写，单位由法定代表人签字盖章，个人手写签名、证件号码、指印和日期。',
        en: "The template from {providerTemplates} (unit or personal version), unaltered; black ink, regular script; units: legal representative's signature and seal; individuals: signature, ID number, fingerprint and date.",
      },
    },
  },
  check(form) {
    if (isCancellation(form) || !form.subject?.nature) return [];
    return [{ material: 'gd-commitment-letter', message: isPersonal(form) ? 'personalVersion' : 'unitVersion' }];
  },
});
