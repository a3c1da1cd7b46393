import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import type { DataConverter, Payload, PayloadCodec } from '@temporalio/common';
import { temporal } from '@temporalio/proto';

const ENCODING = 'binary/encrypted';
const CIPHER = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Encrypts every payload Baton sends to Temporal (workflow inputs, update data, activity results)
 * with AES-256-GCM, so that free text in a case never sits readable in Temporal's history.
 * Payloads without the encrypted encoding pass through, so histories recorded before stay readable.
 */
export class EncryptionCodec implements PayloadCodec {
  private readonly key: Buffer;
  private readonly keyId: string;

  /** `base64Key` is 32 random bytes in base64. */
  constructor(base64Key: string) {
    this.key = parseKey(base64Key);
    this.keyId = createHash('sha256').update(this.key).digest('hex').slice(0, 16);
  }

  async encode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((payload) => {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv(CIPHER, this.key, iv);
      const plain = temporal.api.common.v1.Payload.encode(payload).finish();
      const encrypted = Buffer.concat([iv, cipher.update(plain), cipher.final(), cipher.getAuthTag()]);

      return { metadata: { encoding: Buffer.from(ENCODING), 'encryption-key-id': Buffer.from(this.keyId) }, data: encrypted };
    });
  }

  async decode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((payload) => {
      if (Buffer.from(payload.metadata?.encoding ?? []).toString() !== ENCODING) return payload;

      const keyId = Buffer.from(payload.metadata?.['encryption-key-id'] ?? []).toString();
      if (keyId !== this.keyId) throw new Error(`A payload is encrypted with key ${keyId}, not with this key (${this.keyId}): set BATON_PAYLOAD_KEY to the key it was written with.`);
      const data = Buffer.from(payload.data ?? []);
      const decipher = createDecipheriv(CIPHER, this.key, data.subarray(0, IV_BYTES));
      decipher.setAuthTag(data.subarray(data.length - TAG_BYTES));
      const plain = Buffer.concat([decipher.update(data.subarray(IV_BYTES, data.length - TAG_BYTES)), decipher.final()]);

      return temporal.api.common.v1.Payload.decode(plain);
    });
  }
}

/** Creates the data converter that every Temporal client and worker of Baton uses. */
export function createDataConverter(base64Key: string): DataConverter {
  return { payloadCodecs: [new EncryptionCodec(base64Key)] };
}

/** A new random payload key, 32 bytes in base64. */
export const generatePayloadKey = () => randomBytes(32).toString('base64');

function parseKey(base64Key: string): Buffer {
  const key = Buffer.from(base64Key, 'base64');
  if (key.length !== 32) throw new Error(`The payload key is ${key.length} bytes long; BATON_PAYLOAD_KEY must be 32 random bytes in base64 (openssl rand -base64 32).`);

  return key;
}
