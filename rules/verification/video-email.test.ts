import { describe, expect, it } from 'vitest';
import { makeForm } from '../../test/support/make-form';
import { hasVideoCheckMail, VIDEO_CHECK_FACTS, VIDEO_CHECK_PROVIDERS, videoCheckEmail } from './video-email';

const INPUT = { date: '2026-12-02', time: '14:30', orderNumber: 'HWBA20261129001' };

describe('videoCheckEmail', () => {
  it('builds the mail Huawei asks for: address, subject and the four body lines', () => {
    const mail = videoCheckEmail(makeForm('enterprise'), INPUT);
    expect(mail.to).toBe('beian@huaweicloud.com');
    expect(mail.subject).toBe('【华为云视频核验】');
    expect(mail.body.split('\r\n')).toEqual([
      '【备案主体名称】深圳市示例科技有限公司',
      '【备案订单号】HWBA20261129001',
      '【核验日期】2026-12-02',
      '【核验时间】14:30',
    ]);
    expect(mail.problems).toEqual([]);
    expect(mail.sources).toContain('S5');
  });

  it('encodes the mailto URL so it round-trips (UTF-8, CRLF, no raw spaces or brackets)', () => {
    const mail = videoCheckEmail(
      makeForm('enterprise', (f) => void (f.subject!.name = 'A&B 科技 有限公司?')),
      INPUT,
    );
    const url = new URL(mail.mailto);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('beian@huaweicloud.com');
    expect(mail.mailto.slice(mail.mailto.indexOf('?') + 1)).toMatch(/^subject=[A-Za-z0-9%._~!*'()-]+&body=[A-Za-z0-9%._~!*'()-]+$/);
    expect(mail.mailto).toContain('%0D%0A');
    const params = new URLSearchParams(mail.mailto.split('?')[1]!.replace(/\+/g, '%2B'));
    expect(params.get('subject')).toBe('【华为云视频核验】');
    expect(params.get('body')).toBe(mail.body);
    expect(mail.body).toContain('A&B 科技 有限公司?');
  });

  it('names the address the mail must be sent from, with a masked copy for display', () => {
    const mail = videoCheckEmail(makeForm('enterprise'), INPUT);
    expect(mail).toMatchObject({ from: 'lisi@example-tech.cn', fromMasked: 'l***@example-tech.cn', fromField: 'subject.principal.email' });
  });

  it('falls back to a service principal’s email when the subject principal has none', () => {
    const form = makeForm('enterprise', (f) => {
      f.subject!.principal!.email = '';
      f.websites![0]!.principal = { ...f.websites![0]!.principal!, email: 'web@example-tech.cn' };
    });
    expect(videoCheckEmail(form, INPUT)).toMatchObject({ from: 'web@example-tech.cn', fromField: 'websites[0].principal.email' });
  });

  it('reports missing inputs', () => {
    const form = makeForm('enterprise', (f) => {
      f.subject!.name = '';
      f.subject!.principal!.email = '';
      f.websites![0]!.principal!.email = '';
    });
    const mail = videoCheckEmail(form, {});
    expect(mail.problems.map((p) => [p.field, p.code])).toEqual([
      ['subjectName', 'missing'],
      ['orderNumber', 'missing'],
      ['date', 'missing'],
      ['time', 'missing'],
      ['from', 'missing'],
    ]);
    expect(mail.from).toBeUndefined();
  });

  it('reports a malformed or impossible date and time, and a malformed sender address', () => {
    const form = makeForm('enterprise', (f) => void (f.subject!.principal!.email = 'lisi@'));
    const cases: [string, string, string[][]][] = [
      [
        '2026/12/02',
        '2:30 PM',
        [
          ['date', 'malformed'],
          ['time', 'malformed'],
        ],
      ],
      [
        '2026-02-30',
        '24:00',
        [
          ['date', 'malformed'],
          ['time', 'malformed'],
        ],
      ],
      ['2026-12-02', '9:05', [['time', 'malformed']]],
    ];
    for (const [date, time, expected] of cases) {
      const mail = videoCheckEmail(form, { ...INPUT, date, time });
      expect(mail.problems.map((p) => [p.field, p.code])).toEqual([...expected, ['from', 'malformed']]);
    }
  });

  it('flags a date already past when today is given', () => {
    const mail = videoCheckEmail(makeForm('enterprise'), { ...INPUT, date: '2026-11-28', today: '2026-11-29' });
    expect(mail.problems.map((p) => [p.field, p.code])).toEqual([['date', 'past']]);
  });

  it('writes every problem in both languages', () => {
    for (const p of videoCheckEmail(makeForm('enterprise'), {}).problems) {
      expect(p.message['zh-CN'].length).toBeGreaterThan(0);
      expect(p.message.en.length).toBeGreaterThan(0);
    }
  });

  it('comes with the facts around the booking, in both languages with sources', () => {
    expect(VIDEO_CHECK_FACTS.map((f) => f.id)).toEqual(['when', 'reply', 'sender']);
    for (const f of VIDEO_CHECK_FACTS) expect(f.text.en && f.text['zh-CN'] && f.sources.length).toBeTruthy();
  });

  it('is Huawei Cloud’s process only: no mail is drafted for another provider', () => {
    expect(VIDEO_CHECK_PROVIDERS).toEqual(['huawei']);
    expect(hasVideoCheckMail()).toBe(true);
    expect(videoCheckEmail(makeForm('enterprise'), { ...INPUT, provider: 'huawei' })?.to).toBe('beian@huaweicloud.com');
    for (const provider of ['aliyun', 'tencent'] as const) {
      expect(hasVideoCheckMail(provider)).toBe(false);
      expect(videoCheckEmail(makeForm('enterprise'), { ...INPUT, provider })).toBeUndefined();
    }
  });
});
