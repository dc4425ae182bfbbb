import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { StaffActor } from './actor.ts';
import type { Dissemination, SharedRecord } from './dissemination.ts';
import type { DisseminationService } from './dissemination.service.ts';
import { actorOf } from './request-actor.ts';

/** A record shared with the reader's team or organisation (intelligence adds its own to the generic register). */
const sharedRecordResponse = z.object({
  id: z.string(),
  subject: z.object({ type: z.string(), id: z.string(), label: z.string(), href: z.string().nullable() }),
  recipient: z
    .union([
      z.object({ kind: z.literal('team'), teamId: z.string() }),
      z.object({ kind: z.literal('partner_organisation'), partnerOrganisationId: z.string() }),
    ])
    .optional(),
  handlingCode: z.enum(['P', 'C']),
  conditions: z.string().nullable(),
  disseminatedAt: z.string(),
});

const subjectLabels: Readonly<Record<string, string>> = {
  intelligence: 'Intelligence report',
  intelligence_report: 'Intelligence report',
  report: 'Report',
  person: 'Person',
  entity: 'Person, object, location or event',
  deal_line: 'Deal line',
};

const subjectHrefs: Readonly<Record<string, (id: string) => string>> = {
  intelligence: (id) => `/intelligence/${id}`,
  intelligence_report: (id) => `/intelligence/${id}`,
  report: (id) => `/inbox/reports/${id}`,
  person: (id) => `/entities/${id}`,
  entity: (id) => `/entities/${id}`,
  deal_line: (id) => `/networks/lines/${id}`,
};

export function presentDissemination(dissemination: Dissemination): SharedRecord & { recipient: unknown } {
  const { type, id } = dissemination.subject;
  return {
    id: dissemination.id,
    subject: { type, id, label: `${subjectLabels[type] ?? 'Record'} ${id}`, href: subjectHrefs[type]?.(id) ?? null },
    recipient: dissemination.recipient,
    handlingCode: dissemination.handlingCode,
    conditions: dissemination.conditions,
    disseminatedAt: dissemination.disseminatedAt.toISOString(),
  };
}

/** Another capability's records shared with the reader (intelligence keeps its own register). */
export type SharedRecordSource = (actor: StaffActor) => Promise<readonly SharedRecord[]>;

// What has been shared with me: a partner user sees only their organisation's, police staff
// their teams'. The generic register and each capability's own (wired in by main), newest
// first. Each capability serves the records themselves, checking decideRecordAccess.
export function registerDisseminationRoutes(
  app: FastifyInstance,
  deps: { disseminations: DisseminationService; sharedSources?: readonly SharedRecordSource[] },
): void {
  app.get(
    '/api/disseminations/shared-with-me',
    { schema: { tags: ['access'], response: { 200: z.array(sharedRecordResponse) } } },
    async (request) => {
      const actor = actorOf(request);
      const generic = (await deps.disseminations.sharedWith(actor)).map(presentDissemination);
      const others = await Promise.all((deps.sharedSources ?? []).map((source) => source(actor)));
      return [...generic, ...others.flat()].sort((a, b) => b.disseminatedAt.localeCompare(a.disseminatedAt));
    },
  );
}
