import { londonDay } from '../../platform/calendar.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/database.ts';
import { findWard, listWards } from '../gazetteer/index.ts';
import { measureLabels, measures, monthName, monthOf, monthStart, periodName, periodOf } from './disclosure.ts';
import { prioritiesOfPeriod } from './priority.repository.ts';
import { priorityWords } from './priority.service.ts';
import { figuresOf, listReleases } from './release.repository.ts';

// What the public "You said, we did" pages read (issue 16): only published release snapshots
// and the current period's priorities. Never live counts, never a draft, approved-only or
// withdrawn release, never anything finer than a ward. No actor: these pages are public.

export type PublicFigure = { measure: string; label: string; value: number | null; suppressed: boolean };

export function createPublicDisclosureView(deps: { db: Db; clock: Clock; periodMonths: number; threshold: number }) {
  const { db, clock } = deps;
  const published = () => listReleases(db, ['published']);
  const figuresFor = (rows: { ward_code: string; measure: string; value: number | null; suppressed: boolean }[]) =>
    measures.map((measure) => {
      const row = rows.find((r) => r.measure === measure);
      return {
        measure,
        label: measureLabels[measure],
        value: row?.value ?? null,
        suppressed: row?.suppressed ?? false,
      };
    });

  return {
    threshold: deps.threshold,
    wards() {
      return listWards().map((ward) => ({ code: ward.code, name: ward.name }));
    },

    /** One ward's page, or undefined for an unknown ward code. */
    async ward(code: string) {
      const ward = findWard(code);
      if (!ward) return undefined;
      const period = periodOf(monthOf(londonDay(clock.now())), deps.periodMonths);
      const priorities = await prioritiesOfPeriod(db, monthStart(period.start), ward.code);
      const releases = (await published()).slice(0, 6);
      const figures = await figuresOf(
        db,
        releases.map((r) => r.id),
      );
      return {
        code: ward.code,
        name: ward.name,
        periodName: periodName(period),
        priorities: priorities.map(priorityWords),
        results: releases.map((release) => ({
          month: release.month,
          monthName: monthName(release.month),
          publishedOn: londonDay(release.published_at ?? release.prepared_at),
          figures: figuresFor(figures.filter((f) => f.release_id === release.id && f.ward_code === ward.code)),
        })),
      };
    },

    /** Every published release, newest first, with when it was published. */
    async history() {
      return (await published()).map((release) => ({
        month: release.month,
        monthName: monthName(release.month),
        publishedOn: londonDay(release.published_at ?? release.prepared_at),
      }));
    },
  };
}

export type PublicDisclosureView = ReturnType<typeof createPublicDisclosureView>;
