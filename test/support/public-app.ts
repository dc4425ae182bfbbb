import { createPublicApp } from '../../src/main/public-app.ts';
import { infoPages } from '../../src/modules/public-site/info-pages.routes.ts';
import { youSaidWeDidPaths } from '../../src/modules/public-site/you-said-we-did.routes.ts';
import { useAppOverTestSystem, type AppUnderTest } from './test-services.ts';

export type PublicAppUnderTest = AppUnderTest;

/**
 * The public listener over a fresh test database, for the tests of the enclosing describe (or file):
 * started in `before`, closed in `after`. Read `.app` and `.system` inside the tests.
 */
export function usePublicApp(options: Parameters<typeof createPublicApp>[1] = {}): PublicAppUnderTest {
  return useAppOverTestSystem((system) => createPublicApp(system.services, options));
}

/** Every page a visitor can read without starting a report. */
export const readOnlyPages = [
  '/',
  ...infoPages.map((page) => page.path),
  ...youSaidWeDidPaths,
  '/report',
  '/report/follow-up',
  '/report/session-ended',
  '/no-such-page',
];
