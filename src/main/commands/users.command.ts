import { userInfo } from 'node:os';
import { loadConfig } from '../../config/config.ts';
import { commandLineActor, type Role, roles } from '../../modules/access/index.ts';
import { systemClock } from '../../platform/clock.ts';
import { loadKeys } from '../../platform/crypto/keys.ts';
import { AppError } from '../../platform/http/app-errors.ts';
import { createLogger } from '../../platform/logging/logger.ts';
import { openConfiguredDatabase, prepareSchema } from '../database.ts';
import { createServices, type Services } from '../services.ts';
import { UsageError, writeLine, type Command, type CommandIo } from './command.ts';

const actions = ['list', 'add', 'disable', 'enable', 'reset'] as const;

export const usersCommand: Command = {
  name: 'users',
  summary: 'Manage staff accounts from the server (administrators)',
  usage: `linebreak users list
linebreak users add EMAIL --name "Full Name" --role ROLE [--role ROLE…] [--team NAME…] [--partner-organisation NAME]
linebreak users disable EMAIL
linebreak users enable EMAIL
linebreak users reset EMAIL

  add      creates an account and prints its one-time setup link (valid 24 hours), with
           which the person chooses a password and enrols an authenticator app
  disable  stops the account signing in and ends its sessions
  enable   lets a disabled account sign in again
  reset    forgets the password and second factors, ends every session and prints a new
           setup link

  Roles: ${roles.join(', ')}.
  Every change is recorded in the audit trail as made by the command line.`,
  options: {
    name: { type: 'string' },
    role: { type: 'string', multiple: true },
    team: { type: 'string', multiple: true },
    'partner-organisation': { type: 'string' },
  },
  async run({ values, positionals }, io) {
    const [action, target, extra] = positionals;
    if (!actions.includes(action as (typeof actions)[number])) {
      throw new UsageError(action ? `unknown users action "${action}"` : `say what to do: ${actions.join(', ')}`);
    }
    if (extra !== undefined) throw new UsageError(`unexpected argument: ${extra}`);
    if (action !== 'list' && target === undefined) {
      throw new UsageError(`users ${String(action)} needs an email address`);
    }
    const config = loadConfig(io.env);
    const database = await openConfiguredDatabase(config);
    try {
      await prepareSchema(database);
      const logger = createLogger({ level: 'silent' });
      const services = await createServices({ config, database, clock: systemClock, keys: loadKeys(config), logger });
      return await runAction(services, String(action), target ?? '', values, io);
    } catch (error) {
      // A refusal the operator can fix (unknown email, last administrator…) is one line, exit 1.
      if (error instanceof AppError && error.status < 500) {
        const fields = error.fieldErrors.map((field) => ` ${field.message}.`).join('');
        writeLine(io.stderr, `linebreak users: ${error.message}.${fields}`);
        return 1;
      }
      throw error;
    } finally {
      await database.close();
    }
  },
};

async function runAction(
  services: Services,
  action: string,
  target: string,
  values: Record<string, unknown>,
  io: CommandIo,
): Promise<number> {
  const actor = commandLineActor(operatorName(io));
  switch (action) {
    case 'list': {
      for (const user of await services.users.listUsers(actor)) {
        const state =
          user.status === 'disabled' ? 'disabled' : user.hasPassword && user.hasTotp ? 'active' : 'not set up';
        writeLine(io.stdout, `${user.email}\t${user.displayName}\t${user.roles.join(',')}\t${state}`);
      }
      return 0;
    }
    case 'add': {
      const name = typeof values.name === 'string' ? values.name : '';
      if (name.trim() === '') throw new UsageError('users add needs --name "Full Name"');
      const wanted = (values.role as string[] | undefined) ?? [];
      const unknown = wanted.filter((role) => !roles.includes(role as Role));
      if (wanted.length === 0 || unknown.length > 0) {
        throw new UsageError(
          `give --role one or more of: ${roles.join(', ')}${unknown.length ? ` (not ${unknown.join(', ')})` : ''}`,
        );
      }
      const teams = await services.teams.listTeams(actor);
      const teamIds = ((values.team as string[] | undefined) ?? []).map((teamName) => {
        const team = teams.find((candidate) => candidate.name === teamName);
        if (!team) throw new UsageError(`no team named "${teamName}"`);
        return team.id;
      });
      const organisationName = values['partner-organisation'];
      let partnerOrganisationId: string | null = null;
      if (typeof organisationName === 'string') {
        const organisation = (await services.teams.listPartnerOrganisations(actor)).find(
          (candidate) => candidate.name === organisationName,
        );
        if (!organisation) throw new UsageError(`no partner organisation named "${organisationName}"`);
        partnerOrganisationId = organisation.id;
      }
      const { user, setupLink } = await services.users.createUser(actor, {
        email: target,
        displayName: name,
        roles: wanted as Role[],
        teamIds,
        partnerOrganisationId,
      });
      writeLine(io.stdout, `Created ${user.email} (${user.roles.join(', ')}).`);
      writeLine(io.stdout, `One-time setup link, valid for 24 hours: ${setupLink}`);
      return 0;
    }
    case 'disable': {
      const user = await services.users.disableUser(actor, (await services.users.findUser(actor, target)).id);
      writeLine(io.stdout, `Disabled ${user.email}; their sessions have ended.`);
      return 0;
    }
    case 'enable': {
      const user = await services.users.enableUser(actor, (await services.users.findUser(actor, target)).id);
      writeLine(io.stdout, `Enabled ${user.email}.`);
      return 0;
    }
    default: {
      const { user, setupLink } = await services.users.resetUser(
        actor,
        (await services.users.findUser(actor, target)).id,
      );
      writeLine(io.stdout, `Reset ${user.email}: password and second factors removed, sessions ended.`);
      writeLine(io.stdout, `One-time setup link, valid for 24 hours: ${setupLink}`);
      return 0;
    }
  }
}

function operatorName(io: CommandIo): string {
  try {
    return userInfo().username;
  } catch {
    return io.env.USER ?? 'unknown';
  }
}
