/**
 * 导出页面结构: asks the tab's content script for the page's structure without values
 * (components/console/page-report.ts, PanelToContent `report-page`), shows it in a preview
 * the user reads first, and saves it as a download made here, in the panel page (a Blob and
 * an `<a download>`: no network, no downloads permission). The report is kept in this
 * component's state only, never stored.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Lang } from '../../rules/engine/types';
import { t } from '../i18n';
import type { PageReportReply } from '../messaging/protocol';

/** The downloaded file's name: what the file holds, never anything typed. */
export function reportFileName(reply: Pick<PageReportReply, 'console' | 'step' | 'date'>): string {
  const safe = (text: string) => text.replace(/[^\w-]/g, '') || 'unknown';
  return `beian-page-${safe(reply.console)}-${safe(reply.step)}-${safe(reply.date)}.html`;
}

/** Saves `text` as a download named `name`, from this (extension) page. */
export function saveAsFile(text: string, name: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/html;charset=utf-8' }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Firefox starts the download after the click returns: the URL must outlive it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const sizeInKb = (text: string) => (new TextEncoder().encode(text).length / 1024).toFixed(1);

export function PageReportSection({
  lang,
  request,
  save = saveAsFile,
}: {
  lang: Lang;
  request(): Promise<PageReportReply | undefined>;
  save?: typeof saveAsFile;
}) {
  const [reply, setReply] = useState<PageReportReply | undefined>(undefined);
  const [status, setStatus] = useState<'idle' | 'loading' | 'failed'>('idle');
  const preview = useRef<HTMLPreElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  // The preview takes the focus when it opens, so a keyboard user reads it next.
  useEffect(() => {
    if (reply) preview.current?.focus();
  }, [reply]);

  const ask = () => {
    setStatus('loading');
    setReply(undefined);
    request().then(
      (answer) => {
        setStatus(answer ? 'idle' : 'failed');
        setReply(answer);
      },
      () => setStatus('failed'),
    );
  };
  const close = () => {
    setReply(undefined);
    button.current?.focus();
  };

  return (
    <section class="page-report" aria-labelledby="page-report-title">
      <h2 id="page-report-title">{t(lang, 'report.title')}</h2>
      <p class="hint">{t(lang, 'report.explain')}</p>
      <button type="button" class="report-button" ref={button} aria-expanded={reply ? 'true' : 'false'} aria-controls="page-report-preview" onClick={ask}>
        {t(lang, 'report.button')}
      </button>
      {status !== 'idle' && (
        <p class="report-status" role="status">
          {t(lang, status === 'loading' ? 'report.loading' : 'report.failed')}
        </p>
      )}
      <div id="page-report-preview" class="report-preview" hidden={!reply}>
        {reply && (
          <>
            <p class="report-size" id="page-report-size">
              {t(lang, 'report.size', { size: sizeInKb(reply.report), lines: reply.report.split('\n').length })}
            </p>
            <pre class="report-text" ref={preview} tabIndex={0} aria-label={t(lang, 'report.preview')} aria-describedby="page-report-size">
              {reply.report}
            </pre>
            <div class="report-actions">
              <button type="button" class="report-save" onClick={() => save(reply.report, reportFileName(reply))}>
                {t(lang, 'report.save')}
              </button>
              <button type="button" class="report-close" onClick={close}>
                {t(lang, 'report.close')}
              </button>
            </div>
          </>
        )}
      </div>
    </section>
  );
}
