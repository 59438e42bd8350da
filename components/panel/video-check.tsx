/**
 * Booking the provider's video check (Huawei's today: VIDEO_CHECK_PROVIDERS) (rules/verification/video-email.ts; sources P31, P04):
 * the user says Huawei asked for one (declarations.videoCheckRequested, sent to the content
 * script like the other answers), types date, time and order number, and gets the mail
 * Huawei requires as text and as a mailto: link. Date, time and order number stay in this
 * component's memory; nothing is stored or sent.
 */
import { useState } from 'preact/hooks';
import type { Lang } from '../../rules/engine/types';
import type { FilingForm } from '../../rules/model/filing-form';
import { PROVIDERS, type ProviderId } from '../../rules/model/providers';
import { fieldLabel } from '../../rules/model/fields';
import { VIDEO_CHECK_FACTS, videoCheckEmail } from '../../rules/verification';
import { pick, t } from '../i18n';
import type { Declarations, QuestionActions } from './questions';
import { Evidence, SectionSources } from './verification-common';

/** Rendered only for a provider that books video checks by mail (the caller checks hasVideoCheckMail). */
export function VideoCheckSection(props: {
  form: FilingForm;
  lang: Lang;
  today: string;
  provider: ProviderId;
  actions: Pick<QuestionActions, 'setDeclarations'>;
}) {
  const { form, lang, today, provider, actions } = props;
  const providerName = PROVIDERS[provider].name[lang];
  const [date, setDate] = useState('');
  const [time, setTime] = useState('');
  const [orderNumber, setOrderNumber] = useState('');
  const declarations: Declarations = form.declarations ?? {};
  const requested = declarations.videoCheckRequested === true;
  const mail = requested ? videoCheckEmail(form, { date, time, orderNumber, today, provider }) : undefined;
  const value = (event: Event) => (event.currentTarget as HTMLInputElement).value;

  return (
    <section class="video-check" aria-labelledby="video-title">
      <h2 id="video-title">{t(lang, 'video.title')}</h2>
      <p class="hint">{t(lang, 'video.intro', { provider: providerName })}</p>
      <div class="question">
        <label for="video-requested">
          <input
            id="video-requested"
            type="checkbox"
            checked={requested}
            onChange={(event) => actions.setDeclarations({ ...declarations, videoCheckRequested: (event.currentTarget as HTMLInputElement).checked })}
          />{' '}
          {t(lang, 'video.toggle', { provider: providerName })}
        </label>
      </div>
      {mail && (
        <>
          <div class="question">
            <label for="video-date">{t(lang, 'video.date')}</label>
            <input id="video-date" type="date" value={date} placeholder="YYYY-MM-DD" onInput={(e) => setDate(value(e))} onChange={(e) => setDate(value(e))} />
          </div>
          <div class="question">
            <label for="video-time">{t(lang, 'video.time')}</label>
            <input id="video-time" type="time" value={time} placeholder="HH:MM" onInput={(e) => setTime(value(e))} onChange={(e) => setTime(value(e))} />
          </div>
          <div class="question">
            <label for="video-order">{t(lang, 'video.order')}</label>
            <input id="video-order" type="text" value={orderNumber} onInput={(e) => setOrderNumber(value(e))} onChange={(e) => setOrderNumber(value(e))} />
          </div>
          <p class="video-from">
            {mail.fromMasked
              ? t(lang, 'video.from', { email: mail.fromMasked, field: fieldLabel(mail.fromField!, lang), provider: providerName })
              : t(lang, 'video.fromUnknown')}
          </p>
          <dl class="details-list video-mail">
            <dt>{t(lang, 'video.to')}</dt>
            <dd class="mail-to">{mail.to}</dd>
            <dt>{t(lang, 'video.subject')}</dt>
            <dd class="mail-subject">{mail.subject}</dd>
            <dt>{t(lang, 'video.body')}</dt>
            <dd>
              <pre class="mail-body" style={{ whiteSpace: 'pre-wrap' }}>
                {mail.body.replace(/\r\n/g, '\n')}
              </pre>
            </dd>
          </dl>
          {mail.problems.length > 0 ? (
            <>
              <p>{t(lang, 'video.problems')}</p>
              <ul class="video-problems">
                {mail.problems.map((p) => (
                  <li key={`${p.field}|${p.code}`} data-problem={`${p.field}:${p.code}`}>
                    {pick(p.message, lang)}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p class="video-ready">{t(lang, 'video.ready')}</p>
          )}
          <p>
            <a class="mailto" href={mail.mailto}>
              {t(lang, 'video.mailto')}
            </a>
          </p>
          <ul class="video-facts">
            {VIDEO_CHECK_FACTS.map((fact) => (
              <li key={fact.id}>
                {pick(fact.text, lang)}
                <Evidence evidence={fact.evidence} lang={lang} />
              </li>
            ))}
          </ul>
          <SectionSources keys={[...mail.sources, ...VIDEO_CHECK_FACTS.flatMap((f) => f.sources)]} lang={lang} />
        </>
      )}
    </section>
  );
}
