import type { PageId, ReportAnswers, ReportChannel } from '../../reports/index.ts';
import type { StreetLookup } from '../street-lookup.ts';

/** A submitted form as the body parser gives it: repeated names become arrays. */
export type FormValues = Readonly<Record<string, unknown>>;

/** One problem with one field; `target` is the element the error summary links to, if not the field. */
export type FieldError = { readonly field: string; readonly message: string; readonly target?: string };

export type PageContext = {
  readonly answers: ReportAnswers;
  /** Today's date in London, "YYYY-MM-DD": dates in the future are refused. */
  readonly today: string;
  readonly streets: StreetLookup;
  /** The channel the journey is keyed on: the phone channel asks for the call's reference. */
  readonly channel?: ReportChannel;
};

export type ParseResult<S> =
  | { readonly ok: true; readonly state: S }
  | {
      readonly ok: false;
      /** No errors: the page is shown again (200) to confirm something, such as the street under the map pin. */
      readonly errors: readonly FieldError[];
      readonly view?: Readonly<Record<string, unknown>>;
      /** What the form shows again instead of what was posted. */
      readonly values?: FormValues;
    };

/** One row of check-your-answers: a question and the answer as lines of plain text. */
export type SummaryRow = { readonly key: string; readonly lines: readonly string[] };

/**
 * One question page of the report journey. Its form fields, validation and summary live
 * together; the order and branching between pages live in journey.ts.
 */
export type PageDefinition<K extends PageId> = {
  readonly id: K;
  /** The page heading, also its <title> and its name in check-your-answers. */
  readonly title: string;
  readonly template: string;
  /** Pages with a file upload post multipart/form-data. */
  readonly multipart?: boolean;
  toValues(state: ReportAnswers[K] | undefined): Record<string, string | string[]>;
  parse(values: FormValues, context: PageContext): ParseResult<NonNullable<ReportAnswers[K]>>;
  summarise(state: NonNullable<ReportAnswers[K]>): readonly SummaryRow[];
  /** Extra things the template needs, such as the items of its radios with the current choice marked. */
  view?(values: FormValues, context: PageContext): Readonly<Record<string, unknown>>;
};

export type PageDefinitions = { readonly [K in PageId]: PageDefinition<K> };
