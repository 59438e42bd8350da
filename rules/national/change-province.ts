import { defineRule } from '../engine/types';
import { provinceByCode, type ProvinceCode } from '../model/provinces';
import { CHANGE_FILING_TYPES } from '../model/vocabulary';

/**
 * ⚠ A change order that moves the record to another province. The sources disagree:
 * - refused: the filing-type matrix (P23) and K-变更 (省份…不支持修改) say the province is fixed;
 *   cancel and file again in the new province;
 * - allowed: R-rules and R-kb say the same subject may move province with a 变更主体 order
 *   (同一主体跨省份变更，可提交变更主体); K-认领 mentions cross-province changes done elsewhere.
 * Both sides are Huawei's; so a warning naming both (it was an error in
 * national/change-fixed-fields until 2026-12).
 */
export default defineRule({
  id: 'national/change-province',
  evidence: 'disputed',
  severity: 'warning',
  family: 'filing-type',
  scope: { filingTypes: CHANGE_FILING_TYPES },
  reads: ['filed.province'],
  texts: {
    'zh-CN': {
      title: '变更备案改了省份：资料说法不一，提交前先确认',
      messages: {
        provinceChanged: '已备案省份为{filed}，本次改为{province}。华为云知识库一处说同一主体跨省份可提交变更主体，另一处说省份不支持修改。',
      },
      why: '华为云的备案类型说明和变更指南写明省份不可修改、须注销后在新省份重新备案；同一知识库的规则文件又说同一主体跨省份可提交变更主体。两者不一致，因此只作提醒。',
      fix: '提交前向{provider}确认新省份是否受理跨省变更；不受理时，注销原备案后在新省份重新备案（新省份的材料要求也要满足）。',
    },
    en: {
      title: 'A change order moves the province: the sources disagree, confirm first',
      messages: {
        provinceChanged:
          "The record is filed in {filed} and this change moves it to {province}. One part of Huawei's knowledge base says the same subject may move province with a subject change; another says the province cannot be changed.",
      },
      why: "Huawei's filing-type table and change guide say the province is fixed (cancel and file again in the new province); the rules file of the same knowledge base says the same subject may move province with a subject change. They disagree, so this is a warning.",
      fix: 'Ask {provider} whether the new province accepts a cross-province change before submitting; if not, cancel the filing and file again in the new province, meeting that province’s requirements.',
    },
  },
  citations: { 'zh-CN': ['华为云知识库', '华为云的备案类型说明和变更指南'], en: ["Huawei's knowledge base", "Huawei's filing-type table and change guide"] },
  sources: ['P23', 'K-变更', 'R-rules', 'R-kb', 'K-认领'],
  reviewedAt: '2026-12-07',
  check(form) {
    const before = form.filed?.province;
    if (!before || !form.province || before === form.province) return [];
    const name = (code: ProvinceCode) => ({ 'zh-CN': provinceByCode(code).zh, en: provinceByCode(code).en });
    return [{ field: 'province', message: 'provinceChanged', params: { filed: name(before), province: name(form.province) } }];
  },
});
