import { z } from 'zod';

// What the sign-in, setup and account routes answer: the contract the OpenAPI document and
// the web app's types are made from (route-schemas.ts checks every answer against these).

const roleRef = z.object({ role: z.string(), label: z.string() });

export const meResponse = z.object({
  id: z.string(),
  displayName: z.string(),
  roles: z.array(roleRef),
  permissions: z.array(z.string()),
  teamIds: z.array(z.string()),
  partnerOrganisationId: z.string().nullable(),
});

const secondFactors = z.array(z.enum(['totp', 'webauthn']));

export const sessionStateResponse = z.discriminatedUnion('state', [
  z.object({ state: z.literal('signed_in'), csrfToken: z.string(), me: meResponse }),
  z.object({ state: z.literal('second_factor'), csrfToken: z.string(), methods: secondFactors }),
  z.object({
    state: z.literal('signed_out'),
    csrfToken: z.string(),
    singleSignOn: z.object({ enabled: z.boolean(), label: z.string() }),
  }),
]);

export const secondFactorResponse = z.object({
  state: z.literal('second_factor'),
  methods: secondFactors,
  csrfToken: z.string(),
});
export const signedInResponse = z.object({ state: z.literal('signed_in'), csrfToken: z.string() });
export const revokedResponse = z.object({ revoked: z.number().int() });

export const sessionResponse = z.object({
  id: z.string(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  expiresAt: z.string(),
  authMethod: z.string(),
  secondFactor: z.string().nullable(),
  userAgent: z.string().nullable(),
  current: z.boolean(),
});

export const setupInspectResponse = z.object({
  firstAdministrator: z.boolean(),
  email: z.string().nullable(),
  displayName: z.string().nullable(),
});
export const enrolmentResponse = z.object({
  accountName: z.string(),
  otpauthUri: z.string(),
  secret: z.string(),
  qrCodeDataUri: z.string(),
});

/** WebAuthn options as @simplewebauthn builds them (a JSON object the browser API takes as is). */
export const webauthnOptionsResponse = z.record(z.string(), z.unknown());
export const securityKeyResponse = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
});
export const securityKeyCreatedResponse = securityKeyResponse.omit({ lastUsedAt: true });
