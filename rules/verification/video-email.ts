/**
 * The mail that books Huawei's video verification (视频核验): Huawei Cloud's process only
 * (VIDEO_CHECK_PROVIDERS). Tencent Cloud's 视频核身 runs in its WeChat mini-program
 * (https://cloud.tencent.com/document/product/243/37402); no mail is known at Alibaba Cloud.
 *
 * The booking, as a Huawei site-search page gives it: "from the email address entered in
 * the filing, send a mail to beian@huaweicloud.com with subject 【华为云视频核验】 and body
 * containing 【备案主体名称】+【备案订单号】+【核验日期】+【核验时间】; Huawei replies with a
 * (Huawei Cloud Meeting) link; join at the agreed time."
 * Source gap: that page's URL was not kept, so it cannot be cited; S5 (为什么要进行视频核验)
 * is the nearest Huawei page with a URL and is cited instead. Huawei publishes no date or
 * time format: YYYY-MM-DD and HH:MM are this helper's choice.
 *
 *   videoCheckEmail(form, { date: '2026-12-02', time: '14:30', orderNumber: '…' })
 *     → { to, subject, body, mailto, from, fromMasked, problems: [] }
 */
import { isIsoDate } from '../checks/dates';
import { isEmail } from '../checks/email';
import { maskEmail } from '../checks/mask';
import { toWellFormed } from '../checks/text';
import type { Bilingual } from '../engine/types';
import type { FilingForm } from '../model/filing-form';
import { DEFAULT_PROVIDER, type ProviderId } from '../model/providers';
import type { SourceKey } from '../sources';

export const VIDEO_CHECK_TO = 'beian@huaweicloud.com';
export const VIDEO_CHECK_SUBJECT = '【华为云视频核验】';
export const VIDEO_CHECK_SOURCES: readonly SourceKey[] = ['S5', 'P04', 'P31'];
/** The providers whose process the booking mail is (as a rule's scope.providers): the panel offers it to no other. */
export const VIDEO_CHECK_PROVIDERS: readonly ProviderId[] = ['huawei'];

export function hasVideoCheckMail(provider: ProviderId = DEFAULT_PROVIDER): boolean {
  return VIDEO_CHECK_PROVIDERS.includes(provider);
}

/** What the user should know around the booking (P31, P04, S5), for the UI to show with the mail. */
export const VIDEO_CHECK_FACTS: readonly {
  readonly id: 'when' | 'reply' | 'sender';
  readonly text: Bilingual;
  readonly evidence: 'F' | 'I';
  readonly sources: readonly SourceKey[];
}[] = [
  {
    id: 'when',
    text: {
      'zh-CN': '部分订单在华为云初审时需要视频核验；审核人员会电话通知负责人，并写在驳回意见中。',
      en: 'Some orders need a video check during Huawei’s initial review; the reviewer tells the principal by phone and in the rejection comment.',
    },
    evidence: 'F',
    sources: ['P31', 'P04'],
  },
  {
    id: 'reply',
    text: {
      'zh-CN': '华为云会回复华为云会议的链接，请在约定时间入会。',
      en: 'Huawei replies with a Huawei Cloud Meeting link; join at the agreed time.',
    },
    evidence: 'F',
    sources: ['S5'],
  },
  {
    id: 'sender',
    text: {
      'zh-CN': '请用备案中填写的电子邮箱发送，并确保该邮箱能正常收信（华为云未公布日期和时间格式，这里按 YYYY-MM-DD 和 HH:MM 填写）。',
      en: 'Send from the email entered in the filing and make sure it receives mail (Huawei publishes no date or time format; YYYY-MM-DD and HH:MM are used here).',
    },
    evidence: 'I',
    sources: ['S5'],
  },
];

export interface VideoCheckInput {
  /** 核验日期, YYYY-MM-DD. */
  readonly date?: string;
  /** 核验时间, HH:MM (24-hour). */
  readonly time?: string;
  /** 备案订单号, as the console shows it. */
  readonly orderNumber?: string;
  /** Today (YYYY-MM-DD), to flag a date in the past; the helper never reads the clock. */
  readonly today?: string;
  /** The provider of the console (default huawei): no mail is drafted for one without this process. */
  readonly provider?: ProviderId;
}

export interface VideoEmailProblem {
  readonly field: 'subjectName' | 'orderNumber' | 'date' | 'time' | 'from';
  readonly code: 'missing' | 'malformed' | 'past';
  readonly message: Bilingual;
}

export interface VideoCheckEmail {
  readonly to: string;
  readonly subject: string;
  /** Four lines, CRLF-separated: 【备案主体名称】…, 【备案订单号】…, 【核验日期】…, 【核验时间】…. */
  readonly body: string;
  /** `mailto:` URL with subject and body percent-encoded (RFC 6068: UTF-8, CRLF line breaks). */
  readonly mailto: string;
  /** The address the mail must be sent from: the email entered in the filing. Show it to the user, never log it. */
  readonly from?: string;
  readonly fromMasked?: string;
  /** The field the sender address was taken from (`subject.principal.email`). */
  readonly fromField?: string;
  readonly problems: readonly VideoEmailProblem[];
  readonly sources: readonly SourceKey[];
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

const problem = (field: VideoEmailProblem['field'], code: VideoEmailProblem['code'], zh: string, en: string): VideoEmailProblem => ({
  field,
  code,
  message: { 'zh-CN': zh, en },
});

/**
 * The sender: the subject principal's email, else the first service principal's with one.
 * Huawei says only "the email entered in the filing"; the subject principal's is the one
 * every order has.
 */
function sender(form: FilingForm): { email: string; field: string } | undefined {
  const candidates: [string, string | undefined][] = [
    ['subject.principal.email', form.subject?.principal?.email],
    ...(form.websites ?? []).map((w, i): [string, string | undefined] => [`websites[${i}].principal.email`, w.principal?.email]),
    ...(form.apps ?? []).map((a, i): [string, string | undefined] => [`apps[${i}].principal.email`, a.principal?.email]),
  ];
  for (const [field, email] of candidates) if (email?.trim()) return { email: email.trim(), field };
  return undefined;
}

/** The booking mail, or undefined when the provider books no video check by mail (hasVideoCheckMail()). */
export function videoCheckEmail(form: FilingForm, input: VideoCheckInput & { readonly provider?: 'huawei' }): VideoCheckEmail;
export function videoCheckEmail(form: FilingForm, input: VideoCheckInput): VideoCheckEmail | undefined;
export function videoCheckEmail(form: FilingForm, input: VideoCheckInput): VideoCheckEmail | undefined {
  if (!hasVideoCheckMail(input.provider)) return undefined;
  const problems: VideoEmailProblem[] = [];
  const name = form.subject?.name?.trim() ?? '';
  const order = input.orderNumber?.trim() ?? '';
  const date = input.date?.trim() ?? '';
  const time = input.time?.trim() ?? '';

  if (!name) problems.push(problem('subjectName', 'missing', '表单中没有主办单位名称（备案主体名称）。', 'The form has no subject name.'));
  if (!order) problems.push(problem('orderNumber', 'missing', '请填写备案订单号。', 'Enter the filing order number.'));
  if (!date) problems.push(problem('date', 'missing', '请填写希望核验的日期。', 'Enter the date you want the verification on.'));
  else if (!isIsoDate(date))
    problems.push(problem('date', 'malformed', '核验日期请写成 YYYY-MM-DD，例如 2026-12-02。', 'Write the date as YYYY-MM-DD, e.g. 2026-12-02.'));
  else if (input.today && date < input.today)
    problems.push(problem('date', 'past', '核验日期已经过去，请选择今天或以后的日期。', 'The date has passed; choose today or a later day.'));
  if (!time) problems.push(problem('time', 'missing', '请填写希望核验的时间。', 'Enter the time you want the verification at.'));
  else if (!TIME.test(time))
    problems.push(problem('time', 'malformed', '核验时间请写成24小时制 HH:MM，例如 14:30。', 'Write the time as 24-hour HH:MM, e.g. 14:30.'));

  const from = sender(form);
  if (!from) {
    problems.push(
      problem(
        'from',
        'missing',
        '表单中没有负责人的电子邮箱；预约邮件须从备案中填写的邮箱发出。',
        'The form has no principal email; the mail must be sent from the email entered in the filing.',
      ),
    );
  } else if (!isEmail(from.email)) {
    problems.push(
      problem(
        'from',
        'malformed',
        '备案中填写的电子邮箱格式不正确，华为云无法回复会议链接；请先改正邮箱。',
        'The email in the filing is malformed, so Huawei cannot reply with the meeting link; correct it first.',
      ),
    );
  }

  const body = [`【备案主体名称】${name}`, `【备案订单号】${order}`, `【核验日期】${date}`, `【核验时间】${time}`].join('\r\n');
  // The body quotes page text; a lone surrogate in it would make encodeURIComponent throw.
  const mailto = `mailto:${VIDEO_CHECK_TO}?subject=${encodeURIComponent(VIDEO_CHECK_SUBJECT)}&body=${encodeURIComponent(toWellFormed(body))}`;
  return {
    to: VIDEO_CHECK_TO,
    subject: VIDEO_CHECK_SUBJECT,
    body,
    mailto,
    ...(from ? { from: from.email, fromMasked: maskEmail(from.email), fromField: from.field } : {}),
    problems,
    sources: VIDEO_CHECK_SOURCES,
  };
}
