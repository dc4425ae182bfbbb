import { after, before } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { createPublicApp } from '../../src/main/public-app.ts';
import { createTestSystem, type TestSystem } from './test-services.ts';

export type PublicAppUnderTest = { readonly system: TestSystem; readonly app: FastifyInstance };

/**
 * The public listener over a fresh test database, for the tests of the enclosing describe (or file):
 * started in `before`, closed in `after`. Read `.app` and `.system` inside the tests.
 */
export function usePublicApp(options: Parameters<typeof createPublicApp>[1] = {}): PublicAppUnderTest {
  let system: TestSystem | undefined;
  let app: FastifyInstance | undefined;
  before(async () => {
    system = await createTestSystem();
    app = await createPublicApp(system.services, options);
  });
  after(async () => {
    await app?.close();
    await system?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('usePublicApp: read .app and .system inside a test, not before');
    return value;
  };
  return {
    get system() {
      return started(system);
    },
    get app() {
      return started(app);
    },
  };
}
