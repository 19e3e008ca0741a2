/**
 * The text a language pack's hash is computed from: the themes' hash, then every fiche as `id:hash`,
 * ordered by id. The API and the reader hash the same text (SHA-256, base64url, first 22 characters), so
 * a device can check that a delta sync left it with exactly the pack the server describes.
 */
export function packHashPayload(themesHash: string, fiches: Iterable<readonly [string, string]>): string {
  const list = [...fiches].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return themesHash + list.map(([id, hash]) => `${id}:${hash}`).join(',');
}

/** Characters of base64url SHA-256 kept in content and pack hashes. */
export const HASH_LENGTH = 22;
