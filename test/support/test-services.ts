import { after, before } from 'node:test';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { loadConfig, type Config } from '../../src/config/config.ts';
import { createServices, type Services } from '../../src/main/services.ts';
import { fixedClock, type Clock } from '../../src/platform/clock.ts';
import { generateTestKeys } from '../../src/platform/crypto/keys.ts';
import { createLogger } from '../../src/platform/logging/logger.ts';
import { createTestDatabase, type TestDatabase } from './test-database.ts';

/** Everything a logger wrote during a test, one parsed JSON object per line. */
export type CapturedLogs = { readonly lines: string[]; text(): string };

export type TestSystem = {
  readonly services: Services;
  readonly database: TestDatabase;
  readonly config: Config;
  readonly clock: Clock & { advance(ms: number): void };
  readonly logs: CapturedLogs;
  close(): Promise<void>;
};

export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({ LINEBREAK_ENV: 'test', LOG_LEVEL: 'info', LINEBREAK_DATA_DIR: '/nonexistent', ...overrides });
}

export type TestSystemOptions = { config?: Config; database?: TestDatabase };

/** Real services over a fresh database, with a hand-moved clock and logs kept in memory. */
export async function createTestSystem(options: TestSystemOptions = {}): Promise<TestSystem> {
  const config = options.config ?? testConfig();
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      lines.push(
        ...chunk
          .toString('utf8')
          .split('\n')
          .filter((line) => line !== ''),
      );
      callback();
    },
  });
  const logger = createLogger({ level: config.logLevel, destination });
  const database = options.database ?? (await createTestDatabase());
  const clock = fixedClock(new Date('2026-11-26T10:00:00Z'));
  const services = await createServices({ config, database, clock, keys: generateTestKeys(), logger });
  return {
    services,
    database,
    config,
    clock,
    logs: { lines, text: () => lines.join('\n') },
    close: () => database.close(),
  };
}

export type AppUnderTest = { readonly system: TestSystem; readonly app: FastifyInstance };

/**
 * A listener over a fresh test system (made with `options`) for the tests of the enclosing describe
 * (or file): made by `create` in `before`, closed with its system in `after`. Read `.app` and
 * `.system` inside the tests.
 */
export function useAppOverTestSystem(
  create: (system: TestSystem) => Promise<FastifyInstance>,
  options: TestSystemOptions = {},
): AppUnderTest {
  let system: TestSystem | undefined;
  let app: FastifyInstance | undefined;
  before(async () => {
    system = await createTestSystem(options);
    app = await create(system);
  });
  after(async () => {
    await app?.close();
    await system?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('read .app and .system inside a test, not before it');
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
