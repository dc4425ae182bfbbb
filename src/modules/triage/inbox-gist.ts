import type { Sealer } from '../../platform/crypto/sealer.ts';
import { reportSealContext, type ReportAnswers, type ReportCategory } from '../reports/index.ts';
import { reportForProcessing } from './report-adapter.ts';

const gistWords = 12;

const day = (value: Date | string) =>
  typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);

/** The first words of the report's own account: its one-line gist (report.read already checked). */
export function gistOfAnswers(
  sealer: Sealer,
  row: { id: string; answers_sealed: Uint8Array; submitted_on: Date | string; categories: ReportCategory[] },
): string | null {
  const answers = JSON.parse(sealer.openText(row.answers_sealed, reportSealContext.answers(row.id))) as ReportAnswers;
  const texts = reportForProcessing(
    {
      id: row.id,
      submittedOn: day(row.submitted_on),
      categories: row.categories,
      childInvolved: false,
      vulnerableAdultInvolved: false,
    },
    answers,
  ).texts;
  // The reporter's own account first, then what they said it is about, then any other text.
  const first = (
    texts.find((t) => t.field === 'anything-else.details') ??
    texts.find((t) => t.field === 'about.otherDescription') ??
    texts[0]
  )?.text;
  if (first === undefined) return null;
  const words = first.split(/\s+/).filter((word) => word !== '');
  return `${words.slice(0, gistWords).join(' ')}${words.length > gistWords ? ' …' : ''}`;
}
