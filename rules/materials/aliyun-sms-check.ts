import { defineRule } from '../engine/types';
import { CHANGE_FILING_TYPES, NEW_FILING_TYPES } from '../model/vocabulary';

/**
 * Alibaba Cloud's SMS-check page (ALI-sms-check): after its initial review the order goes to
 * the MIIT system, which texts the principals' mobile numbers a verification link (工信部短信
 * 核验); the check must be done within 24 hours or the order is returned. A checklist note for
 * the whole order (who exactly receives the text is the side panel's SMS plan,
 * rules/verification/sms.ts).
 */
export default defineRule({
  id: 'materials/aliyun-sms-check',
  severity: 'error',
  family: 'materials',
  scope: { providers: ['aliyun'], filingTypes: [...NEW_FILING_TYPES, ...CHANGE_FILING_TYPES] },
  reads: [],
  texts: {
    'zh-CN': {
      title: '工信部短信核验须在24小时内完成',
      messages: {
        within24h: '{provider}初审通过并提交管局后，工信部会向负责人的手机发送核验短信；请在收到后24小时内按短信完成核验。',
      },
      why: '工信部备案系统要求负责人在收到核验短信后24小时内完成验证；超时未完成，备案申请会被退回，需要重新提交。',
      fix: '提交后保持表单中所填手机号畅通，收到工信部核验短信后，按短信中的链接和验证码在24小时内完成核验。',
    },
    en: {
      title: 'The MIIT SMS check must be done within 24 hours',
      messages: {
        within24h:
          'Once {provider} has reviewed the order and passed it to the MIIT system, MIIT texts the principals’ mobiles a verification; complete it within 24 hours of receipt.',
      },
      why: 'The MIIT filing system wants the principals to complete the SMS verification within 24 hours of receiving it; if they do not, the application is returned and must be submitted again.',
      fix: 'After submitting, keep the mobiles typed in the form reachable; when the MIIT text arrives, open its link and enter the code within 24 hours.',
    },
  },
  materials: {
    'miit-sms-check': {
      zh: '工信部短信核验（24小时内完成）',
      en: 'MIIT SMS check (within 24 hours)',
      process: true,
      howTo: { zh: '收到工信部短信后，按其中的链接和验证码完成核验。', en: 'When the MIIT text arrives, complete the check with its link and code.' },
    },
  },
  sources: ['ALI-sms-check'],
  reviewedAt: '2026-12-07',
  check() {
    return [{ material: 'miit-sms-check', message: 'within24h' as const }];
  },
});
