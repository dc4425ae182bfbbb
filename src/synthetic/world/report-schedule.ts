// When each report is submitted and which reports must be about a given part of a line.
//
// Reports are spread evenly over the period in submission order (report i falls on day
// ⌊i·days/count⌋), so the stream can be produced in order without sorting. A few report slots
// are reserved so every deal-line number is reported at least twice, every trap house and every
// child runner at least once, while they are active: with only a few hundred reports, chance
// alone would leave some of them unseen and the world's ground truth undetectable.
import { createRng } from './prng.ts';
import { addDays, daysBetween } from './days.ts';
import type { Day, World } from './world.types.ts';

export type ForcedSubject =
  | { readonly kind: 'deal_line'; readonly lineId: string; readonly numberIndex: number }
  | { readonly kind: 'trap'; readonly lineId: string; readonly trapIndex: number }
  | { readonly kind: 'child'; readonly lineId: string; readonly personId: string };

export type ReportSchedule = {
  /** The day report i is submitted on. */
  dayOf(i: number): Day;
  readonly forced: ReadonlyMap<number, ForcedSubject>;
};

/** At most this share of reports is reserved, so small runs keep their noise. */
const MAX_FORCED_SHARE = 0.3;

export function scheduleReports(world: World, count: number): ReportSchedule {
  const { days } = world;
  // Formatting a date is the slowest part of a small report, so each day is formatted once.
  const calendar = Array.from({ length: days }, (_, offset) => addDays(world.startDay, offset));
  const dayOf = (i: number) => calendar[Math.floor((i * days) / count)] ?? world.startDay;
  const offset = (day: string) => Math.min(days - 1, Math.max(0, daysBetween(world.startDay, day)));
  // The report indices whose day falls within [from, to].
  const window = (from: string, to: string) => ({
    first: Math.ceil((offset(from) * count) / days),
    last: Math.ceil(((offset(to) + 1) * count) / days) - 1,
  });

  const wanted: { subject: ForcedSubject; from: string; to: string }[] = [];
  for (const line of world.lines) {
    line.numbers.forEach((number, numberIndex) => {
      for (let copy = 0; copy < 2; copy++) {
        wanted.push({ subject: { kind: 'deal_line', lineId: line.id, numberIndex }, from: number.from, to: number.to });
      }
    });
    line.trapHouses.forEach((trap, trapIndex) => {
      wanted.push({ subject: { kind: 'trap', lineId: line.id, trapIndex }, from: trap.from, to: trap.to });
    });
    for (const personId of line.runnerIds) {
      const person = world.people.find((p) => p.id === personId);
      if (person && person.age < 18) {
        wanted.push({
          subject: { kind: 'child', lineId: line.id, personId },
          from: line.activeFrom,
          to: line.activeTo,
        });
      }
    }
  }

  const forced = new Map<number, ForcedSubject>();
  if (count > 0 && wanted.length <= count * MAX_FORCED_SHARE) {
    const rng = createRng(world.seed, 'schedule', count);
    for (const { subject, from, to } of wanted) {
      const { first, last } = window(from, to);
      if (last < first) continue;
      for (let attempt = 0; attempt < 20; attempt++) {
        const slot = rng.int(first, last);
        if (!forced.has(slot)) {
          forced.set(slot, subject);
          break;
        }
      }
    }
  }
  return { dayOf, forced };
}
