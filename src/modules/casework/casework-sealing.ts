import type { Sealer } from '../../platform/crypto/sealer.ts';

// Sealed JSON for the casework tables: each value is bound to its table and row, so a sealed
// value copied onto another row does not open.
export type SealedKind =
  | 'subject'
  | 'concern'
  | 'discussion'
  | 'action'
  | 'screening'
  | 'treatment-subject'
  | 'treatment-outcome'
  | 'diversion-subject';

export function sealJson(sealer: Sealer, kind: SealedKind, id: string, value: unknown): Buffer {
  return sealer.seal(JSON.stringify(value), `casework:${kind}:${id}`);
}

export function openJson(sealer: Sealer, kind: SealedKind, id: string, sealed: Uint8Array): unknown {
  return JSON.parse(sealer.openText(sealed, `casework:${kind}:${id}`));
}
