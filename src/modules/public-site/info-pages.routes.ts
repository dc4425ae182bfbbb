import type { FastifyInstance } from 'fastify';
import { renderPage } from '../../platform/http/views.ts';
import {
  cuckooingIndicators,
  defaultRetentionPolicy,
  exploitationIndicators,
  reportCategories,
  type RetentionPolicy,
} from '../reports/index.ts';

// Information pages written for St Albans district. The lists of signs come from the same
// controlled vocabulary as the report form's checklists, so the two never disagree.
export const infoPages = [
  { path: '/county-lines', template: 'info/county-lines.njk' },
  { path: '/signs-of-exploitation', template: 'info/signs-of-exploitation.njk' },
  { path: '/help-with-drugs', template: 'info/help-with-drugs.njk' },
  { path: '/how-we-protect-you', template: 'info/how-we-protect-you.njk' },
  { path: '/your-information', template: 'info/your-information.njk' },
] as const;

/** The local drug treatment service "Help if you use drugs" names (TREATMENT_SERVICE_* in configuration). */
export type TreatmentService = Readonly<{ name: string; phone: string | null; url: string | null }>;
export const defaultTreatmentService: TreatmentService = {
  name: 'Hertfordshire’s drug and alcohol services',
  phone: null,
  url: null,
};

export function registerInfoPages(
  app: FastifyInstance,
  retention: RetentionPolicy = defaultRetentionPolicy,
  treatmentService: TreatmentService = defaultTreatmentService,
): void {
  const context = {
    treatmentService,
    // Codes with their English labels; the templates show each in the page's language.
    cuckooingSigns: Object.entries(cuckooingIndicators).map(([code, text]) => ({ code, text })),
    exploitationSigns: Object.entries(exploitationIndicators).map(([code, text]) => ({ code, text })),
    // "How we use your information" states the review periods actually configured.
    reviewPeriods: {
      defaultDays: retention.defaultDays,
      safeguardingDays: retention.safeguardingDays,
      byCategory: Object.entries(retention.byCategory).map(([category, days]) => ({
        category,
        what: reportCategories[category as keyof typeof reportCategories],
        days,
      })),
    },
  };
  for (const page of infoPages) {
    app.get(page.path, async (_request, reply) => renderPage(reply, page.template, context));
  }
}
