import { loadConfig } from '../../config/config.ts';
import { createLogger } from '../../platform/logging/logger.ts';
import { startSystem, type ListenerSelection } from '../server.ts';
import { UsageError, writeLine, type Command } from './command.ts';

const selections: readonly ListenerSelection[] = ['all', 'public', 'staff'];

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Run the public site, the staff site, or both (the default)',
  usage: `linebreak serve [all|public|staff] [--no-jobs] [--no-demo]

  all      both listeners in one process (what \`npm start\` runs)
  public   only the public reporting site (PUBLIC_HOST:PUBLIC_PORT)
  staff    only the staff site and API (STAFF_HOST:STAFF_PORT), for an internal network

  --no-jobs  do not run background jobs here (run \`linebreak worker\` instead; PostgreSQL only)
  --no-demo  do not load the demo world into a new embedded database (it never loads in production)`,
  options: { 'no-jobs': { type: 'boolean' }, 'no-demo': { type: 'boolean' } },
  async run({ values, positionals }, io) {
    if (positionals.length > 1) throw new UsageError(`unexpected argument: ${String(positionals[1])}`);
    const selection = (positionals[0] ?? 'all') as ListenerSelection;
    if (!selections.includes(selection)) {
      throw new UsageError(`unknown listener "${selection}": choose all, public or staff`);
    }
    const config = loadConfig(io.env);
    const logger = createLogger({ level: config.logLevel });
    const system = await startSystem({
      config,
      logger,
      listeners: selection,
      runJobs: values['no-jobs'] !== true,
      loadDemo: values['no-demo'] !== true,
    });
    const database = config.databaseUrl === undefined ? `embedded PGlite in ${config.dataDir}` : 'PostgreSQL';
    writeLine(io.stdout, `Linebreak is running on ${database}.`);
    if (system.addresses.public) writeLine(io.stdout, `  Public reporting site: ${system.addresses.public}`);
    if (system.addresses.staff) writeLine(io.stdout, `  Staff site and API:    ${system.addresses.staff}`);
    if (system.demoReports > 0) {
      writeLine(
        io.stdout,
        `Loaded the demo world: ${String(system.demoReports)} fictional reports (start with --no-demo to skip).`,
      );
    }
    if (system.demoAccountsFile !== undefined) {
      // Only where the secrets are: the passwords themselves never reach the terminal or a log.
      writeLine(
        io.stdout,
        `Demo staff accounts, one per role (passwords and authenticator secrets): ${system.demoAccountsFile}`,
      );
    }
    // No default password ever exists: until there is an administrator, each start prints a
    // fresh one-time link (stdout, not the log) and the previous one stops working.
    // Without STAFF_BASE_URL the link points at the address actually listened on.
    const staffBase = io.env.STAFF_BASE_URL ? config.staffListener.baseUrl : system.addresses.staff;
    const setupLink = staffBase ? await system.services.auth.setup.ensureFirstAdministratorLink(staffBase) : null;
    if (setupLink !== null) writeLine(io.stdout, `First administrator setup: ${setupLink}`);
    writeLine(io.stdout, 'Press Ctrl+C to stop.');
    await waitForSignal();
    writeLine(io.stdout, 'Stopping: finishing requests in flight…');
    await system.stop();
    logger.flush();
    return 0;
  },
};

function waitForSignal(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
