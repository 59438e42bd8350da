/**
 * Who receives the MIIT verification SMS (工信部短信核验) for an order, and what the user
 * must know about it (P29, P31, K-注销). Pure: the side panel, the adapter and the
 * demo console render the plan; nothing here reads the page or the clock.
 *
 *   smsRecipients(form) → { required: true, recipients: [{ role: 'subject-principal',
 *     mobileMasked: '*******8000', … }], facts: [{ id: 'window', … }], notes: [] }
 *
 * Evidence: Huawei's table "表1 备案类型短信验证说明" survives only in fragments (P29, P30,
 * P31); the 24-hour / resend / wrong-try facts come from a Huawei FAQ quoted on a
 * site-search page whose URL was not kept and from the KB
 * (K-短信), which is cited instead. Rows Huawei does not show (新增接入; who verifies a
 * change or a cancellation) follow another access provider's table (T1, third party, same
 * MIIT system) or the KB; each recipient says which. Full phone numbers never leave
 * this module: only the last four digits.
 */
import { compactPhone, isMobile } from '../checks/phone';
import { maskPhone } from '../checks/mask';
import type { Bilingual } from '../engine/types';
import type { FilingForm, Principal } from '../model/filing-form';
import { CHANGE_FILING_TYPES, type FilingType } from '../model/vocabulary';
import { appChanged, subjectChanged, websiteChanged } from '../national/_filed';
import type { SourceKey } from '../sources';

export type SmsRole = 'subject-principal' | 'website-principal' | 'app-principal';

export interface SmsRecipient {
  readonly role: SmsRole;
  /** The person: `subject.principal`, `websites[0].principal`, `apps[0].principal`. */
  readonly path: string;
  /** The field the code is sent to, for anchoring in the UI: `${path}.mobile`. */
  readonly field: string;
  readonly who: Bilingual;
  /** Last four digits only ('*******8000'); absent when no mobile is typed. */
  readonly mobileMasked?: string;
  /** false when the number typed is not a mainland mobile number (a landline cannot receive the code). */
  readonly mobileValid?: boolean;
  /** 'possible': the sources disagree, or the system decides at submission (see `reason`). */
  readonly certainty: 'certain' | 'possible';
  readonly reason: Bilingual;
  /** F = Huawei's own text, K = Huawei's knowledge base, T = another provider's table. */
  readonly evidence: 'F' | 'K' | 'T';
  readonly sources: readonly SourceKey[];
  /** Path of an earlier recipient with the same mobile: one SMS serves both (T1). */
  readonly sameMobileAs?: string;
}

export interface SmsFact {
  readonly id:
    'since2020' | 'window' | 'code' | 'resend' | 'wrongTries' | 'mobileOnly' | 'blockers' | 'miitSite' | 'returned' | 'newMobile' | 'noSmsCancelAccess';
  readonly text: Bilingual;
  readonly evidence: 'F' | 'K' | 'T';
  readonly sources: readonly SourceKey[];
}

export interface SmsPlan {
  readonly filingType?: FilingType;
  /** false only for 取消接入; undefined while the filing type is unknown. */
  readonly required?: boolean;
  readonly recipients: readonly SmsRecipient[];
  readonly facts: readonly SmsFact[];
  /** What the plan could not decide, for the UI to show next to it. */
  readonly notes: readonly Bilingual[];
}

export const SMS_FACTS: readonly SmsFact[] = [
  {
    id: 'since2020',
    text: {
      'zh-CN': '自2020年8月17日起，各省管局对除“取消接入”外的所有备案类型都要求短信核验；核验完成后管局才开始审核。',
      en: 'Since 2020-08-17 every province requires SMS verification for every filing type except cancelling access; the regulator starts its review only after it.',
    },
    evidence: 'F',
    sources: ['P29', 'P31'],
  },
  {
    id: 'window',
    text: {
      'zh-CN': '订单提交管局后约5分钟收到短信，验证码24小时内有效；须在24小时内到工信部备案系统完成核验，超时订单会被退回，需重新提交。',
      en: 'The SMS arrives about 5 minutes after the order reaches the regulator and the code is valid for 24 hours; verify it on the MIIT filing system within 24 hours, or the order is returned and must be resubmitted.',
    },
    evidence: 'K',
    sources: ['K-短信', 'P29'],
  },
  {
    id: 'code',
    text: {
      'zh-CN': '验证码为6位数字，发送号码为12381（或106开头、12381结尾的号码）。',
      en: 'The code has 6 digits and comes from 12381 (or a number starting 106 and ending 12381).',
    },
    evidence: 'K',
    sources: ['K-短信'],
  },
  {
    id: 'resend',
    text: { 'zh-CN': '没收到短信时可手动重发，最多2次。', en: 'If no SMS arrives it can be re-sent manually, at most twice.' },
    evidence: 'K',
    sources: ['K-短信'],
  },
  {
    id: 'wrongTries',
    text: {
      'zh-CN': '验证码连续输错5次后，第6次输入时订单会被自动退回。',
      en: 'After 5 wrong entries, the 6th attempt returns the order automatically.',
    },
    evidence: 'K',
    sources: ['K-短信'],
  },
  {
    id: 'mobileOnly',
    text: {
      'zh-CN': '验证码只发到订单中负责人的手机号码，不发到应急联系电话。',
      en: "Codes go only to the principals' mobile numbers in the order, not to the emergency phone.",
    },
    evidence: 'T',
    sources: ['P29', 'T1'],
  },
  {
    id: 'blockers',
    text: { 'zh-CN': '请关闭手机上的短信拦截软件，以免验证短信被拦截。', en: 'Turn off SMS-blocking apps so the verification SMS is not filtered out.' },
    evidence: 'K',
    sources: ['K-短信'],
  },
  {
    id: 'miitSite',
    text: {
      'zh-CN': '收到工信部的验证短信后，请及时登录工信部“ICP/IP地址/域名信息备案管理系统”（https://beian.miit.gov.cn）完成短信核验。',
      en: 'Once the MIIT verification SMS arrives, log in to the MIIT filing system (https://beian.miit.gov.cn) promptly and complete the check there.',
    },
    evidence: 'F',
    sources: ['P29', 'P31'],
  },
  {
    id: 'returned',
    text: {
      'zh-CN': '订单被退回后，需登录接入商的备案系统修改并重新提交备案信息。',
      en: "A returned order must be corrected and submitted again in the access provider's filing system.",
    },
    evidence: 'F',
    sources: ['P29', 'P31'],
  },
  {
    id: 'newMobile',
    text: {
      'zh-CN': '变更手机号码的，须同时向备案系统提交新的手机号码，通信管理局审核通过后再进行短信核验。',
      en: 'When a mobile number changes, submit the new number to the filing system as well; the SMS check follows once the communications administration approves it.',
    },
    evidence: 'F',
    sources: ['P29', 'P31'],
  },
  {
    id: 'noSmsCancelAccess',
    text: { 'zh-CN': '“取消接入”是唯一不需要短信核验的备案类型。', en: 'Cancelling access is the only filing type without SMS verification.' },
    evidence: 'F',
    sources: ['P29', 'P31', 'P41'],
  },
];

const SUBJECT_WHO: Bilingual = { 'zh-CN': '主体负责人', en: 'subject principal' };

interface Draft {
  readonly role: SmsRole;
  readonly path: string;
  readonly who: Bilingual;
  readonly principal: Principal | undefined;
  readonly certainty: 'certain' | 'possible';
  readonly reason: Bilingual;
  readonly evidence: 'F' | 'K' | 'T';
  readonly sources: readonly SourceKey[];
}

type Why = Pick<Draft, 'certainty' | 'reason' | 'evidence' | 'sources'>;

function subject(form: FilingForm, why: Why): Draft {
  return { role: 'subject-principal', path: 'subject.principal', who: SUBJECT_WHO, principal: form.subject?.principal, ...why };
}

/** A service principal ticked 同主体负责人 receives the code on the subject principal's mobile. */
function servicePrincipal(form: FilingForm, own: (Principal & { sameAsSubjectPrincipal?: boolean }) | undefined): Principal | undefined {
  if (own?.sameAsSubjectPrincipal === true && !own.mobile) return form.subject?.principal;
  return own;
}

function website(form: FilingForm, i: number, why: Why): Draft {
  return {
    role: 'website-principal',
    path: `websites[${i}].principal`,
    who: { 'zh-CN': `网站${i + 1}的互联网信息服务负责人`, en: `principal of website ${i + 1}` },
    principal: servicePrincipal(form, form.websites?.[i]?.principal),
    ...why,
  };
}

function app(form: FilingForm, i: number, why: Why): Draft {
  return {
    role: 'app-principal',
    path: `apps[${i}].principal`,
    who: { 'zh-CN': `APP${i + 1}的负责人`, en: `principal of app ${i + 1}` },
    principal: servicePrincipal(form, form.apps?.[i]?.principal),
    ...why,
  };
}

const r = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, en });

// Recipient reasons, by source.
const NEW_SUBJECT: Why = {
  certainty: 'certain',
  evidence: 'F',
  sources: ['P29', 'P31'],
  reason: r('新增备案：主体负责人须短信核验。', 'New filing: the subject principal verifies by SMS.'),
};
const NEW_WEBSITE: Why = {
  certainty: 'certain',
  evidence: 'F',
  sources: ['P29', 'P30'],
  reason: r('网站的互联网信息服务负责人须短信核验。', "The website's principal verifies by SMS."),
};
const NEW_APP_DISPUTED: Why = {
  certainty: 'possible',
  evidence: 'F',
  sources: ['P29', 'P30'],
  reason: r(
    '接入商说明的片段互相矛盾：一处列出APP负责人手机号，另一处注明“APP负责人不进行短信核验”（由主体负责人核验）；请两部手机都保持畅通。',
    'The provider’s help fragments disagree: one lists the app principal’s mobile, another notes that the app principal does not verify (the subject principal does); keep both phones at hand.',
  ),
};
const APP_SUBJECT: Why = {
  certainty: 'certain',
  evidence: 'F',
  sources: ['P30'],
  reason: r('APP备案由主体负责人进行短信核验。', 'For an app filing the subject principal verifies by SMS.'),
};
const ADD_SUBJECT_SYSTEM: Why = {
  certainty: 'possible',
  evidence: 'F',
  sources: ['P30'],
  reason: r(
    '新增网站时由系统自动判断是否同时报送了主体信息变更；如是，主体负责人也须核验。',
    'When adding a website the system decides whether subject changes are reported too; if so, the subject principal verifies as well.',
  ),
};
const ADD_SUBJECT_CHANGED: Why = {
  certainty: 'certain',
  evidence: 'F',
  sources: ['P30'],
  reason: r(
    '本订单中的主体信息与已备案信息不同，系统会要求主体负责人一并核验。',
    'The subject details differ from the filed record, so the subject principal must verify too.',
  ),
};
const ACCESS_WEBSITE: Why = {
  certainty: 'certain',
  evidence: 'T',
  sources: ['T1'],
  reason: r(
    '新增接入由网站负责人核验（来自其他接入商的说明）；手机号有变化的，须先在原接入商处变更。',
    'Adding access: the website principal verifies (another provider’s table). If the mobile changed, change it at the original provider first.',
  ),
};
const CHANGE_SUBJECT: Why = {
  certainty: 'certain',
  evidence: 'F',
  sources: ['P23', 'P09', 'K-变更'],
  reason: r('变更了主体信息，主体负责人须核验。', 'Subject details change, so the subject principal verifies.'),
};
const CHANGE_SERVICE: Why = {
  certainty: 'certain',
  evidence: 'F',
  sources: ['P23', 'P09', 'K-变更'],
  reason: r('该网站或APP的信息有变更，其负责人须核验。', 'This website or app changes, so its principal verifies.'),
};
const CHANGE_SERVICE_UNKNOWN: Why = {
  certainty: 'possible',
  evidence: 'F',
  sources: ['P23', 'P09', 'K-变更'],
  reason: r(
    '只有信息有变更的网站或APP的负责人需要核验；无法从表单判断此项是否变更。',
    'Only principals of changed websites or apps verify; the form does not tell whether this one changed.',
  ),
};
const CANCEL_SERVICE: Why = {
  certainty: 'certain',
  evidence: 'K',
  sources: ['K-注销', 'T1'],
  reason: r('注销互联网信息服务由该网站或APP的负责人核验，24小时内有效。', 'Cancelling a website or app: its principal verifies, within 24 hours.'),
};
const CANCEL_SUBJECT: Why = {
  certainty: 'certain',
  evidence: 'K',
  sources: ['K-注销', 'T1'],
  reason: r(
    '注销主体由主体负责人短信核验（2020年8月17日起不再使用注销密码）。',
    'Cancelling the subject: the subject principal verifies by SMS (no cancellation password since 2020-08-17).',
  ),
};

function drafts(form: FilingForm, type: FilingType): Draft[] {
  const websites = (form.websites ?? []).map((_, i) => i);
  const apps = (form.apps ?? []).map((_, i) => i);
  switch (type) {
    case 'first':
      return [subject(form, NEW_SUBJECT), ...websites.map((i) => website(form, i, NEW_WEBSITE)), ...apps.map((i) => app(form, i, NEW_APP_DISPUTED))];
    case 'add-service': {
      const changed = subjectChanged(form);
      const subjectWhy = apps.length > 0 ? APP_SUBJECT : changed ? ADD_SUBJECT_CHANGED : ADD_SUBJECT_SYSTEM;
      return [...websites.map((i) => website(form, i, NEW_WEBSITE)), subject(form, subjectWhy), ...apps.map((i) => app(form, i, NEW_APP_DISPUTED))];
    }
    case 'add-access':
      return websites.map((i) => website(form, i, ACCESS_WEBSITE));
    case 'change-subject':
    case 'change-service':
    case 'change-filing': {
      const out: Draft[] = [];
      if (type !== 'change-service') out.push(subject(form, CHANGE_SUBJECT));
      if (type !== 'change-subject') {
        for (const i of websites) {
          const changed = websiteChanged(form, i);
          if (changed !== false) out.push(website(form, i, changed ? CHANGE_SERVICE : CHANGE_SERVICE_UNKNOWN));
        }
        for (const i of apps) {
          const changed = appChanged(form, i);
          if (changed !== false) out.push(app(form, i, changed ? CHANGE_SERVICE : CHANGE_SERVICE_UNKNOWN));
        }
      }
      return out;
    }
    case 'cancel-service':
      return [...websites.map((i) => website(form, i, CANCEL_SERVICE)), ...apps.map((i) => app(form, i, CANCEL_SERVICE))];
    case 'cancel-subject':
      return [subject(form, CANCEL_SUBJECT)];
    case 'cancel-access':
    case 'migrate-service':
    case 'transfer':
      return [];
  }
}

/** The verification SMS of this order: who receives it (masked mobiles), and the facts to know. */
export function smsRecipients(form: FilingForm): SmsPlan {
  const type = form.filingType;
  if (!type) {
    return {
      recipients: [],
      facts: SMS_FACTS.filter((f) => f.id !== 'noSmsCancelAccess'),
      notes: [r('尚未读取备案类型，无法判断谁会收到核验短信。', 'The filing type is not read yet, so the SMS recipients cannot be told.')],
    };
  }
  if (type === 'cancel-access')
    return { filingType: type, required: false, recipients: [], facts: SMS_FACTS.filter((f) => f.id === 'noSmsCancelAccess'), notes: [] };
  // Moving orders: the knowledge base gives a 24-hour SMS for a migration but not who receives
  // it (K-迁移); a transfer between accounts is reviewed by no one (P22, P13), and no page says
  // whether it sends one. Neither guesses a recipient.
  if (type === 'migrate-service')
    return {
      filingType: type,
      recipients: [],
      facts: SMS_FACTS.filter((f) => f.id !== 'noSmsCancelAccess'),
      notes: [
        r(
          '迁移互联网信息服务须在24小时内完成短信核验；目前的说明没有写明由哪位负责人接收。',
          'A website migration has an SMS check within 24 hours; the available pages do not say which principal receives it.',
        ),
      ],
    };
  if (type === 'transfer')
    return {
      filingType: type,
      recipients: [],
      facts: [],
      notes: [
        r(
          '转移备案只在两个账号之间移交，不经云服务商和管局审核；目前的说明没有提到短信核验。',
          'A transfer only moves the filing between two accounts, reviewed by neither the provider nor the administration; the available pages mention no SMS check.',
        ),
      ],
    };

  const seen: { path: string; mobile: string }[] = [];
  const recipients = drafts(form, type).map((d): SmsRecipient => {
    const mobile = d.principal?.mobile?.trim() ? compactPhone(d.principal.mobile) : undefined;
    const earlier = mobile ? seen.find((s) => s.mobile === mobile) : undefined;
    if (mobile && !earlier) seen.push({ path: d.path, mobile });
    return {
      role: d.role,
      path: d.path,
      field: `${d.path}.mobile`,
      who: d.who,
      ...(mobile ? { mobileMasked: maskPhone(mobile), mobileValid: isMobile(mobile) } : {}),
      certainty: d.certainty,
      reason: d.reason,
      evidence: d.evidence,
      sources: d.sources,
      ...(earlier ? { sameMobileAs: earlier.path } : {}),
    };
  });
  const notes: Bilingual[] = [];
  if (recipients.some((x) => !x.mobileMasked)) notes.push(r('有负责人的手机号码尚未填写或读取。', "A principal's mobile number is not typed or read yet."));
  if (recipients.some((x) => x.mobileValid === false))
    notes.push(
      r(
        '有负责人的手机号码不是有效的大陆手机号，无法接收核验短信。',
        "A principal's number is not a valid mainland mobile number and cannot receive the code.",
      ),
    );
  if (recipients.some((x) => x.sameMobileAs))
    notes.push(
      r(
        '多位负责人使用同一手机号码时，只会收到一条短信（来自其他接入商的说明）。',
        'Principals sharing one mobile number receive a single SMS (another access provider’s table).',
      ),
    );
  // A new mobile number matters only to an order that changes the record (P29).
  const facts = SMS_FACTS.filter((f) => f.id !== 'noSmsCancelAccess' && (f.id !== 'newMobile' || CHANGE_FILING_TYPES.includes(type)));
  return { filingType: type, required: true, recipients, facts, notes };
}
