import { z } from 'zod';

// Request shapes of the sign-in, setup and account routes. Lengths are capped so nobody can
// make the server hash a megabyte of "password".
export const signInBody = z.object({
  email: z.string().trim().min(1, 'Enter your email address').max(254),
  password: z.string().min(1, 'Enter your password').max(256),
});

export const totpBody = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{3}\s?\d{3}$/, 'Enter the 6-digit code from your authenticator app'),
});

export const setupTokenBody = z.object({ token: z.string().min(20).max(100) });

export const setupStartBody = setupTokenBody.extend({
  password: z.string().max(256),
  email: z.string().trim().max(254).optional(),
  displayName: z.string().trim().max(120).optional(),
});

export const setupFinishBody = setupTokenBody.extend({ code: totpBody.shape.code });

export const idParams = z.object({ id: z.uuid('Not a valid id') });

export const webauthnRegistrationBody = z.object({
  name: z.string().trim().min(1, 'Name the security key').max(60),
  response: z.record(z.string(), z.unknown()),
});

export const webauthnAuthenticationBody = z.object({ response: z.record(z.string(), z.unknown()) });
