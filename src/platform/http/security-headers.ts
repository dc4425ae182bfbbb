import type { ListenerKind } from './create-app.ts';

// Scripts run only with the per-request nonce or from our own origin; nothing loads from a
// third party on either site. The staff map's MapLibre worker is a same-origin module script
// (wired with Vite's `?worker&url`), so no blob: worker is needed.
export function contentSecurityPolicy(
  kind: ListenerKind,
  extraConnectOrigins: readonly string[] = [],
): Record<string, string[] | null> {
  const common: Record<string, string[] | null> = {
    defaultSrc: ["'self'"],
    baseUri: ["'none'"],
    objectSrc: ["'none'"],
    frameAncestors: ["'none'"],
    formAction: ["'self'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'"],
    styleSrc: ["'self'"],
    scriptSrc: ["'self'"],
    connectSrc: ["'self'"],
    upgradeInsecureRequests: null,
  };
  if (kind === 'staff') {
    // blob: images stay allowed for pages that show fetched images (e.g. report photos).
    // A map server the force configured (STAFF_MAP_STYLE_URL): its style, tiles, glyphs and
    // sprites are fetched (connect-src) and sprites may be drawn as images.
    return {
      ...common,
      workerSrc: ["'self'"],
      imgSrc: ["'self'", 'data:', 'blob:', ...extraConnectOrigins],
      connectSrc: ["'self'", ...extraConnectOrigins],
    };
  }
  return common;
}
