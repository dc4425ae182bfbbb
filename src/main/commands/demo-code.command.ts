import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadConfig } from '../../config/config.ts';
import { systemClock } from '../../platform/clock.ts';
import { currentDemoCode, demoAccountsFileName, parseDemoAccounts } from '../../synthetic/demo/index.ts';
import { UsageError, writeLine, type Command } from './command.ts';

export const demoCodeCommand: Command = {
  name: 'demo-code',
  summary: 'Print the sign-in code of a demo staff account now (development only)',
  usage: `linebreak demo-code <role or email>

  Reads LINEBREAK_DATA_DIR/${demoAccountsFileName}, written when the demo world was loaded, and
  prints the 6-digit code an authenticator app holding that account's secret would show now.
  Example: linebreak demo-code intelligence_analyst`,
  options: {},
  // Reading a file under the data folder, so it needs no database and works while `npm start` runs.
  // eslint-disable-next-line @typescript-eslint/require-await
  async run({ positionals }, io) {
    const wanted = positionals[0];
    if (wanted === undefined || positionals.length > 1) throw new UsageError('say which account: a role or an email');
    const config = loadConfig(io.env);
    if (config.env === 'production') throw new UsageError('there are no demo accounts in production');
    const file = join(resolve(config.dataDir), demoAccountsFileName);
    if (!existsSync(file)) {
      writeLine(
        io.stderr,
        `No demo accounts here: ${file} does not exist (it is written when a new embedded database loads the demo world).`,
      );
      return 1;
    }
    const account = parseDemoAccounts(readFileSync(file, 'utf8')).find(
      (candidate) => candidate.role === wanted || candidate.email === wanted.toLowerCase(),
    );
    if (!account) throw new UsageError(`no demo account "${wanted}" in ${file}`);
    writeLine(io.stdout, currentDemoCode(account, systemClock));
    return 0;
  },
};
