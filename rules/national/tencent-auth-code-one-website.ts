import { defineRule } from '../engine/types';
import { NEW_FILING_TYPES } from '../model/vocabulary';

/**
 * With Tencent Cloud, one filing authorisation code (备案授权码) files one website, and that
 * website one domain (TC-auth-code: 1个授权码对应1个网站的备案，1个网站仅包含1个域名; a code
 * used in a successful filing cannot be used again). An order filed on a code (the 备案云服务
 * chosen, or a code typed) with a second website cannot go through on that code. The domain
 * half is national/website-one-domain's. Apps are not counted: the page speaks of websites only.
 */
export default defineRule({
  id: 'national/tencent-auth-code-one-website',
  severity: 'error',
  family: 'filing-type',
  scope: { providers: ['tencent'], serviceKinds: ['website'], filingTypes: NEW_FILING_TYPES },
  reads: ['websites'],
  alsoReads: ['resource.type', 'resource.authCode'],
  texts: {
    'zh-CN': {
      title: '一个备案授权码只能备案一个网站',
      messages: { tooMany: '本订单使用备案授权码，却有{count}个网站；{provider}的一个授权码只对应一个网站的备案。' },
      why: '{provider}的备案授权码指向生成它的服务器的IP，一个授权码只对应一个网站（一个网站只含一个域名），用于备案成功后不能再次使用。',
      fix: '本订单只保留一个网站；其余网站请各自使用另一个备案授权码，或使用符合备案条件的云服务器另行备案。',
    },
    en: {
      title: 'One filing authorisation code files one website',
      messages: { tooMany: 'This order is filed on an authorisation code but holds {count} websites; with {provider} one code files one website.' },
      why: "{provider}'s filing authorisation code points to the IP of the server that issued it; one code files one website (with one domain) and cannot be used again once the filing succeeds.",
      fix: 'Keep one website in this order; file each other website with an authorisation code of its own, or with a server that qualifies for filing.',
    },
  },
  sources: ['TC-auth-code'],
  reviewedAt: '2026-12-07',
  check(form) {
    const typed = (form.resource?.authCode ?? '').trim() !== '';
    if (form.resource?.type !== 'auth-code' && !typed) return [];
    const count = form.websites?.length ?? 0;
    if (count <= 1) return [];
    return [{ field: typed ? 'resource.authCode' : 'resource.type', message: 'tooMany' as const, params: { count } }];
  },
});
