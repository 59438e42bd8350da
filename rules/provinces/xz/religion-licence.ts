import { firstContained } from '../../checks/text';
import { defineRule, type CheckResult } from '../../engine/types';
import { PROVINCE_SOURCES } from '../_sources';

/**
 * 西藏 (Huawei P26/P27): when the business scope involves religion, tick "宗教" under
 * pre-approval and upload the 《互联网宗教信息服务许可证》. The form has no business-scope
 * field, so religion is recognised from the ticked category or from religious terms in
 * the subject name, site names and remarks.
 */
const RELIGION_TERMS = [
  '宗教',
  '佛教',
  '道教',
  '伊斯兰',
  '基督教',
  '天主教',
  '藏传佛教',
  '寺院',
  '寺庙',
  '清真寺',
  '教堂',
  '活佛',
  '佛法',
  '讲经',
  '佛学',
  '经堂',
];

export default defineRule({
  id: 'provinces/xz/religion-licence',
  severity: 'error',
  family: 'materials',
  scope: { provinces: ['XZ'], serviceKinds: ['website'] },
  reads: ['websites[].preApprovals', 'websites[].name', 'subject.name'],
  alsoReads: ['websites[].remark'],
  texts: {
    'zh-CN': {
      title: '西藏：涉及宗教须勾选“宗教”并上传互联网宗教信息服务许可证',
      messages: {
        notTicked: '网站{n}的名称、备注或主办单位名称涉及宗教（“{term}”），但前置审批未勾选“宗教”。',
        licence: '网站{n}涉及宗教，西藏管局要求上传《互联网宗教信息服务许可证》。',
      },
      why: '西藏管局规定经营范围或网站内容涉及宗教的，须勾选“宗教”前置审批并提供许可证，否则驳回。',
      fix: '向宗教事务部门申请《互联网宗教信息服务许可证》，在前置审批中勾选“宗教”并填写许可证编号、上传许可证；如网站实际不涉及宗教，请修改名称或备注避免误解。',
    },
    en: {
      title: 'Tibet: religious content needs the "religion" pre-approval and licence',
      messages: {
        notTicked: 'Website {n}’s name, remark or the subject name refers to religion ("{term}"), but the "religion" pre-approval is not ticked.',
        licence: 'Website {n} involves religion; Tibet requires the Internet religious information service licence.',
      },
      why: 'Tibet requires sites whose business scope or content involves religion to tick the religion pre-approval and provide the licence; otherwise the filing is rejected.',
      fix: 'Obtain the licence from the religious-affairs authority, tick "religion" under pre-approval, enter the licence number and upload it; if the site does not involve religion, reword the name or remark.',
    },
  },
  sources: ['P26', 'P27', PROVINCE_SOURCES.XZ.HW],
  reviewedAt: '2026-11-29',
  materials: {
    'religious-information-licence': {
      zh: '互联网宗教信息服务许可证',
      en: 'Internet religious information service licence',
      howTo: { zh: '由宗教事务部门核发，须在有效期内。', en: 'Issued by the religious-affairs authority; must be valid.' },
    },
  },
  check(form) {
    const subjectTerm = firstContained(form.subject?.name ?? '', RELIGION_TERMS);
    return (form.websites ?? []).flatMap((site, i): CheckResult<'notTicked' | 'licence'>[] => {
      const ticked = (site.preApprovals ?? []).some((p) => p.category === 'religion');
      const term = firstContained(`${site.name ?? ''} ${site.remark ?? ''}`, RELIGION_TERMS) ?? subjectTerm;
      if (!ticked && !term) return [];
      const need: CheckResult<'licence'> = { material: 'religious-information-licence', for: `websites[${i}]`, message: 'licence', params: { n: i + 1 } };
      return ticked ? [need] : [{ field: `websites[${i}].preApprovals`, message: 'notTicked', params: { n: i + 1, term: term! } }, need];
    });
  },
});
