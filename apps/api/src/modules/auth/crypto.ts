import crypto from 'node:crypto';

/** 32 random bytes as base64url (43 characters): session ids, CSRF tokens, email tokens. */
export function randomToken(): string {
  return crypto.randomBytes(32).toString('base64url');
}

/** Tokens are stored hashed: a database leak does not hand out live sessions or reset links. */
export function sha256(value: string): string {
  return crypto.createHash('sha256').update(value).digest('hex');
}

/** Constant-time string equality (hashing first makes the lengths equal). */
export function safeEqual(a: string, b: string): boolean {
  const ha = crypto.createHash('sha256').update(a).digest();
  const hb = crypto.createHash('sha256').update(b).digest();
  return crypto.timingSafeEqual(ha, hb) && a.length === b.length;
}

const keyCache = new Map<string, Buffer>();

/** A 256-bit key for one purpose, derived from SECRET_KEY with HKDF (one secret, independent keys). */
function derivedKey(secret: string, purpose: string): Buffer {
  const id = `${purpose}\u0000${secret}`;
  let key = keyCache.get(id);
  if (!key) {
    key = Buffer.from(crypto.hkdfSync('sha256', secret, 'reperes', purpose, 32));
    keyCache.set(id, key);
  }
  return key;
}

/**
 * Encrypts a small secret (a TOTP seed) with AES-256-GCM; the output is `v1.<iv>.<tag>.<ciphertext>` in
 * base64url. `context` (e.g. the user id) is authenticated, so a ciphertext copied to another record fails.
 */
export function seal(secret: string, plaintext: string, context: string): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', derivedKey(secret, 'totp-secret'), iv);
  cipher.setAAD(Buffer.from(context));
  const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return ['v1', iv, cipher.getAuthTag(), data]
    .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
    .join('.');
}

export function unseal(secret: string, sealed: string, context: string): string {
  const [version, iv, tag, data] = sealed.split('.');
  if (version !== 'v1' || !iv || !tag || data === undefined) throw new Error('unknown sealed format');
  const decipher = crypto.createDecipheriv(
    'aes-256-gcm',
    derivedKey(secret, 'totp-secret'),
    Buffer.from(iv, 'base64url'),
  );
  decipher.setAAD(Buffer.from(context));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
}

/** Keyed hash (HMAC-SHA256 with a key derived from SECRET_KEY) for short secrets such as recovery codes. */
export function keyedHash(secret: string, purpose: string, value: string): string {
  return crypto.createHmac('sha256', derivedKey(secret, purpose)).update(value).digest('hex');
}
