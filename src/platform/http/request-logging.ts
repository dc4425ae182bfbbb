import type { FastifyInstance } from 'fastify';
import type { ListenerKind } from './create-app.ts';

declare module 'fastify' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- augmentation merges into an interface
  interface FastifyContextConfig {
    /** false: write no per-request log line for this route (errors are still logged by the error handler). */
    logRequests?: boolean;
  }
}

// One line per request. The route pattern is logged rather than the URL, so neither query
// strings nor record ids reach the public listener's logs; nothing about the client
// (address, user agent, referer, cookies) is ever read here.
export function registerRequestLogging(app: FastifyInstance, kind: ListenerKind): void {
  app.addHook('onResponse', (request, reply, done) => {
    if (request.routeOptions.config.logRequests === false) {
      done();
      return;
    }
    const route = request.routeOptions.url ?? '(no route)';
    request.log.info(
      {
        method: request.method,
        route,
        statusCode: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
        ...(kind === 'staff' ? { path: request.url.split('?')[0] } : {}),
      },
      'request completed',
    );
    done();
  });
}
