import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Clock } from '../../platform/clock.ts';
import { commandLineActor, type Role, roleLabels } from '../../modules/access/index.ts';
import { type AuthServices, base32Decode, totpCode, totpStep } from '../../modules/auth/index.ts';
import type { TeamService, UserService } from '../../modules/users/index.ts';

/** One staff account per role a newcomer will want to look around as. */
export const demoAccountRoles: readonly Role[] = [
  'intelligence_analyst',
  'intelligence_supervisor',
  'safeguarding_lead',
  'officer',
  'call_handler',
  'partner_agency',
  'administrator',
];

/** The fictional drug treatment service, and its key worker's account (a partner-agency user there). */
export const demoTreatmentServiceName = 'Demo Recovery Service (fictional)';
export const demoTreatmentServiceEmail = 'treatment.service@demo.linebreak.invalid';

export type DemoAccount = {
  /** Set when the account was just created (not read back from the file). */
  readonly userId?: string;
  readonly role: Role;
  readonly email: string;
  readonly password: string;
  /** The TOTP secret in base32, as authenticator apps take it. */
  readonly totpSecret: string;
  readonly otpauthUri: string;
};

export const demoAccountsFileName = 'demo-accounts.txt';

/**
 * Creates the demo staff accounts of a brand-new embedded development database (the caller
 * checks that), each through its real setup link with a password and an authenticator secret
 * generated now, at random: no demo password exists anywhere before this moment, and two
 * installs never share one. Two-factor sign-in stays mandatory. The secrets are written only to
 * `<dataDir>/demo-accounts.txt`, readable by this user alone (0600); nothing secret is logged.
 */
export async function createDemoAccounts(
  deps: { users: UserService; teams: TeamService; auth: AuthServices; clock: Clock },
  dataDir: string,
  /** The demo unit's teams each role joins (none by default). */
  teamIdsFor: (role: Role) => string[] = () => [],
): Promise<{ accounts: DemoAccount[]; file: string }> {
  const actor = commandLineActor('demo-world');
  const accounts: DemoAccount[] = [];
  // A partner user belongs to a partner organisation: a fictional school for the demo, and a
  // second partner account at the fictional drug treatment service, which records the progress of
  // the people referred to it (the demo casework refers them there).
  const school = await deps.teams.createPartnerOrganisation(actor, {
    name: 'Demo Academy (fictional school)',
    kind: 'education',
  });
  const treatmentService = await deps.teams.createPartnerOrganisation(actor, {
    name: demoTreatmentServiceName,
    kind: 'drug_treatment',
  });
  const create = async (role: Role, email: string, displayName: string, partnerOrganisationId: string | null) => {
    const { user, setupLink } = await deps.users.createUser(actor, {
      email,
      displayName,
      roles: [role],
      teamIds: teamIdsFor(role),
      partnerOrganisationId,
    });
    const token = new URL(setupLink).searchParams.get('token') ?? '';
    const password = randomBytes(18).toString('base64url');
    const enrolment = await deps.auth.setup.start(token, { password });
    const secret = base32Decode(enrolment.secret);
    // Completing setup needs one code, as a person would type it; it is not written anywhere.
    await deps.auth.setup.finish(token, totpCode(secret, totpStep(deps.clock.now())), {});
    accounts.push({
      userId: user.id,
      role,
      email,
      password,
      totpSecret: enrolment.secret,
      otpauthUri: enrolment.otpauthUri,
    });
  };
  for (const role of demoAccountRoles) {
    await create(
      role,
      `${role.replaceAll('_', '.')}@demo.linebreak.invalid`,
      `Demo ${roleLabels[role].toLowerCase()}`,
      role === 'partner_agency' ? school.id : null,
    );
  }
  await create('partner_agency', demoTreatmentServiceEmail, 'Demo treatment key worker', treatmentService.id);
  const folder = resolve(dataDir);
  mkdirSync(folder, { recursive: true });
  const file = join(folder, demoAccountsFileName);
  writeFileSync(file, formatDemoAccounts(accounts), { mode: 0o600 });
  chmodSync(file, 0o600);
  return { accounts, file };
}

export function formatDemoAccounts(accounts: readonly DemoAccount[]): string {
  return [
    '# Linebreak demo staff accounts: fictional data only. Keep this file private (mode 0600).',
    '# Sign in on the staff site with the email and password, then the 6-digit code from an',
    '# authenticator app holding the secret (or: npm run -s linebreak -- demo-code <role or email>).',
    '',
    ...accounts.flatMap((account) => [
      `[${account.role}] ${roleLabels[account.role]}`,
      `email    = ${account.email}`,
      `password = ${account.password}`,
      `totp     = ${account.totpSecret}`,
      `otpauth  = ${account.otpauthUri}`,
      '',
    ]),
  ].join('\n');
}

/** Reads the accounts back from the file (for `linebreak demo-code`). */
export function parseDemoAccounts(text: string): DemoAccount[] {
  const accounts: DemoAccount[] = [];
  for (const block of text.split(/\n(?=\[)/)) {
    const role = /^\[([a-z_]+)\]/m.exec(block)?.[1];
    const field = (name: string) => new RegExp(`^${name}\\s*=\\s*(\\S+)$`, 'm').exec(block)?.[1];
    const [email, password, totpSecret, otpauthUri] = ['email', 'password', 'totp', 'otpauth'].map(field);
    if (role && email && password && totpSecret && otpauthUri) {
      accounts.push({ role: role as Role, email, password, totpSecret, otpauthUri });
    }
  }
  return accounts;
}

/** The code an authenticator app would show now for one of the demo accounts. */
export function currentDemoCode(account: DemoAccount, clock: Clock): string {
  return totpCode(base32Decode(account.totpSecret), totpStep(clock.now()));
}
