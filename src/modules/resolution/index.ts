// Person entity resolution (issue #5): scoring two person records, blocking keys that find
// candidates without comparing everyone with everyone, and (in the repositories) the
// database side: match keys, candidate search, and merges that can be undone.
//
// Typical use: when a person is saved, `addPersonMatchKeys(db, hash, id, record)`; to find who a
// new record may be, `findCandidatePersons(db, hash, record, limit)`, load those people and
// `comparePersons(record, candidate)` each; an analyst confirms with `mergePersons`, and
// `undoMerge` reverses it.

export type { PersonRecord, PreparedPerson } from './person-record.ts';
export { preparePerson } from './person-record.ts';
export type { MatchDecision, MatchResult, ScoredComparison, CompareOptions } from './person-similarity.ts';
export { comparePersons, comparePreparedPersons, scorePreparedPersons, referenceDateOf } from './person-similarity.ts';
export type { ComparisonName, ComparisonLevel, ComparisonOutcome } from './comparison-levels.ts';
export { comparisonLevelCount } from './comparison-levels.ts';
export type { ScoringModel, LevelProbabilities, TrainingInput } from './scoring-model.ts';
export type { TermCounts, TermFrequencies } from './scoring-model.ts';
export { defaultScoringModel, estimateScoringModel, levelWeight } from './scoring-model.ts';
export type { EmInput, EmResult } from './em-estimation.ts';
export { estimateByEm } from './em-estimation.ts';
export type { TrainedModel, TrainingOptions } from './model-training.ts';
export { trainScoringModel, countTermFrequencies, randomRecordPairs } from './model-training.ts';
export type { BlockingKey, BlockingKeyType, CandidatePairs, CandidatePairOptions } from './blocking.ts';
export { blockingKeys, blockingKeyTypes, candidatePairs } from './blocking.ts';
export { doubleMetaphone } from './double-metaphone.ts';
export { jaroWinkler, levenshtein } from '../../platform/text/string-similarity.ts';
export { normaliseName } from './name-normalisation.ts';

// Database side. The tables are created by src/migrations/2026_11_26_040000_create_person_match_keys.ts.
export type { CandidatePerson, CandidateSearchOptions, PersonKeyHasher } from './person-match.repository.ts';
export {
  addPersonMatchKeys,
  createPersonKeyHasher,
  savePersonMatchKeys,
  deletePersonMatchKeys,
  findCandidatePersons,
} from './person-match.repository.ts';
export type { PersonMerge, MergeInput, UndoInput } from './person-merge.repository.ts';
export { mergePersons, undoMerge, listMerges, resolvePersonId } from './person-merge.repository.ts';
export { mergeProblem, undoProblem, resolveIdentity } from './person-merge.rules.ts';
export type { PersonMatchKeyTable, PersonMatchSuggestionTable, PersonMergeTable } from './person-match.table.ts';
export { activeMergesAmong, identityMembers } from './person-merge.repository.ts';
export { registerPersonResolutionRoutes } from './person-resolution.routes.ts';
export { createPersonResolutionService } from './person-resolution.service.ts';
export type { PersonModelTrainer, TrainingReport, TrainingReportLevel } from './person-model-training.service.ts';
export { createPersonModelTrainer } from './person-model-training.service.ts';
export { loadLatestScoringModel, createNameDigester } from './person-match-model.repository.ts';
export type { PersonMatchModelTable } from './person-match.table.ts';
export { createReportPersonResolver, type ReportPersonResolver, type ReportPlace } from './report-person-resolution.ts';
