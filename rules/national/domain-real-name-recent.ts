import { flatMap } from '../checks/arrays';
import { isIsoDate } from '../checks/dates';
import { addWorkingDays, workingDaysBetween } from '../checks/working-days';
import { defineRule } from '../engine/types';

const WAIT = 3;

/**
 * A freshly verified domain takes 3–5 working days to reach MIIT's database; submitted
 * earlier, the order comes back as 域名未实名认证 驳回原因二 (域名未入库, K-驳回, K-域名) or the
 * console says 注册商不存在该域名注册人信息. Huawei advises waiting at least 3 working days
 * (K-驳回, K-域名, K-常见). Public holidays are not counted out, so near a holiday the wait is longer.
 */
export default defineRule({
  id: 'national/domain-real-name-recent',
  severity: 'info',
  family: 'domains',
  scope: {},
  reads: ['domainRecords[].realNameVerifiedOn'],
  alsoReads: ['domainRecords[].domain'],
  texts: {
    'zh-CN': {
      title: '域名实名认证后等待至少3个工作日再提交',
      messages: {
        wait: '域名 {domain} 刚完成实名认证，信息同步到工信部需要3–5个工作日，建议 {date} 起再提交。',
      },
      why: '域名实名信息同步到工信部需要3–5个工作日；过早提交会因“域名未实名认证（域名未入库）”被驳回，或提示“注册商不存在该域名注册人信息”。',
      fix: '等待至少3个工作日（遇节假日顺延）再提交备案；期间可先准备其他资料。',
    },
    en: {
      title: 'Wait at least 3 working days after domain real-name verification',
      messages: {
        wait: 'The domain {domain} was verified only recently; syncing to MIIT takes 3–5 working days, so submit on {date} or later.',
      },
      why: 'Real-name data takes 3–5 working days to reach MIIT; submitted earlier, the order is rejected as an unverified domain (not yet in the database), or the console says the registrar has no holder data.',
      fix: 'Wait at least 3 working days (longer over public holidays) before submitting; prepare the other materials meanwhile.',
    },
  },
  sources: ['K-驳回', 'K-域名', 'K-常见', 'P35'],
  reviewedAt: '2026-11-29',
  check(form, { today }) {
    return flatMap(form.domainRecords ?? [], (record, i) => {
      const verified = record.realNameVerifiedOn;
      if (!verified || !isIsoDate(verified) || verified > today || workingDaysBetween(verified, today) >= WAIT) return [];
      return [
        { field: `domainRecords[${i}].realNameVerifiedOn`, message: 'wait' as const, params: { domain: record.domain, date: addWorkingDays(verified, WAIT) } },
      ];
    });
  },
});
