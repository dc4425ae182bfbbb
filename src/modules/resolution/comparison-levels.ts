// Each comparison sorts a pair of records into one level, best first. The levels are the
// vocabulary shared by the comparisons (which choose a level and explain it) and the
// scoring model (which gives each level a weight).

export const comparisonLevels = {
  firstName: ['exact', 'variant', 'typo', 'close', 'middle', 'phonetic', 'similar', 'initial', 'different'],
  surname: ['exact', 'part', 'typo', 'close', 'phonetic', 'similar', 'different'],
  alias: ['match', 'different'],
  // 'to-month' and 'to-year': a partial date agrees at the precision it was recorded at.
  // 'within-year' and 'within-ten-years': how far apart two dates are, as Splink's date-of-birth
  // comparison grades them (a partial date by its years); 'different' is more than ten years.
  dob: [
    'exact',
    'transposed',
    'one-digit',
    'year-month',
    'two-digits',
    'year',
    'within-year',
    'within-ten-years',
    'to-month',
    'to-year',
    'different',
  ],
  age: ['close', 'near', 'far'],
  postcode: ['unit', 'sector', 'district', 'area', 'typo', 'different'],
  town: ['exact', 'similar', 'different'],
  street: ['exact', 'similar', 'different'],
  email: ['exact', 'similar', 'user', 'close', 'different'],
} as const;

export type ComparisonName = keyof typeof comparisonLevels;
export type ComparisonLevel<C extends ComparisonName = ComparisonName> = (typeof comparisonLevels)[C][number];

export const comparisonNames = Object.keys(comparisonLevels) as ComparisonName[];

/** How a comparison is named in explanations. */
export const comparisonLabels: Readonly<Record<ComparisonName, string>> = {
  firstName: 'first name',
  surname: 'surname',
  alias: 'nickname',
  dob: 'date of birth',
  age: 'age',
  postcode: 'postcode',
  town: 'town',
  street: 'street',
  email: 'email',
};

/** The level a pair fell into, with a plain-English reason. */
export type ComparisonOutcome = {
  readonly comparison: ComparisonName;
  readonly level: ComparisonLevel;
  readonly detail: string;
  /** A name compared with the other record's other name (first name and surname swapped). */
  readonly crossed?: true;
};

/** How many levels all the comparisons have together. */
export const comparisonLevelCount = comparisonNames.reduce((sum, name) => sum + comparisonLevels[name].length, 0);
