import { defineRule, type Issue } from '../engine/types';

type Message = 'cancelService' | 'cancelSubject' | 'quotaNotReturned' | 'lastService';

/**
 * Cancelling cannot be undone (the 注销 rows of the filing-type matrix: P09, P02, P13,
 * K-注销): the record number lapses and coming back means filing again, and a 注销 order
 * can only be abandoned, never withdrawn. At Huawei Cloud a server's five filing uses stay
 * used (P15, P13, K-注销): that is Huawei's process, so quotaNotReturned is said for
 * huawei only (RuleContext.provider). Cancelling the subject's last service leaves an empty
 * (空壳) subject, which most provinces make you cancel before filing again (P02, K-注销:
 * 主体已注销). To drop some domains of a multi-domain site, a change order removes them
 * instead. Province cancellation forms (注销申请表: P25, P36, K-注销) are named in the fix
 * text only: which provinces ask for them is not fully known. A filing not made with the
 * provider is cancelled through its original access provider or the province's
 * communications administration (HW-cancel-service), which the fix says too.
 */
export default defineRule({
  id: 'national/cancel-irreversible',
  severity: 'info',
  family: 'filing-type',
  scope: { filingTypes: ['cancel-service', 'cancel-subject'] },
  reads: [],
  alsoReads: ['filed.apps[]', 'filed.websites[]'],
  texts: {
    'zh-CN': {
      title: '注销备案不可撤销',
      messages: {
        cancelService:
          '注销互联网信息服务后，该网站或APP的备案号即失效且不可恢复；以后要再使用须重新备案。只想删除多域名网站中的部分域名时，请用变更备案删除域名。',
        cancelSubject: '注销主体会同时注销其下全部网站和APP，且不可恢复；之后再备案须作为首次备案重新提交。',
        quotaNotReturned: '注销不会退还云服务器的备案次数：每台服务器最多用于5个网站或APP，已用的次数不会恢复。',
        lastService: '这是该主体已备案的唯一网站或APP；注销后主体成为空壳主体，以后再备案时多数省份要求先注销主体。',
      },
      why: '注销提交后无法撤回，只能放弃订单；注销成功后备案号失效，不能恢复。主体下网站全部注销后成为空壳主体，再次备案时会以“主体已注销”被驳回，须先注销主体后重新备案。',
      fix: '确认网站或APP确已停止使用后再注销；仍需保留的，请改用变更备案。空壳主体可直接新增网站的省份（天津、辽宁、四川、云南、江苏、浙江、上海、广西、山西、北京、贵州）以外，再备案前须先注销主体。空壳主体的线下注销及部分省份（如北京、天津、河北、山西）的注销还需填写该省的注销申请表。备案不是在{provider}办理的，请联系原接入商或所在省通信管理局注销。',
    },
    en: {
      title: 'Cancelling a filing cannot be undone',
      messages: {
        cancelService:
          'Once the website or app is cancelled its record number lapses for good; using it again means filing again. To drop only some domains of a multi-domain website, remove them in a change order instead.',
        cancelSubject: 'Cancelling the subject cancels all its websites and apps and cannot be undone; filing again means a new first filing.',
        quotaNotReturned:
          "Cancelling does not return the server's filing uses: each server serves at most 5 websites or apps, and uses already spent stay spent.",
        lastService:
          "This is the subject's only filed website or app; after cancelling, the subject is empty (空壳), and most provinces require cancelling the subject before filing again.",
      },
      why: 'A cancellation order cannot be withdrawn, only abandoned, and a cancelled record number cannot be restored. A subject with no services left is empty; a new filing for it is rejected as a cancelled subject until the subject is cancelled and filed again.',
      fix: 'Cancel only once the website or app is really out of use; otherwise use a change order. Except in the provinces that let an empty subject add a site directly (Tianjin, Liaoning, Sichuan, Yunnan, Jiangsu, Zhejiang, Shanghai, Guangxi, Shanxi, Beijing, Guizhou), cancel the empty subject before filing again. Offline cancellation of an empty subject, and cancellations in some provinces (e.g. Beijing, Tianjin, Hebei, Shanxi), also need the province’s cancellation form. A filing not made with {provider} is cancelled through its original access provider or the province’s communications administration.',
    },
  },
  sources: ['P09', 'P02', 'P13', 'P15', 'P42', 'K-注销', 'R-rules', 'HW-cancel-service', 'HW-cancel-subject'],
  reviewedAt: '2026-11-29',
  check(form, ctx) {
    const out: Issue<Message>[] = [];
    if (form.filingType === 'cancel-subject') {
      out.push({ field: 'filingType', message: 'cancelSubject' });
      if (ctx.provider === 'huawei') out.push({ field: 'filingType', message: 'quotaNotReturned' });
      return out;
    }
    out.push({ field: 'filingType', message: 'cancelService' });
    const filed = form.filed;
    if (filed?.websites !== undefined || filed?.apps !== undefined) {
      const count = (filed.websites?.length ?? 0) + (filed.apps?.length ?? 0);
      if (count === 1) out.push({ field: 'filingType', message: 'lastService' });
    }
    return out;
  },
});
