import { defineRule, type MaterialNeed } from '../../engine/types';
import { PROVINCE_SOURCES } from '../_sources';
import { isCancellation } from '../_site';

/**
 * 江苏's "真实性核验工作新要求" (from 2021-06-01): the 互联网信息服务负责人 personally signs the
 * 《ICP备案信息真实性责任告知书》 (last paragraph copied by hand) and the
 * 《ICP备案信息真实性承诺书》. Both come from the filing system; one set per website/app,
 * because each service has its own responsible person.
 */
export default defineRule({
  id: 'provinces/js/authenticity-documents',
  severity: 'error',
  family: 'materials',
  scope: { provinces: ['JS'] },
  reads: [],
  alsoReads: ['apps[]', 'websites[]'],
  texts: {
    'zh-CN': {
      title: '江苏备案须上传真实性责任告知书和真实性承诺书',
      messages: {
        notice: '江苏管局要求{service}的负责人本人签署《ICP备案信息真实性责任告知书》（最后一段须手抄）。',
        pledge: '江苏管局要求{service}的负责人本人签署《ICP备案信息真实性承诺书》。',
      },
      why: '自2021年6月1日起，江苏所有ICP备案执行真实性核验新要求，缺少这两份文件的订单会被驳回。',
      fix: '从{providerTemplates}下载两份文件，按样例填写，由互联网信息服务负责人本人签字，拍照或扫描上传（单张不超过4 MB）。',
    },
    en: {
      title: 'Jiangsu filings need the authenticity notice and the authenticity pledge',
      messages: {
        notice:
          'Jiangsu requires the responsible person of {service} to sign the ICP filing authenticity-responsibility notice personally (last paragraph copied by hand).',
        pledge: 'Jiangsu requires the responsible person of {service} to sign the ICP filing authenticity pledge personally.',
      },
      why: 'Since 1 June 2021 every Jiangsu ICP filing follows the new authenticity-check requirements; orders without both documents are rejected.',
      fix: "Download both documents from {providerTemplates}, fill them in as in the example, have the website/app's responsible person sign them, and upload a photo or scan (at most 4 MB each).",
    },
  },
  sources: ['S5', 'P08', 'K-政策', PROVINCE_SOURCES.JS.HW, PROVINCE_SOURCES.JS.AL],
  effectiveFrom: '2021-06-01',
  reviewedAt: '2026-11-29',
  materials: {
    'js-authenticity-notice': {
      zh: 'ICP备案信息真实性责任告知书（江苏）',
      en: 'ICP filing authenticity-responsibility notice (Jiangsu)',
      howTo: {
        zh: '备案系统下载；按样例填写，最后一段手抄，由互联网信息服务负责人本人签字。',
        en: 'From the filing system; fill in as in the example, copy the last paragraph by hand, signed by the service’s responsible person.',
      },
    },
    'js-authenticity-pledge': {
      zh: 'ICP备案信息真实性承诺书（江苏）',
      en: 'ICP filing authenticity pledge (Jiangsu)',
      howTo: { zh: '备案系统下载，由互联网信息服务负责人本人签字。', en: 'From the filing system, signed by the service’s responsible person.' },
    },
  },
  check(form) {
    if (isCancellation(form)) return [];
    const services = [
      ...(form.websites ?? []).map((_, i) => ({ path: `websites[${i}]`, label: { 'zh-CN': `网站${i + 1}`, en: `website ${i + 1}` } })),
      ...(form.apps ?? []).map((_, i) => ({ path: `apps[${i}]`, label: { 'zh-CN': `APP${i + 1}`, en: `app ${i + 1}` } })),
    ];
    if (services.length === 0) services.push({ path: '', label: { 'zh-CN': '网站/APP', en: 'the website or app' } });
    return services.flatMap(({ path, label }): MaterialNeed<'notice' | 'pledge'>[] => [
      { material: 'js-authenticity-notice', for: path || undefined, message: 'notice', params: { service: label } },
      { material: 'js-authenticity-pledge', for: path || undefined, message: 'pledge', params: { service: label } },
    ]);
  },
});
