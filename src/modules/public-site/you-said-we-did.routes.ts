import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { formatDay } from '../../platform/calendar.ts';
import { renderPage } from '../../platform/http/views.ts';
import { renderErrorPage } from './public-error-handler.ts';

// "You said, we did" (issue 16): per St Albans ward, the current neighbourhood priorities and
// the published monthly results. The pages read only what the disclosure module publishes
// (published, frozen snapshots of ward totals), handed in by main as this port; they never see
// live data, drafts or anything finer than a ward. No JavaScript: the ward is chosen by a link.

type Figure = { measure: string; label: string; value: number | null; suppressed: boolean };
export type YouSaidWeDidSource = {
  readonly threshold: number;
  wards(): readonly { code: string; name: string }[];
  ward(code: string): Promise<
    | {
        code: string;
        name: string;
        periodName: string;
        priorities: readonly { topic: string; actions: readonly string[] }[];
        results: readonly { month: string; monthName: string; publishedOn: string; figures: readonly Figure[] }[];
      }
    | undefined
  >;
  history(): Promise<readonly { month: string; monthName: string; publishedOn: string }[]>;
};

/** The pages, with one ward's (St Peters) standing for all: for the no-JS, weight and axe test lists. */
export const youSaidWeDidPaths = [
  '/you-said-we-did',
  '/you-said-we-did/E05004799',
  '/you-said-we-did/history',
] as const;
const wardParams = z.object({ ward: z.string().regex(/^E\d{8}$/) });

export function registerYouSaidWeDid(app: FastifyInstance, source: YouSaidWeDidSource): void {
  app.get('/you-said-we-did', async (_request, reply) =>
    renderPage(reply, 'you-said-we-did/index.njk', { wards: source.wards() }),
  );
  app.get('/you-said-we-did/history', async (_request, reply) =>
    renderPage(reply, 'you-said-we-did/history.njk', {
      releases: (await source.history()).map((r) => ({ ...r, publishedOn: formatDay(r.publishedOn) })),
    }),
  );
  app.get('/you-said-we-did/:ward', async (request, reply) => {
    const params = wardParams.safeParse(request.params);
    const ward = params.success ? await source.ward(params.data.ward) : undefined;
    if (!ward) return renderErrorPage(reply, 404);
    const [latest, ...earlier] = ward.results.map((r) => ({ ...r, publishedOn: formatDay(r.publishedOn) }));
    return renderPage(reply, 'you-said-we-did/ward.njk', {
      ward,
      latest,
      earlier,
      threshold: source.threshold,
    });
  });
}
