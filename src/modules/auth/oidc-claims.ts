import type { OidcConfig } from '../../config/config.ts';
import { type Role, roles } from '../access/index.ts';

/**
 * The Linebreak roles an ID token's role claim grants, through OIDC_ROLE_MAP (or by name
 * when no map is set). Unknown values are ignored; undefined means "do not manage roles".
 */
export function rolesFromClaims(config: OidcConfig, claims: Readonly<Record<string, unknown>>): Role[] | undefined {
  if (config.roleClaim === undefined) return undefined;
  const raw = claims[config.roleClaim];
  const values = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(/[\s,]+/) : [];
  const mapped = values
    .filter((value): value is string => typeof value === 'string')
    .map((value) => (Object.keys(config.roleMap).length > 0 ? config.roleMap[value] : value))
    .filter((role): role is Role => role !== undefined && roles.includes(role as Role));
  return [...new Set(mapped)].sort();
}

/** The email address an issuer asserts, if it asserts one it has verified (Entra sends preferred_username). */
export function emailFromClaims(claims: Readonly<Record<string, unknown>>): string | undefined {
  if (claims.email_verified === false) return undefined;
  const email = typeof claims.email === 'string' ? claims.email : claims.preferred_username;
  return typeof email === 'string' && email.includes('@') ? email.trim().toLowerCase() : undefined;
}
