import type { ListenerKind } from './create-app.ts';

// Scripts run only with the per-request nonce or from our own origin; nothing loads from a
// third party on either site. The staff app needs blob: workers for the map (MapLibre).
export function contentSecurityPolicy(kind: ListenerKind): Record<string, string[] | null> {
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
    return { ...common, workerSrc: ["'self'", 'blob:'], imgSrc: ["'self'", 'data:', 'blob:'] };
  }
  return common;
}
