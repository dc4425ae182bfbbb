import { z } from 'zod';

// What the account and team administration routes answer (the staff API contract).

export const userResponse = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  status: z.enum(['active', 'disabled']),
  roles: z.array(z.object({ role: z.string(), label: z.string() })),
  teamIds: z.array(z.string()),
  partnerOrganisationId: z.string().nullable(),
  setUp: z.boolean(),
  lockedUntil: z.string().nullable(),
  lastSignInAt: z.string().nullable(),
  createdAt: z.string(),
});
export const userWithSetupLinkResponse = z.object({ user: userResponse, setupLink: z.string() });

export const roleCatalogueResponse = z.object({
  roles: z.array(z.object({ role: z.string(), label: z.string(), permissions: z.array(z.string()) })),
  permissions: z.array(z.string()),
});

export const teamResponse = z.object({ id: z.string(), name: z.string(), description: z.string() });
export const partnerOrganisationResponse = z.object({ id: z.string(), name: z.string(), kind: z.string() });
