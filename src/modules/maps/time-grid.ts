import type { DayOfWeek, TimeOfDay, WhenAnswers } from '../reports/index.ts';

// The day-of-week × time-of-day grid from reporters' "when" answers. Each report counts once in all:
// spread evenly over the days and times it names (aoristic apportioning, Ratcliffe 1998), a report
// naming no day over all seven, "at all hours" or no time over all four. `named` counts the reports
// that named both that day and that time outright.

export const gridDays: readonly DayOfWeek[] = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
];
export const gridTimes: readonly TimeOfDay[] = ['morning', 'afternoon', 'evening', 'night'];

export type GridCell = { day: DayOfWeek; time: TimeOfDay; weight: number; named: number };
export type TimeGrid = { cells: GridCell[]; reports: number; withWhen: number; withoutWhen: number };

export function timeGrid(answers: readonly (WhenAnswers | undefined)[]): TimeGrid {
  const cells = new Map<string, GridCell>();
  for (const day of gridDays) {
    for (const time of gridTimes) cells.set(`${day}:${time}`, { day, time, weight: 0, named: 0 });
  }
  let withWhen = 0;
  for (const when of answers) {
    const namedDays = when?.days.filter((d) => gridDays.includes(d)) ?? [];
    const namedTimes = when?.allHours ? [] : (when?.timesOfDay.filter((t) => gridTimes.includes(t)) ?? []);
    if (!when || (namedDays.length === 0 && namedTimes.length === 0 && !when.allHours)) continue;
    withWhen += 1;
    const days = namedDays.length > 0 ? namedDays : gridDays;
    const times = namedTimes.length > 0 ? namedTimes : gridTimes;
    const share = 1 / (days.length * times.length);
    for (const day of days) {
      for (const time of times) {
        const cell = cells.get(`${day}:${time}`);
        if (!cell) continue;
        cell.weight += share;
        if (namedDays.includes(day) && namedTimes.includes(time)) cell.named += 1;
      }
    }
  }
  return {
    cells: [...cells.values()].map((c) => ({ ...c, weight: Math.round(c.weight * 100) / 100 })),
    reports: answers.length,
    withWhen,
    withoutWhen: answers.length - withWhen,
  };
}
