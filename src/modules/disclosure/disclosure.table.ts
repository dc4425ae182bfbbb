import type { ColumnType, Selectable } from 'kysely';
import type { Measure, ReleaseStatus } from './disclosure.ts';

type Day = ColumnType<string, string, string>;
type NullableText = ColumnType<string | null, string | null | undefined, string | null>;
type NullableInstant = ColumnType<Date | null, Date | null | undefined, Date | null>;

/** A ward's neighbourhood priority for one period: a topic and actions from fixed lists (no free text). */
export type DisclosurePriorityTable = {
  id: string;
  ward_code: string;
  period_start: Day;
  position: number;
  topic: string;
  actions: ColumnType<string[], string, string>;
  set_by: string;
  set_at: Date;
};

export type DisclosureReleaseTable = {
  id: string;
  month: Day;
  status: ReleaseStatus;
  threshold: number;
  prepared_by: string;
  prepared_at: Date;
  approved_by: NullableText;
  approved_at: NullableInstant;
  published_by: NullableText;
  published_at: NullableInstant;
  withdrawn_by: NullableText;
  withdrawn_at: NullableInstant;
  withdrawal_reason: NullableText;
  version: ColumnType<number, number | undefined, number>;
};

/** One ward's figure for one measure: a value, or suppressed (null) when below the threshold. */
export type DisclosureReleaseFigureTable = {
  release_id: string;
  ward_code: string;
  measure: Measure;
  value: number | null;
  suppressed: boolean;
};

export type DisclosureReleaseRow = Selectable<DisclosureReleaseTable>;
