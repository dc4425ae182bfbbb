// The two cookies the staff listener sets. Both are HttpOnly (scripts never see them) and
// SameSite=Strict (never sent on a request started by another site). Over HTTPS they get
// the __Host- prefix, which binds them to this exact origin.

export type CookieNames = { readonly session: string; readonly preSession: string };

export function cookieNamesFor(secure: boolean): CookieNames {
  return secure
    ? { session: '__Host-lb_session', preSession: '__Host-lb_presession' }
    : { session: 'lb_session', preSession: 'lb_presession' };
}

export function parseCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  if (!header) return cookies;
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index <= 0) continue;
    const name = part.slice(0, index).trim();
    const value = part.slice(index + 1).trim();
    // First one wins, like browsers send the most specific cookie first.
    if (!cookies.has(name) && /^[A-Za-z0-9_-]+$/.test(value)) cookies.set(name, value);
  }
  return cookies;
}

export function serializeCookie(name: string, value: string, options: { secure: boolean; clear?: boolean }): string {
  const parts = [`${name}=${options.clear ? '' : value}`, 'Path=/', 'HttpOnly', 'SameSite=Strict'];
  if (options.secure) parts.push('Secure');
  // No Max-Age: the cookie dies with the browser; the server enforces idle and absolute limits.
  if (options.clear) parts.push('Max-Age=0');
  return parts.join('; ');
}
