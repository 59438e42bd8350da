import { firstContained } from '../../checks/text';
import { defineRule } from '../../engine/types';
import { UNIT_NATURES } from '../../model/vocabulary';
import { PROVINCE_SOURCES } from '../_sources';

/**
 * 山东 (UCloud 2024-04-01 and its pre-approval page): a business scope with hazardous
 * chemicals needs the 危险化学品经营许可证 or the 非药品类易制毒化学品经营备案证明. The form
 * carries no business scope, so chemical words in the unit name prompt the question.
 */
const CHEMICAL_WORDS = ['化工', '化学品', '危化', '危险品', '化学试剂', '易制毒'];

export default defineRule({
  id: 'provinces/sd/hazardous-chemicals-licence',
  severity: 'warning',
  family: 'materials',
  scope: { provinces: ['SD'], natures: UNIT_NATURES },
  reads: ['subject.name'],
  texts: {
    'zh-CN': {
      title: '山东：经营范围含危险化学品须上传许可证',
      messages: { licence: '主办单位名称含“{word}”；如经营范围涉及危险化学品，山东要求上传危险化学品经营许可证或非药品类易制毒化学品经营备案证明。' },
      why: '山东管局要求经营范围涉及危险化学品的单位提供相应许可或备案证明。',
      fix: '核对营业执照经营范围；涉及危化品的，上传有效的许可证或备案证明；不涉及的可忽略本提示。',
    },
    en: {
      title: 'Shandong: hazardous chemicals in the business scope need a licence',
      messages: {
        licence:
          'The unit name contains "{word}"; if the business scope covers hazardous chemicals, Shandong requires the hazardous-chemicals operating licence or the non-drug precursor-chemicals filing certificate.',
      },
      why: 'Shandong requires units whose business scope covers hazardous chemicals to provide the matching licence or filing proof.',
      fix: 'Check the business scope on the licence; if it covers hazardous chemicals, upload the valid licence or filing proof; otherwise ignore this.',
    },
  },
  sources: [PROVINCE_SOURCES.SD.UC, 'UC-pre-approval'],
  reviewedAt: '2026-11-29',
  materials: {
    'sd-hazardous-chemicals-licence': {
      zh: '危险化学品经营许可证或非药品类易制毒化学品经营备案证明',
      en: 'Hazardous-chemicals operating licence or non-drug precursor-chemicals filing certificate',
    },
  },
  check(form) {
    const word = firstContained(form.subject?.name ?? '', CHEMICAL_WORDS);
    return word ? [{ material: 'sd-hazardous-chemicals-licence', message: 'licence' as const, params: { word } }] : [];
  },
});
