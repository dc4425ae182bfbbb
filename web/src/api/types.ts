// The shapes the staff API answers with (kept in step with the server's presenters).

export type RoleRef = { role: string; label: string };

export type Me = {
  id: string;
  displayName: string;
  roles: RoleRef[];
  permissions: string[];
  teamIds: string[];
  partnerOrganisationId: string | null;
};

export type SessionState =
  | { state: 'signed_in'; csrfToken: string; me: Me }
  | { state: 'second_factor'; csrfToken: string; methods: ('totp' | 'webauthn')[] }
  | { state: 'signed_out'; csrfToken: string; singleSignOn: { enabled: boolean; label: string } };

export type StaffUser = {
  id: string;
  email: string;
  displayName: string;
  status: 'active' | 'disabled';
  roles: RoleRef[];
  teamIds: string[];
  partnerOrganisationId: string | null;
  setUp: boolean;
  lockedUntil: string | null;
  lastSignInAt: string | null;
  createdAt: string;
};

export type Team = { id: string; name: string; description: string };
export type PartnerOrganisation = { id: string; name: string; kind: string };
export type RoleCatalogue = { roles: { role: string; label: string; permissions: string[] }[]; permissions: string[] };

export type Session = {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  authMethod: string;
  secondFactor: string | null;
  userAgent: string | null;
  current: boolean;
};

export type AuditEvent = {
  seq: string;
  occurredAt: string;
  actorType: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  subjectType: string | null;
  subjectId: string | null;
  reason: string | null;
  requestId: string | null;
  details: Record<string, unknown>;
};

export type Enrolment = { accountName: string; otpauthUri: string; secret: string; qrCodeDataUri: string };
