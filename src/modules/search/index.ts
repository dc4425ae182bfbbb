// Search over sealed reports by a keyed blind index of their tokens (ADR 25).
export { queryClauses, foldedWordsOf, reportSearchTokens, searchDigest } from './search-tokens.ts';
export {
  findReportsByTokens,
  indexedReportRows,
  replaceReportTokens,
  reportIdsWithTokens,
  type SearchHitRow,
} from './search.repository.ts';
