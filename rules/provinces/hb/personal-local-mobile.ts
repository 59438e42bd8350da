import { defineRule } from '../../engine/types';
import { PROVINCE_SOURCES } from '../_sources';
import { notLocalMobile, provinceName } from '../_site';

/**
 * 湖北 personal filings: the mobile must be a Hubei number. UCloud kept this line in its
 * 2024-04-01 rewrite, which deleted the local-phone rule almost everywhere else
 * (PROVINCE_SOURCES.HB.UC), so it is treated as current.
 */
export default defineRule({
  id: 'provinces/hb/personal-local-mobile',
  severity: 'error',
  family: 'contacts',
  scope: { provinces: ['HB'], natures: ['individual'] },
  reads: ['declarations.mobilesLocal'],
  texts: {
    'zh-CN': {
      title: '湖北个人备案须使用湖北手机号码',
      messages: { notLocal: '您表示负责人手机号码不是{province}号码；湖北管局要求个人备案使用湖北归属地的手机号码。' },
      why: 'UCloud 2024年湖北规则仍保留“个人备案手机号须为湖北号码”，外省号码会被驳回。',
      fix: '换用在湖北办理的手机号码（本人实名、能接听核验电话）后再提交。',
    },
    en: {
      title: 'Hubei personal filings need a Hubei mobile number',
      messages: { notLocal: 'You said the mobile number is not registered in {province}; Hubei requires a Hubei-registered mobile for personal filings.' },
      why: "UCloud's 2024 Hubei rules still require Hubei mobile numbers for personal filings; out-of-province numbers are rejected.",
      fix: 'Use a mobile number registered in Hubei in your own name that can take the verification call.',
    },
  },
  sources: [PROVINCE_SOURCES.HB.UC],
  reviewedAt: '2026-11-29',
  check(form) {
    return notLocalMobile(form, ['subject.principal.mobile'], 'notLocal' as const, provinceName(form));
  },
});
