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

// WebAuthn options as @simplewebauthn/server builds them, described field by field as the
// browser's navigator.credentials API reads them (PublicKeyCredential*OptionsJSON).
const credentialDescriptor = z.object({
  id: z.string(),
  type: z.literal('public-key'),
  transports: z.array(z.enum(['ble', 'cable', 'hybrid', 'internal', 'nfc', 'smart-card', 'usb'])).optional(),
});
const optionHints = z.array(z.enum(['hybrid', 'security-key', 'client-device'])).optional();
const userVerification = z.enum(['discouraged', 'preferred', 'required']);
const extensions = z.object({ credProps: z.boolean().optional() }).optional();

/** Options to register a new security key (navigator.credentials.create). */
export const webauthnRegistrationOptionsResponse = z.object({
  rp: z.object({ id: z.string().optional(), name: z.string() }),
  user: z.object({ id: z.string(), name: z.string(), displayName: z.string() }),
  challenge: z.string(),
  pubKeyCredParams: z.array(z.object({ alg: z.number(), type: z.literal('public-key') })),
  timeout: z.number().optional(),
  excludeCredentials: z.array(credentialDescriptor).optional(),
  authenticatorSelection: z
    .object({
      authenticatorAttachment: z.enum(['cross-platform', 'platform']).optional(),
      requireResidentKey: z.boolean().optional(),
      residentKey: z.enum(['discouraged', 'preferred', 'required']).optional(),
      userVerification: userVerification.optional(),
    })
    .optional(),
  hints: optionHints,
  attestation: z.enum(['direct', 'enterprise', 'indirect', 'none']).optional(),
  attestationFormats: z
    .array(z.enum(['fido-u2f', 'packed', 'android-safetynet', 'android-key', 'tpm', 'apple', 'none']))
    .optional(),
  extensions,
});

/** Options to sign in with a registered security key (navigator.credentials.get). */
export const webauthnAuthenticationOptionsResponse = z.object({
  challenge: z.string(),
  timeout: z.number().optional(),
  rpId: z.string().optional(),
  allowCredentials: z.array(credentialDescriptor).optional(),
  userVerification: userVerification.optional(),
  hints: optionHints,
  extensions,
});
export const securityKeyResponse = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
});
export const securityKeyCreatedResponse = securityKeyResponse.omit({ lastUsedAt: true });
