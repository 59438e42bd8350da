/**
 * The Tencent Cloud filing console (https://console.cloud.tencent.com/beian, 腾讯云 网站备案): Tea
 * forms (React, class prefix `app-beian` instead of `tea`), plain HTML as the fallback. TDesign is
 * read too, in case the rebuilt console uses it: it comes first because its form-item rule is the
 * narrower one (the item's content part, without its help text) and finds nothing on Tea's
 * markup, whose items have no content part; none of its readers matches a Tea part. Provider
 * 'tencent': the rules name Tencent Cloud's mini-program, templates and console (rules/model/providers.ts).
 */
import { defineConsole } from '../../components/console/define-console';
import { native } from '../../components/console/dom/native';
import { tdesign } from '../../components/console/dom/tdesign';
import { tea } from '../../components/console/dom/tea';
import { TENCENT_CONSOLE_MATCHES } from './hosts';
import {
  classifyHeading,
  FILING_TYPE_TITLES,
  LABEL_SYNONYMS,
  LONG_TERM,
  NONE_OF_THE_ABOVE,
  OWNER_PREFIXES,
  SAME_AS_SUBJECT,
  serviceHint,
  UPLOAD_LABELS,
} from './labels';
import { orderKeyFromUrl } from './order-key';
import { TENCENT_STEPS } from './steps';

export const tencent = defineConsole({
  id: 'tencent',
  provider: 'tencent',
  matches: TENCENT_CONSOLE_MATCHES,
  libraries: [tdesign, tea, native],
  labels: {
    synonyms: LABEL_SYNONYMS,
    uploads: UPLOAD_LABELS,
    ownerPrefixes: OWNER_PREFIXES,
    sameAsSubject: SAME_AS_SUBJECT,
    noneOfTheAbove: NONE_OF_THE_ABOVE,
    longTerm: LONG_TERM,
    serviceHint,
  },
  headings: classifyHeading,
  steps: TENCENT_STEPS,
  filingTypeTitles: FILING_TYPE_TITLES,
  orderKey: orderKeyFromUrl,
});
