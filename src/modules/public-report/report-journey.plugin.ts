import formbody from '@fastify/formbody';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import type { FastifyError, FastifyInstance } from 'fastify';
import { AppError } from '../../platform/http/app-errors.ts';
import { htmlErrorHandler, renderErrorPage } from '../public-site/index.ts';
import { maxPhotoBytes, maxPhotosPerReport } from '../reports/index.ts';
import { registerFollowUpRoutes } from './follow-up.routes.ts';
import {
  formTokenRefused,
  type JourneyContext,
  type JourneyDeps,
  type JourneySettings,
  type Limiter,
} from './journey-context.ts';
import { registerJourneyRoutes } from './journey.routes.ts';
import { registerLeaveRoutes } from './leave.routes.ts';
import { maxFormBodyBytes, type JourneyLimits } from './limits.ts';
import { registerSubmitRoutes } from './submit.routes.ts';

export const reportJourneyViewsDir = new URL('./views/', import.meta.url).pathname;

/**
 * The report journey as a Fastify plugin, mounted with a prefix: on the public listener at
 * /report (anonymous reporters) and on the staff listener at /phone-report (call handlers
 * keying a 101 or Crimestoppers call through the same pages).
 */
export async function reportJourneyPlugin(
  app: FastifyInstance,
  options: { deps: JourneyDeps; settings: JourneySettings },
): Promise<void> {
  const { deps, settings } = options;
  if (!app.hasContentTypeParser('application/x-www-form-urlencoded')) {
    await app.register(formbody, { bodyLimit: maxFormBodyBytes });
  }
  await app.register(multipart, {
    throwFileSizeLimit: false,
    limits: { fileSize: maxPhotoBytes, files: maxPhotosPerReport, fields: 30, fieldSize: 64 * 1024, parts: 40 },
  });
  await app.register(rateLimit, { global: false });

  const limiter = (name: string, max: number): Limiter => {
    const limit = app.createRateLimit({ keyGenerator: () => `${settings.channel}:${name}`, max, timeWindow: 60_000 });
    return async (request) => {
      const result = await limit(request);
      return !result.isAllowed && result.isExceeded;
    };
  };
  const { proofOfWorkBits, ...perMinute } = settings.limits;
  const limiters = Object.fromEntries(
    Object.entries(perMinute).map(([name, max]) => [name, limiter(name, max)]),
  ) as Record<keyof Omit<JourneyLimits, 'proofOfWorkBits'>, Limiter>;

  const context: JourneyContext = {
    ...deps,
    ...settings,
    limiters,
    proofOfWork: deps.proofOfWorkFor(proofOfWorkBits),
  };

  // Phone channel: every route needs a signed-in call handler (401 without one, 403 without
  // the permission), checked before anything is read from the request.
  if (settings.authorise) {
    const authorise = settings.authorise;
    app.addHook('preHandler', (request, _reply, done) => {
      try {
        authorise(request);
        done();
      } catch (error) {
        done(error as Error);
      }
    });
  }
  // No per-request log lines for the public journey: a log of when someone was filling in or
  // sending a report, however anonymous, could help identify them. Failures are still logged.
  // Staff keying a phone report are logged like any other staff request.
  if (settings.channel === 'web') {
    app.addHook('onRoute', (route) => {
      route.config = { ...route.config, logRequests: false };
    });
  }
  app.setErrorHandler(async (error: FastifyError | AppError, request, reply) => {
    // A refused form token is "this form has expired"; any other 403 here is a member of staff
    // without the call handler permission, and is told so.
    if (error instanceof AppError && error.code === 'forbidden' && error.message !== formTokenRefused) {
      return renderErrorPage(
        reply,
        403,
        settings.channel === 'partner'
          ? {
              title: 'You cannot make referrals here',
              message: 'Referrals from partner agencies need a partner agency account. Ask your administrator.',
            }
          : {
              title: 'You cannot key phone reports',
              message:
                'Keying a report taken by phone needs the call handler role. Ask your supervisor if you need it.',
            },
      );
    }
    return htmlErrorHandler(error, request, reply);
  });

  registerJourneyRoutes(app, context);
  registerSubmitRoutes(app, context);
  if (settings.followUp) registerFollowUpRoutes(app, context);
  if (settings.channel === 'web') registerLeaveRoutes(app, context);
}
