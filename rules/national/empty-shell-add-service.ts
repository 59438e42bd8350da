import { defineRule } from '../engine/types';
import type { ProvinceCode } from '../model/provinces';
import { provinceName } from '../provinces/_site';

/**
 * Provinces where a subject whose websites and apps were all cancelled (空壳主体) may add a
 * service directly (K-注销: 只有天津、辽宁、四川、云南、江苏、浙江、上海、广西、山西、北京、贵州可直接
 * 新增互联网信息服务; K-成功后 repeats it).
 */
export const EMPTY_SHELL_ADD_ALLOWED: readonly ProvinceCode[] = ['TJ', 'LN', 'SC', 'YN', 'JS', 'ZJ', 'SH', 'GX', 'SX', 'BJ', 'GZ'];

/**
 * Everywhere else an empty subject must be cancelled and filed anew; a 新增网站/APP order on it
 * is rejected as 主体已注销 (K-驳回). The side panel's count of filed services tells: an
 * add-service order with none filed is on an empty subject.
 */
export default defineRule({
  id: 'national/empty-shell-add-service',
  severity: 'error',
  family: 'filing-type',
  scope: { filingTypes: ['add-service'] },
  reads: ['declarations.filedServiceCount'],
  texts: {
    'zh-CN': {
      title: '空壳主体在本省不能直接新增网站或APP',
      messages: { emptyShell: '您说明该主体下已没有备案的网站或APP（空壳主体）；{province}不受理空壳主体直接新增，须先注销主体再重新备案。' },
      why: '主体下的网站和APP全部注销后成为空壳主体。只有天津、辽宁、四川、云南、江苏、浙江、上海、广西、山西、北京、贵州可直接新增互联网信息服务，其他省份会以“主体已注销”驳回。',
      fix: '先提交注销主体，注销完成后以首次备案重新备案该主体和网站或APP。',
    },
    en: {
      title: 'An empty subject cannot add a website or app in this province',
      messages: {
        emptyShell:
          'You said no website or app is filed under this subject any more (an empty subject); {province} does not let an empty subject add one: cancel the subject and file anew.',
      },
      why: 'A subject whose websites and apps were all cancelled is an empty subject. Only Tianjin, Liaoning, Sichuan, Yunnan, Jiangsu, Zhejiang, Shanghai, Guangxi, Shanxi, Beijing and Guizhou let it add a service directly; elsewhere the order is rejected as "subject cancelled".',
      fix: 'Cancel the subject first, then make a first filing of the subject with its website or app.',
    },
  },
  sources: ['K-注销', 'K-成功后', 'K-驳回'],
  reviewedAt: '2026-12-07',
  check(form) {
    if (form.declarations?.filedServiceCount !== 0 || !form.province) return [];
    if (EMPTY_SHELL_ADD_ALLOWED.includes(form.province)) return [];
    return [{ field: 'filingType', message: 'emptyShell' as const, params: { province: provinceName(form) } }];
  },
});
