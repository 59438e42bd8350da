import { describe, expect, it } from 'vitest';
import { makeApp } from '../../test/support/make-app';
import { makeForm } from '../../test/support/make-form';
import { PRE_APPROVAL_CATEGORIES, type PreApprovalCategory } from '../model/vocabulary';
import { SOURCES } from '../sources';
import { PLEDGE_TEMPLATE_PROVINCES, PRE_APPROVAL_AUTHORITIES, preApprovalChecklist, provincePledge } from './pre-approval';

const ids = Object.keys(PRE_APPROVAL_CATEGORIES) as PreApprovalCategory[];

describe('PRE_APPROVAL_AUTHORITIES (§8.2)', () => {
  it('has one entry per console category, named as the console names it', () => {
    expect(Object.keys(PRE_APPROVAL_AUTHORITIES).sort()).toEqual([...ids].sort());
    for (const id of ids) {
      expect(PRE_APPROVAL_AUTHORITIES[id].category).toBe(id);
      expect(PRE_APPROVAL_AUTHORITIES[id].name['zh-CN']).toBe(PRE_APPROVAL_CATEGORIES[id].zh);
    }
  });

  it('names authority and licence where the reference does, and marks the 2017 third-party ones', () => {
    expect(PRE_APPROVAL_AUTHORITIES['drugs-devices']).toMatchObject({ licence: { 'zh-CN': '《互联网药品信息服务资格证书》' }, thirdParty2017: true });
    expect(PRE_APPROVAL_AUTHORITIES.culture.licence?.['zh-CN']).toBe('《网络文化经营许可证》');
    expect(PRE_APPROVAL_AUTHORITIES.broadcasting.licence?.['zh-CN']).toBe('《信息网络传播视听节目许可证》');
    // Religion is Huawei's own row, not the third-party table.
    expect(PRE_APPROVAL_AUTHORITIES.religion).toMatchObject({ thirdParty2017: false, licence: { 'zh-CN': '《互联网宗教信息服务许可证》' } });
    for (const id of ids) {
      const e = PRE_APPROVAL_AUTHORITIES[id];
      expect(e.thirdParty2017, id).toBe(e.sources.includes('T3'));
    }
  });

  it('leaves authority and licence undefined where no source names them, and says so', () => {
    for (const id of ['finance', 'games', 'off-campus-training'] as const) {
      expect(PRE_APPROVAL_AUTHORITIES[id].authority).toBeUndefined();
      expect(PRE_APPROVAL_AUTHORITIES[id].licence).toBeUndefined();
      expect(PRE_APPROVAL_AUTHORITIES[id].note?.['zh-CN']).toContain('未写明');
    }
  });

  it('offers the province pledge as the alternative for every category, category templates where known', () => {
    for (const id of ids) expect(PRE_APPROVAL_AUTHORITIES[id].pledge.alternative).toBe(true);
    expect(ids.filter((id) => PRE_APPROVAL_AUTHORITIES[id].pledge.categoryTemplateKnown).sort()).toEqual(['culture', 'education', 'finance', 'news']);
  });

  it('cites only known sources, in both languages everywhere', () => {
    for (const id of ids) {
      const e = PRE_APPROVAL_AUTHORITIES[id];
      for (const key of e.sources) expect(SOURCES[key], key).toBeDefined();
      for (const text of [e.name, e.authority, e.licence, e.note]) if (text) expect(text.en.length * text['zh-CN'].length).toBeGreaterThan(0);
    }
  });
});

describe('preApprovalChecklist', () => {
  it('lists every ticked pre-approval of websites and apps with its authority', () => {
    const form = makeForm('enterprise', (f) => {
      f.websites![0]!.preApprovals = [{ category: 'culture', number: '粤网文〔2026〕0001-001号', validUntil: '2029-01-01' }, {}];
      f.apps = [makeApp((a) => void (a.preApprovals = [{ category: 'news', number: '', documentUploaded: false }]))];
    });
    expect(preApprovalChecklist(form).map((r) => [r.field, r.info.category, r.numberEntered, r.documentUploaded, r.validUntil])).toEqual([
      ['websites[0].preApprovals[0]', 'culture', true, undefined, '2029-01-01'],
      ['apps[0].preApprovals[0]', 'news', false, false, undefined],
    ]);
  });

  it('is empty when nothing is ticked', () => expect(preApprovalChecklist(makeForm())).toEqual([]));
});

describe("provincePledge (UCloud's province templates, UC-templates)", () => {
  it('knows the 20 provinces whose template the reference lists, and cites the list for them', () => {
    expect(PLEDGE_TEMPLATE_PROVINCES.size).toBe(20);
    expect(provincePledge('GD')).toEqual({ province: 'GD', templateDocumented: true, sources: ['K-材料', 'UC-templates'] });
    expect(provincePledge('XZ')?.templateDocumented).toBe(true);
  });

  it('still names the pledge for another province, without a template claim; nothing while the province is unknown', () => {
    expect(provincePledge('JS')).toEqual({ province: 'JS', templateDocumented: false, sources: ['K-材料'] });
    expect(provincePledge('YN')?.templateDocumented).toBe(false);
    expect(provincePledge(undefined)).toBeUndefined();
    for (const key of provincePledge('GD')!.sources) expect(SOURCES[key], key).toBeDefined();
  });
});
