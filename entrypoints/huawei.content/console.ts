/**
 * The Huawei Cloud filing console (https://beian.huaweicloud.com/, https://console.huaweicloud.com/icp/):
 * Tiny3 forms today, TinyVue in a possible rewrite (and in our demo console).
 */
import { defineConsole } from '../../components/console/define-console';
import { native } from '../../components/console/dom/native';
import { tiny3 } from '../../components/console/dom/tiny3';
import { tinyvue } from '../../components/console/dom/tinyvue';
import { HUAWEI_CONSOLE_MATCHES } from './hosts';
import {
  classifyHeading,
  FILING_TYPE_TITLES,
  LABEL_SYNONYMS,
  LONG_TERM,
  MATERIALS_ELSEWHERE,
  NONE_OF_THE_ABOVE,
  OWNER_PREFIXES,
  SAME_AS_SUBJECT,
  SERVICE_KINDS,
  serviceHint,
  UPLOAD_LABELS,
} from './labels';
import { orderKeyFromUrl } from './order-key';
import { HUAWEI_STEPS } from './steps';

export const huawei = defineConsole({
  id: 'huawei',
  provider: 'huawei',
  matches: HUAWEI_CONSOLE_MATCHES,
  libraries: [tiny3, tinyvue, native],
  labels: {
    synonyms: LABEL_SYNONYMS,
    uploads: UPLOAD_LABELS,
    ownerPrefixes: OWNER_PREFIXES,
    sameAsSubject: SAME_AS_SUBJECT,
    noneOfTheAbove: NONE_OF_THE_ABOVE,
    longTerm: LONG_TERM,
    materialsElsewhere: MATERIALS_ELSEWHERE,
    serviceKinds: SERVICE_KINDS,
    serviceHint,
  },
  headings: classifyHeading,
  steps: HUAWEI_STEPS,
  filingTypeTitles: FILING_TYPE_TITLES,
  orderKey: orderKeyFromUrl,
});
