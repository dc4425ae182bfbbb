import { useState } from 'react';
import { api, ApiError } from '../../api/client.ts';
import type { Me } from '../../api/types.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { reportLanguageLabel } from '../../components/intel-labels.ts';
import { hasPermission } from '../Shell/navigation.ts';

/**
 * The language the reporter wrote in and whether the report is marked for a translator (ADR
 * 0048). Whoever may triage the report marks it and clears the mark; the server audits each.
 */
export function TranslationPanel({
  me,
  id,
  language,
  forTranslation,
  onChanged,
}: {
  me: Me;
  id: string;
  language: string;
  forTranslation: boolean;
  onChanged: () => void;
}) {
  const [failed, setFailed] = useState<string>();
  const [done, setDone] = useState<string>();

  async function mark(next: boolean) {
    try {
      await api.post('/api/reports/{id}/for-translation', { path: { id }, body: { forTranslation: next } });
      setFailed(undefined);
      setDone(next ? 'Marked for translation.' : 'No longer marked for translation.');
      onChanged();
    } catch (caught) {
      setFailed(caught instanceof ApiError ? caught.message : 'The translation mark could not be changed');
    }
  }

  return (
    <section className="lb-panel" aria-labelledby="language-heading">
      <h2 id="language-heading">Language</h2>
      <ErrorSummary message={failed} />
      {done && (
        <p className="lb-success" role="status">
          {done}
        </p>
      )}
      <p>
        Written in <strong>{reportLanguageLabel(language)}</strong>.
        {language !== 'en' && ' The text below is exactly as the reporter wrote it.'}
      </p>
      <p>
        {forTranslation ? (
          <strong className="lb-tag-translation">For translation</strong>
        ) : (
          'Not marked for translation.'
        )}
      </p>
      {hasPermission(me, 'report.triage') && (
        <button
          type="button"
          className="lb-button lb-button--secondary"
          onClick={() => {
            void mark(!forTranslation);
          }}
        >
          {forTranslation ? 'Clear the translation mark' : 'Mark for translation'}
        </button>
      )}
    </section>
  );
}
