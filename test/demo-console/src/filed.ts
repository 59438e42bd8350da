/**
 * The account's existing MIIT record (我的备案): one filed subject with one website, all
 * synthetic (the record number 粤ICP备00000000号 is obviously not a real one). Change and
 * cancellation pages start from it; `loadChangeOrder` copies it into the order store so the
 * wizard's own blocks (负责人, 网站N card) can be reused on the change page.
 */
import { makeCreditCode } from '../../support/synthetic-ids';
import { order, resetOrder } from './store';
import { loadSampleOrder } from './sample';

export const FILED = {
  recordNumber: '粤ICP备00000000号',
  region: '广东省',
  nature: '企业',
  subjectName: '深圳演示科技有限公司',
  certType: '营业执照（个人或企业）',
  certNumber: makeCreditCode(),
  websites: [{ name: '演示科技官网', domain: 'example.com', recordNumber: '粤ICP备00000000号-1', access: '华为云' }],
  /** Access providers besides Huawei Cloud: none, so 取消接入 would leave an empty (空壳) filing. */
  otherAccessProviders: [] as string[],
} as const;

/** Order types of the pages outside the wizard, with the console's menu wording (P09, P13, P41). */
export const CHANGE_TYPES = {
  'change-subject': '变更主体',
  'change-service': '变更网站',
  'change-filing': '变更备案',
} as const;
export const CANCEL_TYPES = {
  'cancel-service': '注销互联网信息服务',
  'cancel-subject': '注销主体',
  'cancel-access': '取消接入',
} as const;
export type ChangeType = keyof typeof CHANGE_TYPES;
export type CancelType = keyof typeof CANCEL_TYPES;

export function titleOf(type: string | null | undefined): string | undefined {
  return (
    (CHANGE_TYPES as Record<string, string>)[type ?? ''] ?? (CANCEL_TYPES as Record<string, string>)[type ?? ''] ?? (type === 'first' ? '首次备案' : undefined)
  );
}

export function isChangeType(type: string | null | undefined): type is ChangeType {
  return !!type && type in CHANGE_TYPES;
}
export function isCancelType(type: string | null | undefined): type is CancelType {
  return !!type && type in CANCEL_TYPES;
}

/** A change order prefilled with the filed record (the same synthetic subject as edit mode). */
export function loadChangeOrder(type: ChangeType): void {
  resetOrder();
  loadSampleOrder('new');
  order.mode = 'change';
  order.filingType = type;
  order.verify.subjectName = FILED.subjectName;
  order.verify.certNumber = FILED.certNumber;
  const site = order.websites[0]!;
  site.name = FILED.websites[0].name;
  site.mainDomain = FILED.websites[0].domain;
}
