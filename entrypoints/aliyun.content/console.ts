/**
 * The Alibaba Cloud filing console (https://beian.aliyun.com/, 阿里云 ICP代备案管理系统): Ant Design
 * forms (React), plain HTML as the fallback. Provider 'aliyun': the rules name Alibaba Cloud's
 * app, templates and console (rules/model/providers.ts).
 */
import { defineConsole } from '../../components/console/define-console';
import { antd } from '../../components/console/dom/antd';
import { native } from '../../components/console/dom/native';
import { ALIYUN_CONSOLE_MATCHES } from './hosts';
import {
  classifyHeading,
  FILING_TYPE_TITLES,
  LABEL_SYNONYMS,
  LONG_TERM,
  NONE_OF_THE_ABOVE,
  OWNER_PREFIXES,
  SAME_AS_SUBJECT,
  SERVICE_KINDS,
  serviceHint,
  UPLOAD_LABELS,
} from './labels';
import { orderKeyFromUrl } from './order-key';
import { ALIYUN_STEPS } from './steps';

export const aliyun = defineConsole({
  id: 'aliyun',
  provider: 'aliyun',
  matches: ALIYUN_CONSOLE_MATCHES,
  libraries: [antd, native],
  labels: {
    synonyms: LABEL_SYNONYMS,
    uploads: UPLOAD_LABELS,
    ownerPrefixes: OWNER_PREFIXES,
    sameAsSubject: SAME_AS_SUBJECT,
    noneOfTheAbove: NONE_OF_THE_ABOVE,
    longTerm: LONG_TERM,
    // No Aliyun page is known to hand the uploads to its app by a QR code (no materialsElsewhere).
    serviceKinds: SERVICE_KINDS,
    serviceHint,
  },
  headings: classifyHeading,
  steps: ALIYUN_STEPS,
  filingTypeTitles: FILING_TYPE_TITLES,
  orderKey: orderKeyFromUrl,
});
