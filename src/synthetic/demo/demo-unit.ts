import type { Services } from '../../main/services.ts';
import { AppError } from '../../platform/http/app-errors.ts';
import { buildActor, commandLineActor, type Role, type StaffActor } from '../../modules/access/index.ts';
import type { DealLineRole } from '../../modules/deal-lines/index.ts';
import { findEntityIdByBlindKey } from '../../modules/pole/index.ts';
import { createReportService } from '../../modules/reports/index.ts';
import { enqueueReportProcessing, processWaitingReports } from '../../modules/triage/index.ts';
import {
  demoWorldOptions,
  generateWorld,
  type GeneratedWorld,
  type PublicReport,
  type WorldOptions,
} from '../world/index.ts';
import { answersFromGeneratedReport } from './load-demo-world.ts';
import { demoIntelligence, demoConversations } from './demo-unit-content.ts';

// A unit mid-operation, for a fresh development install: the demo world's reports triaged on the
// days they were sent (so alerts are spread over recent weeks), the three lines recorded as deal
// lines with their people, teams to disseminate to, intelligence graded, reviewed and passed
// on, and questions to reporters with their replies. Everything goes through the services.

/** The unit's teams, and which demo roles sit in each. */
export const demoTeams = [
  { name: 'Intelligence unit', roles: ['intelligence_analyst', 'intelligence_supervisor'] },
  { name: 'Neighbourhood policing', roles: ['officer', 'call_handler'] },
  { name: 'Safeguarding hub', roles: ['safeguarding_lead'] },
] as const satisfies readonly { name: string; roles: readonly Role[] }[];

export type DemoUnitSummary = {
  reports: number;
  teams: number;
  dealLines: number;
  linePeople: number;
  intelligence: { graded: number; reviewed: number; disseminated: number };
  conversations: number;
};

const dayMs = 86_400_000;
const dayOf = (date: Date) => date.toISOString().slice(0, 10);
const collapse = (value: string) => value.toLowerCase().replace(/\s+/g, ' ').trim();

/** The demo world shifted so its last day is yesterday: the unit's work is recent. */
export function recentWorldOptions(now: Date, options: WorldOptions = demoWorldOptions): WorldOptions {
  const days = options.days ?? 300;
  return { ...options, startDay: dayOf(new Date(now.getTime() - days * dayMs)), days };
}

/** Records each report on its own day and triages it as the worker would have that day. */
async function recordAndTriage(services: Services, reports: readonly PublicReport[]): Promise<Map<string, string>> {
  const idOf = new Map<string, string>();
  const ordered = [...reports].sort((a, b) => a.submittedOn.localeCompare(b.submittedOn));
  for (const report of ordered) {
    const clock = { now: () => new Date(`${report.submittedOn}T12:00:00Z`) };
    const service = createReportService({
      ...services,
      reportRecorded: enqueueReportProcessing,
      sectorOf: (postcode) => services.streets.postcodeSector(postcode),
      clock,
    });
    const recorded = await services.db.transaction().execute((tx) =>
      service.recordNewReport(tx, {
        channel: report.channel,
        answers: answersFromGeneratedReport(report),
        photos: [],
        actor: { type: 'system', id: 'demo-world' },
      }),
    );
    idOf.set(report.id, recorded.reportId);
    await processWaitingReports({ ...services, clock, thresholds: services.config.correlation });
  }
  return idOf;
}

/**
 * The person entity triage made of someone, by any way reports referred to them (full name,
 * first name or nickname, as the world's ground truth records), the fullest first.
 */
async function personEntity(services: Services, generated: GeneratedWorld, personId: string): Promise<string | null> {
  const person = generated.world.people.find((p) => p.id === personId);
  if (!person) return null;
  const written = generated.groundTruth.reports.flatMap((r) =>
    r.people.filter((m) => m.clusterId === personId).map((m) => m.as),
  );
  const candidates = [
    `${person.firstName} ${person.surname}`,
    ...(person.nickname ? [person.nickname] : []),
    ...written,
  ];
  for (const text of candidates) {
    for (const key of [`name:${collapse(text)}`, `nickname:${collapse(text)}`]) {
      const id = await findEntityIdByBlindKey(services.db, 'person', services.blindIndex('person', key));
      if (id) return id;
    }
  }
  return null;
}

/** The three lines as deal lines: their first number, brand, hub, and the people with their roles. */
async function recordDealLines(services: Services, analyst: StaffActor, generated: GeneratedWorld) {
  const { world } = generated;
  const peopleById = new Map(world.people.map((p) => [p.id, p]));
  let dealLines = 0;
  let linePeople = 0;
  for (const line of world.lines) {
    const number = line.numbers[0];
    if (!number) continue;
    const phoneId = await findEntityIdByBlindKey(services.db, 'phone', services.blindIndex('phone', number.e164));
    if (!phoneId) continue;
    const { id } = await services.dealLines.create(analyst, {
      phoneEntityId: phoneId,
      brandName: line.name,
      urbanHub: line.hub,
      status: 'confirmed',
      fromDate: number.from,
      samples: [],
    });
    dealLines += 1;
    const members: [string, DealLineRole][] = [
      [line.holderId, 'line_holder'],
      ...line.runnerIds.map((runner): [string, DealLineRole] => [runner, 'runner']),
      ...line.driverIds.map((driver): [string, DealLineRole] => [driver, 'driver']),
    ];
    for (const [personId, role] of members) {
      const person = peopleById.get(personId);
      const entityId = await personEntity(services, generated, personId);
      if (!person || !entityId) continue;
      // Two of the line's people written the same way ("Charlie") are one entity: recorded once.
      const added = await services.dealLineMembers
        .addPerson(analyst, id, { personEntityId: entityId, role, victim: role === 'runner' && person.age < 18 })
        .then(() => true)
        .catch((error: unknown) => {
          if (error instanceof AppError && error.code === 'conflict') return false;
          throw error;
        });
      if (added) linePeople += 1;
    }
  }
  return { dealLines, linePeople };
}

/** A handful of line reports turned into intelligence: graded, some reviewed, some passed on. */
async function gradeIntelligence(
  services: Services,
  staff: { analyst: StaffActor; supervisor: StaffActor },
  reports: readonly { reportId: string; text: string }[],
  neighbourhoodTeamId: string,
) {
  const counts = { graded: 0, reviewed: 0, disseminated: 0 };
  for (const [index, { reportId, text }] of reports.entries()) {
    const plan = demoIntelligence[index % demoIntelligence.length];
    if (!plan) continue;
    const created = await services.intelligence.create(staff.analyst, {
      submissionId: reportId,
      originalText: text,
      priority: plan.priority,
    });
    await services.intelligenceWorkflow.evaluate(staff.analyst, created.id, { ...plan.evaluation, expectedVersion: 1 });
    counts.graded += 1;
    if (index % 3 === 2) continue; // left with the analyst, graded but not yet submitted
    await services.intelligenceWorkflow.submitForReview(staff.analyst, created.id);
    await services.intelligenceWorkflow.review(staff.supervisor, created.id, { approve: true, note: plan.reviewNote });
    counts.reviewed += 1;
    if (index % 3 === 1) continue; // approved, waiting to be passed on
    await services.intelligenceWorkflow.disseminate(staff.supervisor, created.id, {
      recipients: [{ type: 'team', id: neighbourhoodTeamId }],
      justification: 'For the neighbourhood team’s patrol plan and visits',
    });
    counts.disseminated += 1;
  }
  return counts;
}

/** Questions to reporters and the replies they sent back through their receipt code. */
async function converse(services: Services, analyst: StaffActor, reportIds: readonly string[]) {
  let conversations = 0;
  for (const [index, reportId] of reportIds.entries()) {
    const talk = demoConversations[index % demoConversations.length];
    if (!talk) continue;
    await services.reportMessages.postQuestion(analyst, reportId, talk.question);
    if (talk.reply) await services.reportMessages.addReporterMessage(reportId, talk.reply);
    conversations += 1;
  }
  return conversations;
}

/** Acting as the demo account of a role, in its demo teams, as the services see a signed-in user. */
export function demoActors(
  accounts: readonly { userId: string; role: Role }[],
  teamIdsFor: (role: Role) => string[],
): (role: Role) => StaffActor {
  return (role) => {
    const account = accounts.find((a) => a.role === role);
    if (!account) throw new Error(`no demo account for ${role}`);
    return buildActor({
      userId: account.userId,
      displayName: `Demo ${role}`,
      roles: [role],
      teamIds: teamIdsFor(role),
      partnerOrganisationId: null,
    });
  };
}

/**
 * Loads the demo world as a working unit. `accounts` are the demo staff (user id and role);
 * teams are created here and given to `createAccounts` so each demo account joins its team.
 */
export async function loadDemoUnit(
  services: Services,
  createAccounts: (teamIdsFor: (role: Role) => string[]) => Promise<{ userId: string; role: Role }[]>,
  options: WorldOptions = recentWorldOptions(services.clock.now()),
): Promise<DemoUnitSummary> {
  const admin = commandLineActor('demo-world');
  const teams: { name: string; roles: readonly Role[]; id: string }[] = [];
  for (const team of demoTeams) {
    teams.push({ ...team, id: (await services.teams.createTeam(admin, { name: team.name })).id });
  }
  const teamIdsFor = (role: Role) => teams.filter((t) => t.roles.includes(role)).map((t) => t.id);
  const accounts = await createAccounts(teamIdsFor);
  const actorFor = demoActors(accounts, teamIdsFor);
  const analyst = actorFor('intelligence_analyst');
  const supervisor = actorFor('intelligence_supervisor');

  const generated = generateWorld(options);
  const aliasReport: PublicReport = {
    id: 'demo-alias',
    submittedOn: dayOf(new Date(services.clock.now().getTime() - 3 * dayMs)),
    channel: 'web',
    category: 'dealing_at_address',
    freeText: 'The man they call Tiny is outside the flats most evenings handing small packets to people.',
    structured: { people: [{ name: 'Marcus Reid', nickname: 'Tiny' }] },
    anonymous: true,
  };
  const idOf = await recordAndTriage(services, [...generated.reports, aliasReport]);
  const { dealLines, linePeople } = await recordDealLines(services, analyst, generated);

  // The most recent line reports become intelligence; the next ones get a question.
  const lineReports = generated.groundTruth.reports
    .filter((truth) => truth.kind === 'line')
    .map((truth) => generated.reports.find((r) => r.id === truth.reportId))
    .filter((report): report is PublicReport => report !== undefined)
    .sort((a, b) => b.submittedOn.localeCompare(a.submittedOn));
  const toGrade = lineReports.slice(0, 9).map((r) => ({ reportId: idOf.get(r.id) ?? '', text: r.freeText }));
  const neighbourhoodId = teams.find((t) => t.name === 'Neighbourhood policing')?.id ?? '';
  const intelligence = await gradeIntelligence(services, { analyst, supervisor }, toGrade, neighbourhoodId);
  const conversations = await converse(
    services,
    analyst,
    lineReports.slice(9, 13).map((r) => idOf.get(r.id) ?? ''),
  );
  return { reports: idOf.size, teams: teams.length, dealLines, linePeople, intelligence, conversations };
}
