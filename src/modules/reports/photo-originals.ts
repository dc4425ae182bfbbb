import { createHash } from 'node:crypto';
import type { Sealer } from '../../platform/crypto/sealer.ts';

// A photo's original, exactly as uploaded (with its hidden information), is kept sealed for
// evidential use beside the cleaned copy staff see. Its SHA-256 is recorded, sealed too: a hash
// in clear would let anyone holding a copy of the database confirm that a given picture was
// sent, and so who sent it.

export type OriginalPhotoFacts = { readonly sha256: string; readonly bytes: number; readonly format: string };

export const originalPhotoContext = {
  bytes: (reportId: string, photoId: string) => `report:${reportId}:photo:${photoId}:original`,
  facts: (reportId: string, photoId: string) => `report:${reportId}:photo:${photoId}:original-facts`,
};

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function imageFormatOf(bytes: Uint8Array): string {
  const head = Buffer.from(bytes.subarray(0, 12));
  if (head[0] === 0xff && head[1] === 0xd8) return 'jpeg';
  if (head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (head.subarray(0, 4).toString('latin1') === 'RIFF' && head.subarray(8, 12).toString('latin1') === 'WEBP') {
    return 'webp';
  }
  return 'unknown';
}

export function sealOriginalPhoto(
  sealer: Sealer,
  reportId: string,
  photoId: string,
  original: Uint8Array,
): { originalSealed: Uint8Array; originalFactsSealed: Uint8Array } {
  const facts: OriginalPhotoFacts = {
    sha256: sha256Hex(original),
    bytes: original.length,
    format: imageFormatOf(original),
  };
  return {
    originalSealed: sealer.seal(original, originalPhotoContext.bytes(reportId, photoId)),
    originalFactsSealed: sealer.seal(JSON.stringify(facts), originalPhotoContext.facts(reportId, photoId)),
  };
}
