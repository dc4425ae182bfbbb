// Names for the triage, intelligence, entity and alert answers, taken from the generated
// contract (schema.d.ts) so they cannot drift from the server's route schemas.
import type { Got } from './client.ts';

export type InboxItem = Got<'/api/inbox'>['items'][number];
export type Flags = InboxItem['flags'];
export type DeskPerson = InboxItem['viewers'][number];
export type ReportDetail = Got<'/api/reports/{id}'>;
/** Every list of the extraction output; each item is a span with its normalised value. */
export type Extraction = ReportDetail['texts'][number]['entities'];
export type Span = { text: string; start: number; end: number };
export type LinkedEntity = ReportDetail['linkedEntities'][number];
export type IntelligenceReport = Got<'/api/intelligence/{id}'>;
export type Grade = NonNullable<IntelligenceReport['grade']>;
export type EntitySummary = Got<'/api/entities/recent'>['items'][number];
export type EntityDetail = Got<'/api/entities/{id}'>;
export type Alert = Got<'/api/alerts/{id}'>;
