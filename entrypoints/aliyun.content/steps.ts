/**
 * Wizard steps of an Aliyun filing order (PC): 基础信息校验 (fill in the basic information, then
 * 「信息校验」) → 填写主办者信息 → 填写网站信息 or APP信息 → 上传资料 (and the authenticity check in
 * the 阿里云App or by SMS link) → 提交. Sources: https://help.aliyun.com/zh/icp-filing/basic-icp-service/user-guide/basic-information-check,
 * https://help.aliyun.com/zh/icp-filing/basic-icp-service/user-guide/fill-in-the-website-information-2,
 * https://help.aliyun.com/zh/icp-filing/basic-icp-service/user-guide/upload-data-and-authenticity-verification.
 * The step bar's exact titles are not confirmed on the live console: the words below match each
 * step's name in those pages and its variants.
 */
import type { StepTable } from '../../components/console/steps';

export const ALIYUN_STEPS: StepTable = {
  words: [
    [/基础信息|信息校验|验证备案类型/, 'verify'],
    [/主办者信息|主办单位信息|主体信息/, 'subject'],
    [/APP信息/i, 'app'],
    [/网站信息|互联网信息服务/, 'website'],
    [/上传资料|资料上传|真实性核验/, 'upload'],
  ],
  headingStart: /^\s*(填写|上传|基础|验证)/,
  expected: {
    // Step 1 asks for the subject's region, nature, certificate, name and certificate address.
    verify: ['province', 'subject.nature', 'subject.name', 'subject.certType', 'subject.certNumber'],
    subject: [
      'subject.mailingAddress',
      'subject.principal.name',
      'subject.principal.idType',
      'subject.principal.idNumber',
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
