import { randomUUID } from 'node:crypto';
import helmet from '@fastify/helmet';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Logger } from '../logging/logger.ts';
import { registerHealthRoutes, type ReadinessCheck } from './health.routes.ts';
import { registerRequestLogging } from './request-logging.ts';
import { registerSafeTextCheck } from './safe-text.ts';
import { contentSecurityPolicy } from './security-headers.ts';

export type ListenerKind = 'public' | 'staff';

export type BaseAppOptions = {
  readonly kind: ListenerKind;
  readonly logger: Logger;
  readonly readiness: ReadinessCheck;
  /** Staff listener behind a reverse proxy; the public listener never trusts or reads client addresses. */
  readonly trustProxyHops?: number;
  readonly bodyLimitBytes?: number;
  /** Staff listener: other origins the staff app may fetch from (a configured map server). */
  readonly extraConnectOrigins?: readonly string[];
};

// What both listeners share: request ids, security headers with a per-request CSP nonce,
// privacy-preserving request logs and health endpoints. Each site adds its own routes.
export async function createBaseApp(options: BaseAppOptions): Promise<FastifyInstance> {
  // Annotated as Fastify's logger interface so the instance keeps Fastify's default generics.
  const logger: FastifyBaseLogger = options.logger.child({ listener: options.kind });
  const app = Fastify({
    loggerInstance: logger,
    // Fastify's own request logs include the client address; ours (request-logging.ts) do not.
    logController: new LogController({ disableRequestLogging: true }),
    // Never echo or trust a client-supplied request id: it could be used to tag a reporter.
    requestIdHeader: false,
    genReqId: () => randomUUID(),
    trustProxy: trustProxyFor(options),
    bodyLimit: options.bodyLimitBytes ?? 1024 * 1024,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    routerOptions: { ignoreTrailingSlash: true },
  });

  await app.register(helmet, {
    enableCSPNonces: true,
    contentSecurityPolicy: { directives: contentSecurityPolicy(options.kind, options.extraConnectOrigins ?? []) },
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginEmbedderPolicy: false,
    strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
  });
  registerRequestLogging(app, options.kind);
  registerSafeTextCheck(app);
  registerHealthRoutes(app, options.readiness);
  return app;
}

function trustProxyFor(options: BaseAppOptions): (address: string, hop: number) => boolean {
  const hops = options.kind === 'staff' ? (options.trustProxyHops ?? 0) : 0;
  return (_address, hop) => hop < hops;
}
