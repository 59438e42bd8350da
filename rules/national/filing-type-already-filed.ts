import { defineRule } from '../engine/types';

/**
 * The console derives the filing type from the certificate number and the domain typed at
 * 验证备案类型 (§1.3, P16, P38). A subject that already has filed websites or apps cannot
 * get 首次备案 unless the name or certificate number typed differs from the MIIT record —
 * the order is then rejected as 备案类型错误 (K-驳回) and must be abandoned and redone
 * (values typed at 验证备案类型 cannot be edited, P01, K-流程). An empty (空壳) subject whose
 * services were all cancelled is the exception that needs the subject cancelled first
 * (P02, K-注销), which the message mentions.
 */
export default defineRule({
  id: 'national/filing-type-already-filed',
  severity: 'warning',
  family: 'filing-type',
  scope: { filingTypes: ['first'] },
  reads: ['declarations.filedServiceCount'],
  texts: {
    'zh-CN': {
      title: '主体已有备案时，备案类型不应是首次备案',
      messages: {
        alreadyFiled: '您说明该主体已备案了 {count} 个网站或APP，但系统判断为首次备案；通常是主办单位名称或证件号码与已备案信息不一致。',
      },
      why: '备案类型由验证备案类型时填写的证件号码和域名自动判断；已有备案的主体被判断为首次备案，说明填写的名称或证件号码与工信部记录不同，审核会以“备案类型错误”驳回。',
      fix: '放弃当前订单，按已备案时使用的主办单位名称、证件类型和证件号码重新验证备案类型（验证后不能修改），应得到“新增网站/APP”或“新增接入”。若该主体下的网站已全部注销（空壳主体），多数省份须先注销主体再重新备案。',
    },
    en: {
      title: 'A subject with filed services should not get a first filing',
      messages: {
        alreadyFiled:
          'You said this subject already has {count} filed websites or apps, yet the console derived a first filing; usually the subject name or certificate number differs from the filed record.',
      },
      why: 'The console derives the filing type from the certificate number and domain typed at type verification; a first filing for an already filed subject means the name or number differs from the MIIT record, and the order is rejected for a wrong filing type.',
      fix: 'Abandon this order and verify the type again with the subject name, certificate type and number used for the existing filing (they cannot be edited afterwards); the type should become add-service or add-access. If all the subject’s services were cancelled (an empty subject), most provinces require cancelling the subject before filing again.',
    },
  },
  sources: ['K-驳回', 'P16', 'P38', 'P01', 'P02', 'K-流程'],
  reviewedAt: '2026-11-29',
  check(form) {
    const count = form.declarations?.filedServiceCount;
    return count !== undefined && count > 0 ? [{ field: 'filingType', message: 'alreadyFiled' as const, params: { count } }] : [];
  },
});
