import type { FastifyInstance } from 'fastify';

export type ReadinessCheck = () => Promise<{ ready: boolean; database: string }>;

// /healthz: the process is up (liveness). /readyz: it can reach its database (readiness).
export function registerHealthRoutes(app: FastifyInstance, readiness: ReadinessCheck): void {
  app.get('/healthz', async (_request, reply) => {
    return reply.header('cache-control', 'no-store').send({ status: 'ok' });
  });
  app.get('/readyz', async (_request, reply) => {
    const result = await readiness().catch(() => ({ ready: false, database: 'unreachable' }));
    return reply
      .header('cache-control', 'no-store')
      .code(result.ready ? 200 : 503)
      .send({ status: result.ready ? 'ready' : 'not ready', database: result.database });
  });
}
