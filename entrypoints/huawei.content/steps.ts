/**
 * Wizard steps of the Huawei filing order: 验证备案类型 / 基础信息校验 → 填写主体信息 →
 * 填写网站信息 or 填写APP信息 → 上传资料 (及真实性核验), and the fields each step should
 * show (adapter health). Source: rules/sources.ts `HW-first-filing-steps`
 * (https://support.huaweicloud.com/pi-icp/icp_03_0002.html).
 */
import type { StepTable } from '../../components/console/steps';

export const HUAWEI_STEPS: StepTable = {
  words: [
    [/验证备案类型|基础信息校验|产品验证|备案类型校验/, 'verify'],
    [/主体信息/, 'subject'],
    [/APP信息|APP特征信息/i, 'app'],
    [/网站信息|互联网信息服务/, 'website'],
    [/上传资料|资料上传|真实性核验/, 'upload'],
  ],
  headingStart: /^\s*(填写|上传|验证|基础)/,
  expected: {
    verify: ['province', 'subject.nature', 'subject.name', 'subject.certType', 'subject.certNumber'],
    subject: [
      'subject.certAddress',
      'subject.mailingAddress',
      'subject.principal.name',
      'subject.principal.idType',
      'subject.principal.idNumber',
      'subject.principal.idValidFrom',
      'subject.principal.mobile',
      'subject.principal.emergencyPhone',
      'subject.principal.email',
    ],
    website: ['name', 'domains', 'serviceContent', 'preApprovals'],
    app: ['name', 'platforms', 'domains', 'serviceContent'],
    servicePrincipal: ['principal.name', 'principal.idType', 'principal.idNumber', 'principal.mobile', 'principal.emergencyPhone', 'principal.email'],
    upload: ['materials.subject-certificate', 'materials.subject-principal-id'],
  },
};
