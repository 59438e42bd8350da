import { ageOn } from '../../checks/dates';
import { defineRule } from '../../engine/types';
import { PROVINCE_SOURCES as P } from '../_sources';
import { idInfo } from '../shared/_people';

/**
 * 上海: an individual under 18 uploads a guardian's ID card and states the relationship
 * (TC c. 2019). No newer source repeats or contradicts it: advice.
 */
export default defineRule({
  id: 'provinces/sh/personal-minor-guardian',
  severity: 'info',
  family: 'age',
  scope: { provinces: ['SH'], natures: ['individual'] },
  reads: ['subject.principal.idNumber'],
  alsoReads: ['subject.principal.idType'],
  texts: {
    'zh-CN': {
      title: '上海：未成年人个人备案需监护人证件',
      messages: { guardianNeeded: '按身份证上的出生日期，备案人未满18周岁：上海（腾讯云资料）要求上传监护人身份证，并在备注中说明与监护人的关系。' },
      why: '腾讯云的上海管局要求：未满18周岁的个人备案须附监护人身份证并说明关系。',
      fix: '准备监护人身份证正反面照片，并在网站备注中写明监护关系。',
    },
    en: {
      title: 'Shanghai: minors filing personally add a guardian’s ID',
      messages: {
        guardianNeeded:
          'By the birth date in the ID number the filer is under 18: Shanghai (per Tencent Cloud) asks for a guardian’s ID card and the relationship stated in the remarks.',
      },
      why: 'Tencent Cloud’s Shanghai rules: personal filers under 18 upload a guardian’s ID card and state the relationship.',
      fix: 'Prepare photos of both sides of the guardian’s ID card and state the relationship in the website remarks.',
    },
  },
  materials: { 'guardian-id': { zh: '监护人身份证', en: 'Guardian’s ID card' } },
  sources: [P.SH.TC],
  reviewedAt: '2026-11-29',
  check(form, ctx) {
    const p = form.subject?.principal;
    const info = idInfo(p?.idType, p?.idNumber, ctx.today);
    return info && ageOn(info.birthDate, ctx.today) < 18 ? [{ material: 'guardian-id', message: 'guardianNeeded' as const }] : [];
  },
});
