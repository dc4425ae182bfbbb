// The server a crash test kills: `linebreak serve public` as wired in src/main/server.ts (the
// configured database, migrations, the same services and public app, jobs off), with the
// journey's global rate limits raised, since the test sends in seconds what they allow in
// an hour. Prints {"url": …} on stdout once listening. Configuration comes from the environment.
import { loadConfig } from '../../src/config/config.ts';
import { openConfiguredDatabase, prepareSchema } from '../../src/main/database.ts';
import { createPublicApp } from '../../src/main/public-app.ts';
import { createServices } from '../../src/main/services.ts';
import { defaultJourneyLimits } from '../../src/modules/public-report/index.ts';
import { systemClock } from '../../src/platform/clock.ts';
import { loadKeys } from '../../src/platform/crypto/keys.ts';
import { migrateToLatest } from '../../src/platform/db/migrator.ts';
import { createLogger } from '../../src/platform/logging/logger.ts';

const config = loadConfig(process.env);
const logger = createLogger({ level: config.logLevel });
const database = await openConfiguredDatabase(config);
if (database.engine === 'postgresql') await migrateToLatest(database.db);
else await prepareSchema(database);
const services = await createServices({ config, database, clock: systemClock, keys: loadKeys(config), logger });
const app = await createPublicApp(services, {
  limits: {
    ...defaultJourneyLimits,
    startsPerMinute: 1_000_000,
    pageSavesPerMinute: 1_000_000,
    submitsWithoutProofPerMinute: 1_000_000,
  },
});
const url = await app.listen({ host: '127.0.0.1', port: 0 });
process.stdout.write(`${JSON.stringify({ url })}\n`);
