/**
 * "What was read" (读取情况): every field the step on screen should have, with what the
 * extension made of it (read-values.ts: masked values, not found, not understood, taught),
 * and a 「在页面上指定」 button on each field not found, which starts picking mode on the page
 * (components/console/teach.ts). Also the list of taught fields with delete, export and import
 * (the panel's settings area).
 */
import { useRef, useState } from 'preact/hooks';
import type { Lang } from '../../rules/engine/types';
import { fieldLabel } from '../../rules/model/fields';
import { isProviderId, PROVIDERS } from '../../rules/model/providers';
import { pick, t, type UiStringKey } from '../i18n';
import type { TabState } from '../messaging/protocol';
import { taughtEntries, type TaughtFields, type TaughtStep } from '../messaging/taught';
import { MAX_TAUGHT_FILE_BYTES } from '../messaging/taught-file';
import { readCounts, readRows, type ReadState } from './read-values';

export interface ReadViewActions {
  /** Starts picking mode for `field` on the tab's page; `label` names it in the hint bar. */
  teachField(field: string, label: string): void;
}

export interface TaughtActions {
  forgetTaught(consoleId: string, step: TaughtStep, field: string): void;
  /** Saves the taught fields of every console as a JSON file. */
  exportTaught(): void;
  /** Imports a file; resolves to the number of fields imported, or undefined when the file was refused. */
  importTaught(text: string): Promise<number | undefined>;
}

const STATE_KEY: Readonly<Record<ReadState, UiStringKey>> = {
  read: 'read.state.read',
  empty: 'read.state.empty',
  missing: 'read.state.missing',
  unread: 'read.state.unread',
  taught: 'read.state.taught',
  stale: 'read.state.stale',
};

/** The counts a fold summary shows: read / expected. */
export function readFoldCount(state: Pick<TabState, 'form' | 'health'>, lang: Lang): string | undefined {
  const { read, total } = readCounts(readRows(state, lang));
  return total ? t(lang, 'read.foldCount', { read, total }) : undefined;
}

export function ReadView({ state, lang, actions }: { state: Pick<TabState, 'form' | 'health' | 'step'>; lang: Lang; actions: ReadViewActions }) {
  const rows = readRows(state, lang);
  const { read, total } = readCounts(rows);
  const [teaching, setTeaching] = useState<string | undefined>(undefined);
  return (
    <section class="read-view" aria-labelledby="read-title">
      <h2 id="read-title">{t(lang, 'read.title')}</h2>
      {total === 0 ? (
        <p class="empty">{t(lang, 'read.none')}</p>
      ) : (
        <>
          <p class="read-count">{t(lang, 'read.count', { read, total })}</p>
          <p class="hint">{t(lang, 'read.intro', { step: t(lang, `step.${state.step}`) })}</p>
          <ul class="read-rows">
            {rows.map((row) => {
              const label = fieldLabel(row.field, lang);
              return (
                <li key={row.field} class={`read-row ${row.state}`} data-field={row.field} data-state={row.state}>
                  <span class="read-field">{label}</span>
                  <span class="read-state">{t(lang, STATE_KEY[row.state])}</span>
                  {row.value !== undefined && <span class="read-value">{row.value}</span>}
                  {row.unread !== undefined && <span class="read-value unread-value">{row.unread}</span>}
                  {(row.state === 'missing' || row.state === 'stale') && (
                    <button
                      type="button"
                      class="teach"
                      aria-label={t(lang, 'read.teachLabel', { field: label })}
                      onClick={() => {
                        setTeaching(label);
                        actions.teachField(row.field, label);
                      }}
                    >
                      {t(lang, 'read.teach')}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
          <p class="teach-status" role="status">
            {teaching ? t(lang, 'read.teachStarted', { field: teaching }) : ''}
          </p>
        </>
      )}
    </section>
  );
}

function consoleName(id: string, lang: Lang): string {
  return isProviderId(id) ? pick(PROVIDERS[id].name, lang) : id;
}

export function TaughtSettings({ taught, lang, actions }: { taught: Readonly<Record<string, TaughtFields>>; lang: Lang; actions: TaughtActions }) {
  const entries = Object.entries(taught).flatMap(([consoleId, fields]) => taughtEntries(fields).map((entry) => ({ consoleId, ...entry })));
  const [message, setMessage] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const imported = file.size > MAX_TAUGHT_FILE_BYTES ? undefined : await actions.importTaught(await file.text());
    setMessage(imported === undefined ? t(lang, 'taught.importInvalid') : t(lang, 'taught.imported', { n: imported }));
  };
  return (
    <section class="taught" aria-labelledby="taught-title">
      <h2 id="taught-title">{t(lang, 'taught.title')}</h2>
      <p class="hint">{t(lang, 'taught.intro')}</p>
      {entries.length === 0 ? (
        <p class="empty">{t(lang, 'taught.none')}</p>
      ) : (
        <ul class="taught-list">
          {entries.map(({ consoleId, step, field }) => {
            const label = fieldLabel(field, lang);
            return (
              <li key={`${consoleId}:${step}:${field}`} data-console={consoleId} data-step={step} data-field={field}>
                <span>{t(lang, 'taught.entry', { console: consoleName(consoleId, lang), step: t(lang, `step.${step}`), field: label })}</span>{' '}
                <button
                  type="button"
                  class="link-button forget"
                  aria-label={t(lang, 'taught.deleteLabel', { field: label })}
                  onClick={() => actions.forgetTaught(consoleId, step, field)}
                >
                  {t(lang, 'taught.delete')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div class="taught-actions">
        <button type="button" class="taught-export" disabled={entries.length === 0} onClick={actions.exportTaught}>
          {t(lang, 'taught.export')}
        </button>
        <button type="button" class="taught-import" onClick={() => fileInput.current?.click()}>
          {t(lang, 'taught.import')}
        </button>
        <input
          ref={fileInput}
          type="file"
          class="taught-file"
          accept="application/json,.json"
          hidden
          tabIndex={-1}
          aria-label={t(lang, 'taught.import')}
          onChange={(event) => void onFile(event.currentTarget)}
        />
      </div>
      <p class="taught-status" role="status">
        {message}
      </p>
    </section>
  );
}
