import type { AuditTrail } from '../../platform/audit/audit-trail.ts';
import type { BlindIndex } from '../../platform/crypto/blind-index.ts';
import type { Sealer } from '../../platform/crypto/sealer.ts';
import type { Db } from '../../platform/db/database.ts';
import { auditEventBy, requirePermission, type StaffActor } from '../access/index.ts';
import { findReportsByTokens, foldedWordsOf, queryClauses, queryWords, searchDigest } from '../search/index.ts';
import { openReportForTriage, searchTextsOf } from './report-search-index.ts';

export type ReportSearchPage = { limit: number; offset: number };

const excerptWords = 24;
const day = (value: Date | string) =>
  typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);

/**
 * A few words of a report around the first word the query asked for (or its first words when
 * it matched on a number, registration or postcode): only for the page shown, so a query opens
 * at most one page of reports, never all of them.
 */
export function excerptOf(texts: readonly { field: string; text: string }[], wanted: readonly string[]) {
  for (const { field, text } of texts) {
    const words = text.split(/\s+/).filter((word) => word !== '');
    const at = words.findIndex((word) => foldedWordsOf(word).some((folded) => wanted.includes(folded)));
    if (at >= 0) {
      const start = Math.max(0, at - 8);
      const shown = words.slice(start, start + excerptWords).join(' ');
      return { field, text: `${start > 0 ? '… ' : ''}${shown}${start + excerptWords < words.length ? ' …' : ''}` };
    }
  }
  const first = texts[0];
  if (!first) return null;
  const words = first.text.split(/\s+/).filter((word) => word !== '');
  return {
    field: first.field,
    text: `${words.slice(0, excerptWords).join(' ')}${words.length > excerptWords ? ' …' : ''}`,
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
      const wanted = queryWords(query);
      return db.transaction().execute(async (tx) => {
        const found = await findReportsByTokens(tx, digestClauses, page);
        const items = [];
        for (const row of found.rows) {
          const { facts, answers } = await openReportForTriage(tx, sealer, row.id);
          items.push({
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
            excerpt: excerptOf(searchTextsOf(facts, answers), wanted),
          });
        }
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
