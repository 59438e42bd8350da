import { describe, expect, it } from 'vitest';
import { makeForm } from '../../test/support/make-form';
import type { AdapterHealth } from '../messaging/protocol';
import { maskKind, maskName, readCounts, readRows, shownValue } from './read-values';

describe('masks by field kind', () => {
  it('numbers and phones keep their last 4 characters, names their first, e-mails the first of the local part', () => {
    expect(maskKind('subject.principal.idNumber')).toBe('number');
    expect(maskKind('websites[1].principal.mobile')).toBe('phone');
    expect(maskKind('subject.principal.email')).toBe('email');
    expect(maskKind('subject.principal.name')).toBe('name');
    expect(maskKind('subject.name')).toBe('name');
    expect(maskKind('province')).toBe('shown');
    expect(maskName('张三丰')).toBe('张**');
    const form = {
      subject: {
        certNumber: '91440300MA5XXXXX12',
        principal: { idNumber: '440305199102037771', mobile: '13712340001', email: 'marked-1@example.com', name: '测试甲' },
      },
    };
    expect(shownValue(form, 'subject.principal.idNumber', 'zh-CN')).toBe('**************7771');
    expect(shownValue(form, 'subject.principal.mobile', 'zh-CN')).toBe('*******0001');
    expect(shownValue(form, 'subject.principal.email', 'zh-CN')).toBe('m*******@example.com');
    expect(shownValue(form, 'subject.principal.name', 'zh-CN')).toBe('测**');
    expect(shownValue(form, 'subject.certNumber', 'zh-CN')).toBe('**************XX12');
  });

  it('vocabulary choices are shown as their words, in the panel language', () => {
    const form = { province: 'GD', filingType: 'first', subject: { nature: 'enterprise' } };
    expect(shownValue(form, 'province', 'zh-CN')).toBe('广东');
    expect(shownValue(form, 'province', 'en')).toBe('Guangdong');
    expect(shownValue(form, 'filingType', 'zh-CN')).toBe('首次备案');
    expect(shownValue(form, 'subject.nature', 'zh-CN')).toBe('企业');
  });

  it('an address shows its province and city, never its street', () => {
    const form = { subject: { mailingAddress: { province: '广东省', city: '深圳市', district: '南山区', detail: '科技园路1号' } } };
    const shown = shownValue(form, 'subject.mailingAddress', 'zh-CN')!;
    expect(shown).toContain('深圳市');
    expect(shown).not.toContain('科技园路');
  });
});

describe('what was read, row by row', () => {
  const form = makeForm('individual');
  const person = form.subject!.principal!;
  const health: AdapterHealth = {
    expected: [
      'province',
      'subject.principal.mobile',
      'subject.principal.idNumber',
      'subject.principal.email',
      'subject.principal.idType',
      'subject.certAddress',
    ],
    missing: ['subject.principal.email', 'subject.certAddress'],
    unread: [{ field: 'subject.principal.idType', label: '证件类型', text: '外星人证' }],
    taught: ['subject.principal.idNumber'],
    staleTaught: ['subject.certAddress'],
  };

  it('gives each expected field its state, and counts taught and read fields as read', () => {
    const rows = readRows({ form, health }, 'zh-CN');
    expect(rows.map((row) => [row.field, row.state])).toEqual([
      ['province', 'read'],
      ['subject.principal.mobile', 'read'],
      ['subject.principal.idNumber', 'taught'],
      ['subject.principal.email', 'missing'],
      ['subject.principal.idType', 'unread'],
      ['subject.certAddress', 'stale'],
    ]);
    expect(readCounts(rows)).toEqual({ read: 3, total: 6 });
  });

  it('shows no personal value whole', () => {
    const shown = JSON.stringify(readRows({ form, health }, 'zh-CN'));
    for (const value of [person.mobile, person.idNumber, person.email, person.name]) if (value) expect(shown).not.toContain(value);
  });
});
