// Words for the codes the triage, intelligence and alert APIs answer with come from the one shared
// place the server also owns (src/labels, ADR 0037); this file adds the staff app's own formats.
export {
  actionDecisionLabels,
  alertKindLabels,
  alertStatusLabels,
  assessmentLabels,
  categoryLabels,
  channelLabels,
  entityKindLabels,
  handlingLabels,
  labelFor,
  priorityLabels,
  reportLanguageLabel,
  reportLanguageLabels,
  reportLanguages,
  reportStatusLabels,
  sourceEvaluationLabels,
  sourceTypeLabels,
} from '../../../src/labels/index.ts';

/** "Waiting 3 days", "today": reports keep only their day of arrival, so the clock counts days. */
export function waitingFor(days: number): string {
  if (days === 0) return 'Arrived today';
  return days === 1 ? '1 day' : `${String(days)} days`;
}

/** A short reference for a record id, as staff read them aloud. */
export function shortId(id: string): string {
  return id.slice(0, 8).toUpperCase();
}

/** The day of a timestamp that records only a day (alerts follow reports, which keep no time of day). */
export function dayOf(iso: string): string {
  return iso.slice(0, 10);
}
