// Scores the extractors against a hand-labelled corpus (test/fixtures/extraction/*.json): micro precision and
// recall per kind. Shared by the corpus tests and `npm run bench`.
import { extractEntities } from './extraction.ts';
import { comparePersons } from './person-scoring.ts';
import type { Extraction } from './types.ts';

export const CORPUS_KINDS = [
  'phones',
  'vehicles',
  'postcodes',
  'emails',
  'drugs',
  'addresses',
  'handles',
  'people',
] as const;
export type CorpusKind = (typeof CORPUS_KINDS)[number];
/** A labelled report; `people` is labelled in the voices corpus only (absent: not scored for that case). */
export type CorpusCase = {
  readonly id: string;
  readonly set: string;
  readonly text: string;
  readonly expected: Partial<Record<CorpusKind, string[]>>;
};
export type Score = { tp: number; fp: number; fn: number };
export type CorpusScore = { readonly totals: Record<CorpusKind, Score>; readonly misses: string[] };

// The comparable value of each entity; "~" marks a partial vehicle or postcode. Drugs, addresses and people are
// scored as sets per report (which drugs / streets / people were mentioned), the rest per mention.
export function comparable(result: Extraction): Record<CorpusKind, string[]> {
  return {
    phones: result.phones.map((p) => p.e164),
    vehicles: result.vehicles.map((v) => (v.partial ? '~' : '') + v.vrm),
    postcodes: result.postcodes.map((p) => (p.partial ? '~' : '') + p.postcode),
    emails: result.emails.map((e) => e.address),
    drugs: [...new Set(result.drugs.map((d) => d.name))],
    addresses: [...new Set(result.addresses.map((a) => a.street))],
    handles: result.handles.map((h) => h.handle),
    people: [...new Set(result.people.map((p) => p.name))],
  };
}

export function scoreCorpus(cases: readonly CorpusCase[]): CorpusScore {
  const totals = Object.fromEntries(CORPUS_KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0 }])) as Record<CorpusKind, Score>;
  const misses: string[] = [];
  for (const c of cases) {
    const got = comparable(extractEntities(c.text));
    for (const kind of CORPUS_KINDS) {
      const expected = c.expected[kind];
      if (expected === undefined) continue;
      const { labelled, extra, missed } = compare(kind, got[kind], expected);
      const s = totals[kind];
      s.fp += extra.length;
      s.fn += missed.length;
      s.tp += labelled - missed.length;
      if (extra.length > 0 || missed.length > 0) {
        misses.push(`${c.id} ${kind}: unexpected ${JSON.stringify(extra)} missed ${JSON.stringify(missed)}`);
      }
    }
  }
  return { totals, misses };
}

// People are compared by person (person-scoring.ts); handles in lower case, as the platforms treat them (a set
// may keep the case written); the rest as written, drugs and addresses as sets and the rest per mention.
function compare(
  kind: CorpusKind,
  found: readonly string[],
  expected: readonly string[],
): { labelled: number; extra: string[]; missed: string[] } {
  if (kind === 'people') {
    const { persons, extra, missed } = comparePersons(found, expected);
    return { labelled: persons, extra, missed };
  }
  const norm = kind === 'handles' ? (v: string) => v.toLowerCase() : (v: string) => v;
  const missed = expected.map(norm);
  const extra: string[] = [];
  for (const value of found.map(norm)) {
    const i = missed.indexOf(value);
    if (i >= 0) missed.splice(i, 1);
    else extra.push(value);
  }
  return { labelled: expected.length, extra, missed };
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);
export const precision = (s: Score): number => ratio(s.tp, s.tp + s.fp);
export const recall = (s: Score): number => ratio(s.tp, s.tp + s.fn);
