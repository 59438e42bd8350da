import { hasDoorNumber, provinceOfAddress } from '../checks/address';
import { defineRule, type Issue } from '../engine/types';
import { PROVINCES as DOOR_NUMBER_PROVINCES } from '../provinces/shared/address-door-number';
import { PROVINCES as SAME_CITY_PROVINCES } from '../provinces/shared/mailing-address-same-city';

/**
 * Alibaba Cloud's filing help, as copied on its developer forum (ALI-address, a third-party
 * copy, hence a warning): the certificate address (证件住所) and the mailing address (通讯地址)
 * must lie in one province, and a mailing address that has no door number (门牌号) is
 * explained in the subject's remark (备注).
 *
 * No double findings: where provinces/shared/mailing-address-same-city already demands the
 * same city, the province check is left to it; where provinces/shared/address-door-number
 * demands a door number, the door-number advice is left to it. A certificate address that
 * names no province (an enterprise's "深圳市南山区…") is not judged.
 */
export default defineRule({
  id: 'national/aliyun-address-province',
  severity: 'warning',
  family: 'addresses',
  scope: { providers: ['aliyun'] },
  reads: [],
  alsoReads: ['subject.certAddress', 'subject.mailingAddress.province', 'subject.mailingAddress.detail', 'subject.remark'],
  texts: {
    'zh-CN': {
      title: '证件住所与通讯地址须在同一省份；通讯地址无门牌号时在备注中说明',
      messages: {
        otherProvince: '证件住所在{cert}，通讯地址却在{mailing}；{provider}要求两者位于同一省份。',
        noDoorNumberRemark: '通讯地址的详细地址没有门牌号，主体备注也是空的；请在备注中说明该地址没有门牌号。',
      },
      why: '{provider}的备案说明要求主办者的证件住所和通讯地址在同一省份，跨省的地址会被退回修改；地址没有门牌号时，审核人员需要在备注中看到说明。',
      fix: '填写与证件住所同省的通讯地址（如实际在外省，请先确认能否在该省备案）；地址确无门牌号时，在主体备注中写明“该地址无门牌号”及具体位置。',
    },
    en: {
      title: 'The certificate address and the mailing address in one province; explain a missing door number in the remark',
      messages: {
        otherProvince: 'The certificate address is in {cert} but the mailing address is in {mailing}; {provider} wants both in the same province.',
        noDoorNumberRemark:
          'The street part of the mailing address has no door number and the subject remark is empty; say in the remark that the address has no door number.',
      },
      why: "{provider}'s filing notes want the subject's certificate address and mailing address in the same province; addresses in two provinces are sent back. When an address has no door number, the reviewer expects an explanation in the remark.",
      fix: 'Give a mailing address in the province of the certificate address (if you really are in another province, first check whether you may file there); if the address truly has no door number, write so in the subject remark with where the place is.',
    },
  },
  sources: ['ALI-address'],
  reviewedAt: '2026-12-07',
  check(form) {
    const issues: Issue<'otherProvince' | 'noDoorNumberRemark'>[] = [];
    const subject = form.subject;
    const province = form.province;
    const sameCityRule = province !== undefined && province in SAME_CITY_PROVINCES;
    const doorNumberRule = province !== undefined && province in DOOR_NUMBER_PROVINCES;
    const certAddress = subject?.certAddress;
    const mailingProvince = subject?.mailingAddress?.province;
    if (!sameCityRule && certAddress && mailingProvince) {
      const cert = provinceOfAddress(certAddress);
      const mailing = provinceOfAddress(mailingProvince);
      if (cert && mailing && cert.code !== mailing.code) {
        issues.push({
          field: 'subject.mailingAddress.province',
          message: 'otherProvince',
          params: { cert: { 'zh-CN': cert.full, en: cert.en }, mailing: { 'zh-CN': mailing.full, en: mailing.en } },
        });
      }
    }
    const detail = subject?.mailingAddress?.detail;
    if (!doorNumberRule && detail && detail.trim() !== '' && !hasDoorNumber(detail) && !(subject?.remark ?? '').trim()) {
      issues.push({ field: 'subject.mailingAddress.detail', message: 'noDoorNumberRemark' });
    }
    return issues;
  },
});
