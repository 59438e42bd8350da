/**
 * Verification and proof helpers for the side panel, the adapter and the demo console:
 * pure functions of the filing form, no rules (the engine never loads this directory).
 *
 *   smsRecipients(form)               who gets the MIIT SMS, masked mobiles, facts
 *   videoCheckEmail(form, input)      the booking mail for Huawei's video check (huawei only: VIDEO_CHECK_PROVIDERS)
 *   domainProof(form)                 what the domain real-name proof must show (P24, P30, P12, S2, P41, K-材料, P11)
 *   PRE_APPROVAL_AUTHORITIES,
 *   preApprovalChecklist(form)        authority and licence per pre-approval category
 *   provincePledge(province)          the province's 不涉及前置审批 pledge, template documented or not (K-材料)
 */
export { SMS_FACTS, smsRecipients, type SmsFact, type SmsPlan, type SmsRecipient, type SmsRole } from './sms';
export {
  VIDEO_CHECK_FACTS,
  VIDEO_CHECK_PROVIDERS,
  VIDEO_CHECK_SUBJECT,
  VIDEO_CHECK_TO,
  hasVideoCheckMail,
  videoCheckEmail,
  type VideoCheckEmail,
  type VideoCheckInput,
  type VideoEmailProblem,
} from './video-email';
export { domainProof, type DomainProofGuide, type DomainProofItem, type HolderStatus } from './domain-proof';
export {
  PLEDGE_TEMPLATE_PROVINCES,
  PRE_APPROVAL_AUTHORITIES,
  preApprovalChecklist,
  provincePledge,
  type PreApprovalAuthority,
  type PreApprovalChecklistItem,
  type ProvincePledge,
} from './pre-approval';
