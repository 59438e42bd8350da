/**
 * Verification and proof helpers for the side panel, the adapter and the demo console:
 * pure functions of the filing form, no rules (the engine never loads this directory).
 *
 *   smsRecipients(form)               who gets the MIIT SMS, masked mobiles, facts (§9.1)
 *   videoCheckEmail(form, input)      the booking mail for Huawei's video check (§9.3)
 *   domainProof(form)                 what the domain real-name proof must show (MAT-04/05)
 *   PRE_APPROVAL_AUTHORITIES,
 *   preApprovalChecklist(form)        authority and licence per pre-approval category (§8.2)
 */
export { SMS_FACTS, smsRecipients, type SmsFact, type SmsPlan, type SmsRecipient, type SmsRole } from './sms';
export { VIDEO_CHECK_FACTS, VIDEO_CHECK_SUBJECT, VIDEO_CHECK_TO, videoCheckEmail, type VideoCheckEmail, type VideoCheckInput, type VideoEmailProblem } from './video-email';
export { domainProof, type DomainProofGuide, type DomainProofItem, type HolderStatus } from './domain-proof';
export { PRE_APPROVAL_AUTHORITIES, preApprovalChecklist, type PreApprovalAuthority, type PreApprovalChecklistItem } from './pre-approval';
