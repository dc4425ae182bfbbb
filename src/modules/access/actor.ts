import { AppError } from '../../platform/http/app-errors.ts';
import { permissionsOf, type Permission, type Role } from './roles.ts';

/**
 * The signed-in member of staff on whose behalf a service acts. Every staff service method
 * takes one as its first argument and checks it there; routes only resolve it from the
 * session. Partner-agency users belong to exactly one partner organisation.
 */
export type StaffActor = {
  readonly userId: string;
  readonly displayName: string;
  readonly roles: readonly Role[];
  readonly teamIds: readonly string[];
  readonly partnerOrganisationId: string | null;
  readonly permissions: ReadonlySet<Permission>;
  /** The request this action belongs to, recorded in the audit trail. */
  readonly requestId?: string;
};

export function buildActor(fields: Omit<StaffActor, 'permissions'>): StaffActor {
  return { ...fields, permissions: permissionsOf(fields.roles) };
}

export function can(actor: StaffActor, permission: Permission): boolean {
  return actor.permissions.has(permission);
}

/** Throws `forbidden` unless the actor holds the permission. */
export function requirePermission(actor: StaffActor, permission: Permission): void {
  if (!can(actor, permission)) {
    throw new AppError('forbidden', `Requires the ${permission} permission`);
  }
}

/** A sensitive read needs a stated reason, kept in the audit trail. */
export function requireReason(reason: string | undefined): string {
  const trimmed = reason?.trim() ?? '';
  if (trimmed.length < 5) {
    throw new AppError('validation_failed', 'Give a reason for viewing this information', [
      { field: 'reason', message: 'Give a reason of at least 5 characters' },
    ]);
  }
  return trimmed;
}
