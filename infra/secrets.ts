import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** Returns the secret stored at `path`, creating it from `generate` on first use, readable by its owner only. */
export async function readOrCreateSecret(path: string, generate: () => string): Promise<string> {
  if (existsSync(path)) return (await readFile(path, 'utf8')).trim();

  const secret = generate();
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${secret}\n`, { mode: 0o600 });

  return secret;
}

/** Path of the payload key that `npm start` generated, where command-line tools find it. */
export const payloadKeyPath = (dataDir: string) => join(dataDir, 'payload-key');

/** A random secret for signing tokens: 48 bytes, base64url. */
export const generateTokenSecret = () => randomBytes(48).toString('base64url');

/** Generates a password that is easy to type: four groups of four lower-case letters and digits. */
export function generateDemoPassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const bytes = randomBytes(16);
  const characters = Array.from(bytes, (byte) => alphabet[byte % alphabet.length]).join('');

  return characters.match(/.{4}/g)!.join('-');
}
