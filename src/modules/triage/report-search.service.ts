import type { AuditTrail } from '../../platform/audit/audit-trail.ts';
import type { BlindIndex } from '../../platform/crypto/blind-index.ts';
import type { Sealer } from '../../platform/crypto/sealer.ts';
import type { Db } from '../../platform/db/database.ts';
import { auditEventBy, requirePermission, type StaffActor } from '../access/index.ts';
import { findReportsByTokens, foldedWordsOf, queryClauses, searchDigest } from '../search/index.ts';
import { type ReportAnswers, type ReportCategory, reportSealContext } from '../reports/index.ts';
import { searchTextsOf } from './report-search-index.ts';

export type ReportSearchPage = { limit: number; offset: number };

const excerptWords = 24;
const day = (value: Date | string) =>
  typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);

const compact = (value: string) => value.replace(/[^a-z0-9]/gi, '').toUpperCase();

/** Whether a word of the text is (part of) the identifier a token names, e.g. "900888" of a phone. */
function partOf(word: string, token: string): boolean {
  const value = compact(token.slice(token.indexOf(':') + 1));
  const piece = compact(word);
  if (piece.length < 3) return false;
  return value.includes(piece) || (piece.startsWith('0') && value.includes(piece.slice(1)));
}

/**
 * A few words of the report's text that matched most of the query, around the first match:
 * worked out only for the page shown, so a query opens one page of reports, never all of them.
 */
export function excerptOf(
  texts: readonly { field: string; text: string }[],
  clauses: readonly (readonly string[])[],
): { field: string; text: string } | null {
  let best: { field: string; words: string[]; at: number; score: number } | undefined;
  for (const { field, text } of texts) {
    // Matched word by word (no extraction): quick enough for a page of results.
    const words = text.split(/\s+/).filter((word) => word !== '');
    const folded = words.map((word) => foldedWordsOf(word));
    const hits = (token: string) => (index: number) =>
      token.startsWith('w:') ? (folded[index] ?? []).includes(token.slice(2)) : partOf(words[index] ?? '', token);
    const matched = clauses.filter((clause) => clause.some((token) => words.some((_, i) => hits(token)(i)))).flat();
    if (matched.length === 0 || (best !== undefined && matched.length <= best.score)) continue;
    const at = words.findIndex((_, i) => matched.some((token) => hits(token)(i)));
    best = { field, words, at: Math.max(0, at), score: matched.length };
  }
  const chosen = best ?? (texts[0] ? { ...texts[0], words: texts[0].text.split(/\s+/).filter(Boolean), at: 0 } : null);
  if (!chosen) return null;
  const start = Math.max(0, chosen.at - 8);
  const shown = chosen.words.slice(start, start + excerptWords).join(' ');
  return {
    field: chosen.field,
    text: `${start > 0 ? '… ' : ''}${shown}${start + excerptWords < chosen.words.length ? ' …' : ''}`,
  };
}

/**
 * One search box over the reports the intelligence unit may read (report.read): their text,
 * people and nicknames, phone numbers, registrations and addresses. The query is tokenised and
 * matched on keyed digests (ADR 25); the search and the reports it showed are audited, the terms
 * by their digests only, so the audit trail does not hold what was searched for in clear.
 */
export function createReportSearchService(deps: { db: Db; sealer: Sealer; audit: AuditTrail; blindIndex: BlindIndex }) {
  const { db, sealer, audit, blindIndex } = deps;
  return {
    async search(actor: StaffActor, query: string, page: ReportSearchPage) {
      requirePermission(actor, 'report.read');
      const clauses = queryClauses(query);
      const digestClauses = clauses.map((clause) => clause.map((token) => searchDigest(blindIndex, token)));
      // Read outside the audit's transaction, so PostgreSQL can count on another connection.
      const found = await findReportsByTokens(db, digestClauses, page);
      const items = found.rows.map((row) => {
        const answers = JSON.parse(
          sealer.openText(row.answers_sealed, reportSealContext.answers(row.id)),
        ) as ReportAnswers;
        const facts = {
          id: row.id,
          submittedOn: day(row.submitted_on),
          categories: row.categories as ReportCategory[],
          childInvolved: row.child_involved,
          vulnerableAdultInvolved: row.vulnerable_adult_involved,
        };
        return {
          id: row.id,
          channel: row.channel,
          status: row.status,
          categories: row.categories,
          postcodeSector: row.postcode_sector,
          submittedOn: day(row.submitted_on),
          flags: {
            threatToLife: row.threat_to_life,
            child: row.child_involved,
            vulnerableAdult: row.vulnerable_adult_involved,
          },
          excerpt: excerptOf(searchTextsOf(facts, answers), clauses),
        };
      });
      return db.transaction().execute(async (tx) => {
        await audit.record(
          tx,
          auditEventBy(actor, 'report.search', {
            details: {
              terms: digestClauses.flat(),
              total: found.total,
              offset: page.offset,
              shown: items.map((item) => item.id),
            },
          }),
        );
        return {
          total: found.total,
          /** True when more than `total` match (the count stops there). */
          totalIsAtLeast: found.atLeast,
          offset: page.offset,
          limit: page.limit,
          understoodAs: clauses.map((clause) => describeToken(clause[0] ?? '')),
          items,
        };
      });
    },
  };
}

/** How a term was read, for the results page ("phone number +447700900123"), never stored. */
function describeToken(token: string): { kind: string; value: string } {
  const at = token.indexOf(':');
  const kind = token.slice(0, at);
  return { kind: kind === 'w' ? 'word' : kind, value: token.slice(at + 1) };
}

export type ReportSearchService = ReturnType<typeof createReportSearchService>;
