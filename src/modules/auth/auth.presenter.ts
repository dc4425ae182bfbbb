import { roleLabels, type StaffActor } from '../access/index.ts';
import type { SessionSummary } from './session.service.ts';

/** What the web app may know about the signed-in person: no credentials, no session token. */
export function presentMe(actor: StaffActor) {
  return {
    id: actor.userId,
    displayName: actor.displayName,
    roles: actor.roles.map((role) => ({ role, label: roleLabels[role] })),
    permissions: [...actor.permissions].sort(),
    teamIds: actor.teamIds,
    partnerOrganisationId: actor.partnerOrganisationId,
  };
}

export function presentSession(session: SessionSummary, currentSessionId: string | undefined) {
  return {
    id: session.id,
    createdAt: session.createdAt.toISOString(),
    lastSeenAt: session.lastSeenAt.toISOString(),
    expiresAt: session.expiresAt.toISOString(),
    authMethod: session.authMethod,
    secondFactor: session.secondFactor,
    userAgent: session.userAgent,
    current: session.id === currentSessionId,
  };
}
