/**
 * Wizard steps of a Tencent Cloud first filing on the PC: 验证备案信息 (备案云服务, 域名, the
 * subject's nature and certificate) → 填写主体信息 → 填写网站信息 → 上传材料 → 确认备案信息 / 提交备案
 * (https://cloud.tencent.com/document/product/243/18958). The rebuilt console names step 1
 * 验证备案类型 (a 2026 walkthrough); both are kept. The APP step is the mini-program's; the PC
 * form is kept ready for it.
 */
import type { StepTable } from '../../components/console/steps';

export const TENCENT_STEPS: StepTable = {
  words: [
    [/验证备案信息|验证备案类型|验证备案/, 'verify'],
    [/主体信息|主办单位信息/, 'subject'],
    [/APP信息/i, 'app'],
    [/网站信息|互联网信息服务/, 'website'],
    [/上传材料|上传资料/, 'upload'],
  ],
  headingStart: /^\s*(填写|上传|验证)/,
  expected: {
    verify: ['resource.type', 'subject.nature', 'subject.certType', 'subject.certNumber'],
    subject: [
      'province',
      'subject.name',
      'subject.certAddress',
      'subject.mailingAddress',
      'subject.principal.name',
      'subject.principal.idType',
      'subject.principal.idNumber',
      'subject.principal.mobile',
      'subject.principal.email',
    ],
    website: ['name', 'domains', 'serviceContent', 'preApprovals'],
    app: ['name', 'domains', 'serviceContent'],
    servicePrincipal: ['principal.name', 'principal.idType', 'principal.idNumber', 'principal.mobile', 'principal.email'],
    upload: ['materials.subject-certificate', 'materials.subject-principal-id'],
  },
};
