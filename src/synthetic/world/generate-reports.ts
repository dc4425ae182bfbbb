// The stream of public reports a world produces. A generator function, so a million reports can
// be written to disk one at a time; each report draws from its own PRNG stream (seed, "report",
// i), so report i never depends on how many reports came before it were consumed.
import {
  writeChildReport,
  writeDealLineReport,
  writeOtherLineReport,
  writeVehicleReport,
} from './line-report-people.ts';
import { writeCuckooingReport, writeStreetDealingReport, writeTrapReport } from './line-report-places.ts';
import { writeMistakenReport } from './mistaken-reports.ts';
import { writeNuisanceReport, writeRecreationalReport, writeUnrelatedReport } from './noise-reports.ts';
import { createRng } from './prng.ts';
import { createDraft, type Draft } from './report-draft.ts';
import { scheduleReports, type ForcedSubject, type ReportSchedule } from './report-schedule.ts';
import { childRunners, type Written } from './report-shared.ts';
import { indexWorld, type WorldIndex } from './world-index.ts';
import type { CountyLine, GeneratedReport, PublicReport, ReportKind, World } from './world.types.ts';

/** Share of reports about something other than a County Line (before any reserved slots). */
export const NOISE_SHARE = 0.3;

type LineSubject = 'trap' | 'cuckoo' | 'vehicle' | 'deal_line' | 'child' | 'street' | 'other';

function lineOf(draft: Draft, lineId: string): CountyLine {
  const line = draft.index.world.lines.find((l) => l.id === lineId);
  if (!line) throw new Error(`no line ${lineId}`);
  return line;
}

function writeForced(draft: Draft, forced: ForcedSubject): Written {
  const line = lineOf(draft, forced.lineId);
  switch (forced.kind) {
    case 'deal_line':
      return writeDealLineReport(draft, line, line.numbers[forced.numberIndex] ?? null);
    case 'trap': {
      const trap = line.trapHouses[forced.trapIndex];
      if (!trap) throw new Error(`no trap ${String(forced.trapIndex)} on ${line.id}`);
      return writeTrapReport(draft, line, trap);
    }
    case 'child':
      return writeChildReport(draft, line, draft.index.person(forced.personId));
  }
}

function writeLineSubject(draft: Draft, line: CountyLine, subject: LineSubject): Written {
  const { rng, index, day } = draft;
  const traps = index.trapsOn(line, day);
  switch (subject) {
    case 'cuckoo': {
      const cuckooed = traps.filter((t) => t.residentId !== null);
      const trap = cuckooed.length > 0 ? rng.pick(cuckooed) : null;
      if (trap?.residentId) return writeCuckooingReport(draft, line, trap, index.person(trap.residentId));
      return writeTrapReport(draft, line, rng.pick(traps));
    }
    case 'child': {
      const kids = childRunners(draft, line);
      return kids.length > 0
        ? writeChildReport(draft, line, rng.pick(kids))
        : writeTrapReport(draft, line, rng.pick(traps));
    }
    case 'vehicle':
      return writeVehicleReport(draft, line);
    case 'deal_line':
      return writeDealLineReport(draft, line, null);
    case 'street':
      return writeStreetDealingReport(draft, line);
    case 'other':
      return writeOtherLineReport(draft, line);
    case 'trap':
      return writeTrapReport(draft, line, rng.pick(traps));
  }
}

function writeChosen(draft: Draft): Written {
  const { rng } = draft;
  const lines = draft.index.activeLines(draft.day);
  if (lines.length === 0 || rng.chance(NOISE_SHARE)) {
    const kind = rng.weighted<Exclude<ReportKind, 'line'>>([
      ['recreational', 25],
      ['nuisance', 30],
      ['unrelated', 20],
      ['mistaken', 25],
    ]);
    if (kind === 'recreational') return writeRecreationalReport(draft);
    if (kind === 'nuisance') return writeNuisanceReport(draft);
    if (kind === 'unrelated') return writeUnrelatedReport(draft);
    return writeMistakenReport(draft);
  }
  // Bigger lines (more runners) draw more attention.
  const line = rng.weighted(lines.map((l) => [l, 2 + l.runnerIds.length] as const));
  const subject = rng.weighted<LineSubject>([
    ['trap', 30],
    ['cuckoo', 12],
    ['vehicle', 12],
    ['deal_line', 16],
    ['child', 14],
    ['street', 10],
    ['other', 6],
  ]);
  return writeLineSubject(draft, line, subject);
}

export function composeReport(world: World, index: WorldIndex, schedule: ReportSchedule, i: number): GeneratedReport {
  const rng = createRng(world.seed, 'report', i);
  const id = rng.uuid();
  const day = schedule.dayOf(i);
  const draft = createDraft(rng, index, day);
  const forced = schedule.forced.get(i);
  const written = forced ? writeForced(draft, forced) : writeChosen(draft);
  const channel = rng.chance(0.2) ? 'phone' : 'web';
  const report: PublicReport = {
    id,
    submittedOn: day,
    channel,
    category: written.category,
    freeText: draft.text.render(rng, channel),
    structured: draft.structured,
    anonymous: rng.chance(channel === 'web' ? 0.65 : 0.45),
  };
  return {
    report,
    truth: {
      reportId: id,
      kind: written.kind,
      noise: written.kind !== 'line',
      lineId: written.lineId,
      subject: written.subject,
      ...draft.truth,
    },
  };
}

/** Yields `count` reports in submission order, holding none of them. */
export function* generateReports(world: World, count: number): Generator<GeneratedReport, void, undefined> {
  if (!Number.isSafeInteger(count) || count < 0) throw new RangeError('count must be a whole number ≥ 0');
  const index = indexWorld(world);
  const schedule = scheduleReports(world, count);
  for (let i = 0; i < count; i++) yield composeReport(world, index, schedule, i);
}
