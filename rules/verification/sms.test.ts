import { describe, expect, it } from 'vitest';
import { makeApp } from '../../test/support/make-app';
import { makeChange } from '../../test/support/make-change';
import { makeForm } from '../../test/support/make-form';
import type { FilingForm } from '../model/filing-form';
import { smsRecipients } from './sms';

const who = (form: FilingForm) => smsRecipients(form).recipients.map((r) => [r.path, r.certainty]);

/** Every mobile, emergency phone and ID number typed in the form. */
function secrets(form: FilingForm): string[] {
  const people = [form.subject?.principal, ...(form.websites ?? []).map((w) => w.principal), ...(form.apps ?? []).map((a) => a.principal)];
  return people.flatMap((p) => [p?.mobile, p?.emergencyPhone, p?.idNumber]).filter((v): v is string => !!v);
}

describe('smsRecipients', () => {
  it('first filing: subject principal and website principal, mobiles masked to the last four digits', () => {
    const form = makeForm('enterprise', (f) => {
      f.websites![0]!.principal = { ...f.websites![0]!.principal!, sameAsSubjectPrincipal: false, name: '王五', mobile: '13500135000' };
    });
    const plan = smsRecipients(form);
    expect(plan.required).toBe(true);
    expect(plan.recipients.map((r) => [r.role, r.mobileMasked, r.field])).toEqual([
      ['subject-principal', '*******7000', 'subject.principal.mobile'],
      ['website-principal', '*******5000', 'websites[0].principal.mobile'],
    ]);
    expect(plan.recipients.every((r) => r.certainty === 'certain' && r.evidence === 'F')).toBe(true);
  });

  it('one SMS when the website principal is the subject principal (same mobile)', () => {
    const plan = smsRecipients(makeForm('individual'));
    expect(plan.recipients[1]).toMatchObject({ path: 'websites[0].principal', mobileMasked: '*******8000', sameMobileAs: 'subject.principal' });
    expect(plan.notes.length).toBe(1);
  });

  it('notes a number that cannot receive an SMS (a landline typed as mobile)', () => {
    const plan = smsRecipients(makeForm('enterprise', (f) => void (f.subject!.principal!.mobile = '0755-86001234')));
    expect(plan.recipients[0]).toMatchObject({ mobileMasked: '********1234', mobileValid: false });
    expect(plan.notes.some((n) => n.en.includes('cannot receive'))).toBe(true);
  });

  it('a 同主体负责人 copy without its own mobile uses the subject principal’s mobile', () => {
    const form = makeForm('individual', (f) => void (f.websites![0]!.principal = { sameAsSubjectPrincipal: true }));
    expect(smsRecipients(form).recipients[1]!.mobileMasked).toBe('*******8000');
  });

  it('first filing of an app: the app principal is only "possible" — Huawei’s fragments disagree', () => {
    const form = makeForm('enterprise', (f) => {
      f.websites = [];
      f.apps = [makeApp()];
    });
    expect(who(form)).toEqual([
      ['subject.principal', 'certain'],
      ['apps[0].principal', 'possible'],
    ]);
  });

  it('adding a website: its principal; the subject principal only if the system sees subject changes', () => {
    expect(who(makeChange('add-service'))).toEqual([
      ['websites[0].principal', 'certain'],
      ['subject.principal', 'possible'],
    ]);
    const renamed = makeChange('add-service', 'enterprise', (f) => void (f.subject!.name = '深圳市示例智能科技有限公司'));
    expect(who(renamed)).toEqual([
      ['websites[0].principal', 'certain'],
      ['subject.principal', 'certain'],
    ]);
  });

  it('adding access: the website principal, from a third-party table (T1)', () => {
    const plan = smsRecipients(makeChange('add-access'));
    expect(plan.recipients.map((r) => [r.path, r.evidence, r.sources])).toEqual([['websites[0].principal', 'T', ['T1']]]);
  });

  it('change-subject: the subject principal only', () => {
    expect(who(makeChange('change-subject'))).toEqual([['subject.principal', 'certain']]);
  });

  it('change-service: principals of the changed websites, by comparing with the filed record', () => {
    const form = makeChange('change-service', 'enterprise', (f) => {
      f.websites!.push({ ...f.websites![0]!, name: '示例科技商城', domains: ['example-shop.cn'] });
      f.filed!.websites!.push({ name: '示例科技商城', domains: ['example-shop.cn', 'example-shop.com.cn'] });
    });
    // Website 1 equals its record (cannot tell what else changed: possible); website 2 dropped a domain (certain).
    expect(who(form)).toEqual([
      ['websites[0].principal', 'possible'],
      ['websites[1].principal', 'certain'],
    ]);
  });

  it('change-filing with the edited fields declared: the subject principal and the edited website only', () => {
    const form = makeChange('change-filing', 'enterprise', (f) => {
      f.websites!.push({ ...f.websites![0]!, name: '示例科技商城', domains: ['example-shop.cn'] });
      f.filed!.websites!.push({ name: '示例科技商城', domains: ['example-shop.cn'] });
      f.declarations = { changedFields: ['subject.principal.emergencyPhone', 'websites[1].ipRanges[0].start'] };
    });
    expect(who(form)).toEqual([
      ['subject.principal', 'certain'],
      ['websites[1].principal', 'certain'],
    ]);
  });

  it('cancellations: the service principal, or the subject principal', () => {
    expect(who(makeChange('cancel-service'))).toEqual([['websites[0].principal', 'certain']]);
    expect(who(makeChange('cancel-subject'))).toEqual([['subject.principal', 'certain']]);
  });

  it('取消接入 has no SMS', () => {
    const plan = smsRecipients(makeChange('cancel-access'));
    expect(plan).toMatchObject({ required: false, recipients: [] });
    expect(plan.facts.map((f) => f.id)).toEqual(['noSmsCancelAccess']);
  });

  it('a migration says its SMS comes within 24 hours without naming a recipient; a transfer says no page mentions one', () => {
    const migration = smsRecipients(makeChange('migrate-service'));
    expect(migration).toMatchObject({ filingType: 'migrate-service', recipients: [] });
    expect(migration.required).toBeUndefined();
    expect(migration.notes.map((n) => n['zh-CN']).join('')).toContain('24小时');
    const transfer = smsRecipients(makeChange('transfer'));
    expect(transfer).toMatchObject({ filingType: 'transfer', recipients: [], facts: [] });
    expect(transfer.notes.map((n) => n['zh-CN']).join('')).toContain('不经云服务商和管局审核');
  });

  it('states the 24-hour window, 6-digit code, 2 resends and 5 wrong tries, in both languages with sources', () => {
    const plan = smsRecipients(makeForm());
    expect(plan.facts.map((f) => f.id)).toEqual(['since2020', 'window', 'code', 'resend', 'wrongTries', 'mobileOnly', 'blockers', 'miitSite', 'returned']);
    const text = plan.facts.map((f) => f.text['zh-CN']).join('');
    for (const fact of ['24小时', '6位', '12381', '最多2次', '5次', '第6次']) expect(text).toContain(fact);
    for (const fact of plan.facts) {
      expect(fact.text.en.length).toBeGreaterThan(0);
      expect(fact.sources.length).toBeGreaterThan(0);
    }
    expect(plan.facts.find((f) => f.id === 'mobileOnly')).toMatchObject({ evidence: 'T', sources: expect.arrayContaining(['T1']) });
  });

  it('names the MIIT site, the resubmission after a return, and for a change order the new mobile number (P29)', () => {
    const text = (form: Parameters<typeof smsRecipients>[0]) =>
      smsRecipients(form)
        .facts.map((f) => f.text['zh-CN'])
        .join('');
    expect(text(makeForm())).toContain('https://beian.miit.gov.cn');
    expect(text(makeForm())).toContain('重新提交');
    expect(smsRecipients(makeForm()).facts.map((f) => f.id)).not.toContain('newMobile');
    expect(smsRecipients(makeChange('change-subject')).facts.map((f) => f.id)).toContain('newMobile');
  });

  it('unknown filing type: no recipients, a note', () => {
    const plan = smsRecipients(makeForm('individual', (f) => void delete f.filingType));
    expect(plan.required).toBeUndefined();
    expect(plan.recipients).toEqual([]);
    expect(plan.notes.length).toBe(1);
  });

  it('never returns a full phone or ID number', () => {
    for (const form of [makeForm('individual'), makeForm('enterprise'), makeChange('change-filing'), makeChange('cancel-service', 'individual')]) {
      const json = JSON.stringify(smsRecipients(form));
      for (const secret of secrets(form)) expect(json).not.toContain(secret);
    }
  });
});
