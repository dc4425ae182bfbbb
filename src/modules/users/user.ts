import type { Role } from '../access/index.ts';

// Staff accounts, teams and partner organisations: types and the rules that need no database.

export const partnerOrganisationKinds = [
  'childrens_social_care',
  'adult_social_care',
  'drug_treatment',
  'housing',
  'health',
  'education',
  'youth_justice',
  'other',
] as const;
export type PartnerOrganisationKind = (typeof partnerOrganisationKinds)[number];

export type StaffUser = {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly status: 'active' | 'disabled';
  readonly roles: readonly Role[];
  readonly teamIds: readonly string[];
  readonly partnerOrganisationId: string | null;
  readonly hasPassword: boolean;
  readonly hasTotp: boolean;
  readonly lockedUntil: Date | null;
  readonly lastSignInAt: Date | null;
  readonly createdAt: Date;
};

export type Team = { readonly id: string; readonly name: string; readonly description: string };
export type PartnerOrganisation = {
  readonly id: string;
  readonly name: string;
  readonly kind: PartnerOrganisationKind;
};

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * A partner-agency user belongs to exactly one partner organisation and holds no police
 * role: mixing the two would let a police permission reach someone outside the force.
 */
export function checkRoleCombination(
  roles: readonly Role[],
  partnerOrganisationId: string | null,
): { field: string; message: string }[] {
  if (roles.length === 0) return [{ field: 'roles', message: 'Choose at least one role' }];
  const isPartner = roles.includes('partner_agency');
  if (isPartner && partnerOrganisationId === null) {
    return [{ field: 'partnerOrganisationId', message: 'A partner-agency user needs a partner organisation' }];
  }
  if (isPartner && roles.length > 1) {
    return [{ field: 'roles', message: 'A partner-agency user cannot also hold a police role' }];
  }
  if (!isPartner && partnerOrganisationId !== null) {
    return [{ field: 'partnerOrganisationId', message: 'Only partner-agency users belong to a partner organisation' }];
  }
  return [];
}
