import { randomBytes } from 'node:crypto';
import sodium from 'libsodium-wrappers';

const formatVersion = 1;

export type Sealer = {
  /** Encrypts with XChaCha20-Poly1305; `context` (e.g. "report:<id>:answers") is bound as associated data. */
  seal(plaintext: Uint8Array | string, context: string): Buffer;
  open(sealed: Uint8Array, context: string): Buffer;
  openText(sealed: Uint8Array, context: string): string;
};

export class SealedDataError extends Error {
  constructor() {
    super('Encrypted data could not be opened: wrong key, wrong record, or altered');
    this.name = 'SealedDataError';
  }
}

// Binding the record and field into the associated data means a ciphertext copied onto
// another row, or into another column, fails to open instead of showing the wrong report.
export async function createSealer(key: Uint8Array): Promise<Sealer> {
  await sodium.ready;
  if (key.length !== sodium.crypto_aead_xchacha20poly1305_ietf_KEYBYTES) {
    throw new Error('The data key must be 32 bytes');
  }
  const nonceBytes = sodium.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
  const sealer: Sealer = {
    seal(plaintext, context) {
      // Node's CSPRNG in one call: libsodium.js's randombytes_buf draws its bytes four at a time
      // through Web Crypto, which cost 0.2 ms a seal, a tenth of a report's triage (issue 19).
      const nonce = randomBytes(nonceBytes);
      const cipher = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(plaintext, context, null, nonce, key);
      return Buffer.concat([Buffer.of(formatVersion), nonce, cipher]);
    },
    open(sealed, context) {
      if (sealed.length < 1 + nonceBytes || sealed[0] !== formatVersion) {
        throw new SealedDataError();
      }
      try {
        const nonce = sealed.subarray(1, 1 + nonceBytes);
        const cipher = sealed.subarray(1 + nonceBytes);
        return Buffer.from(sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(null, cipher, context, nonce, key));
      } catch {
        throw new SealedDataError();
      }
    },
    openText(sealed, context) {
      return sealer.open(sealed, context).toString('utf8');
    },
  };
  return sealer;
}
