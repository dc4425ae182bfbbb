import { roleLabels } from '../access/index.ts';
import type { StaffUser } from './user.ts';

/** An account as administrators see it: never a hash, secret or token. */
export function presentUser(user: StaffUser) {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    status: user.status,
    roles: user.roles.map((role) => ({ role, label: roleLabels[role] })),
    teamIds: user.teamIds,
    partnerOrganisationId: user.partnerOrganisationId,
    setUp: user.hasPassword && user.hasTotp,
    lockedUntil: user.lockedUntil?.toISOString() ?? null,
    lastSignInAt: user.lastSignInAt?.toISOString() ?? null,
    createdAt: user.createdAt.toISOString(),
  };
}
