import { readFileSync } from 'node:fs';
import { ConfigError } from '../config/config.ts';
import { DatabaseUnavailableError } from '../platform/db/database-errors.ts';
import { MigrationFailedError } from '../platform/db/migrator.ts';
import { auditCommand } from './commands/audit.command.ts';
import { contextCommand } from './commands/context.command.ts';
import { backupCommand, restoreCommand } from './commands/backup.command.ts';
import { extractCommand } from './commands/extract.command.ts';
import { dbCommand } from './commands/db.command.ts';
import { demoCodeCommand } from './commands/demo-code.command.ts';
import { parseCommandArgs, UsageError, writeLine, type Command, type CommandIo } from './commands/command.ts';
import { migrateCommand } from './commands/migrate.command.ts';
import { personsCommand } from './commands/persons.command.ts';
import { poleCommand } from './commands/pole.command.ts';
import { serveCommand } from './commands/serve.command.ts';
import { usersCommand } from './commands/users.command.ts';
import { workerCommand } from './commands/worker.command.ts';
import { worldCommand } from './commands/world.command.ts';
import { StartupError } from './server.ts';

export const commands: readonly Command[] = [
  serveCommand,
  migrateCommand,
  workerCommand,
  auditCommand,
  backupCommand,
  restoreCommand,
  extractCommand,
  worldCommand,
  usersCommand,
  dbCommand,
  poleCommand,
  personsCommand,
  contextCommand,
  demoCodeCommand,
];

const version = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

export function generalUsage(): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  return [
    'Usage: linebreak <command> [options]',
    '',
    'Commands:',
    ...commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    'Run `linebreak <command> --help` for a command’s options.',
    'Configuration comes from environment variables: see README.md.',
  ].join('\n');
}

// Errors an operator can act on are printed as one line; anything else is a bug and keeps
// its stack trace.
export async function runCli(argv: readonly string[], io: CommandIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? commands.find((command) => command.name === rest[0]) : undefined;
    writeLine(io.stdout, topic ? topic.usage : generalUsage());
    return 0;
  }
  if (name === '--version' || name === '-v') {
    writeLine(io.stdout, version);
    return 0;
  }
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) {
    writeLine(io.stderr, `linebreak: unknown command "${name}"\n\n${generalUsage()}`);
    return 2;
  }
  try {
    const parsed = parseCommandArgs(command, rest);
    if (parsed.values.help === true) {
      writeLine(io.stdout, command.usage);
      return 0;
    }
    return await command.run(parsed, io);
  } catch (error) {
    if (error instanceof UsageError) {
      writeLine(io.stderr, `linebreak ${command.name}: ${error.message}\n\n${command.usage}`);
      return 2;
    }
    if (
      error instanceof ConfigError ||
      error instanceof DatabaseUnavailableError ||
      error instanceof MigrationFailedError ||
      error instanceof StartupError
    ) {
      writeLine(io.stderr, `linebreak ${command.name}: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

if (import.meta.main) {
  const code = await runCli(process.argv.slice(2), {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
  });
  process.exitCode = code;
}
