import crypto from 'node:crypto';
import { generateSecret, generateURI, verify } from 'otplib';

export const TOTP_ISSUER = 'Repères';

/** A new authenticator seed (20 random bytes, base32) and its otpauth:// URI for the QR code. */
export function newTotpSecret(label: string): { secret: string; otpauthUri: string } {
  const secret = generateSecret();
  return { secret, otpauthUri: generateURI({ issuer: TOTP_ISSUER, label, secret }) };
}

/**
 * Checks a 6-digit code (SHA-1, 30 s, RFC 6238 defaults every authenticator app uses), accepting the
 * previous and next period for clock drift, and never a period at or before `afterTimeStep` (replay).
 * Returns the matched time step, to be stored as the new `afterTimeStep`.
 */
export async function checkTotpCode(
  secret: string,
  code: string,
  afterTimeStep?: number,
): Promise<number | null> {
  const result = await verify({
    secret,
    token: code,
    epochTolerance: 30,
    ...(afterTimeStep !== undefined ? { afterTimeStep } : {}),
  });
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}

const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** Ten recovery codes like `k7m2p-x9qrt` (about 49 bits each; unambiguous letters). */
export function newRecoveryCodes(count = 10): string[] {
  return Array.from({ length: count }, () => {
    const chars = Array.from(
      { length: 10 },
      () => RECOVERY_ALPHABET[crypto.randomInt(RECOVERY_ALPHABET.length)],
    );
    return `${chars.slice(0, 5).join('')}-${chars.slice(5).join('')}`;
  });
}

/** The form recovery codes are hashed in (what `recoveryCodeSchema` produces from user input). */
export function normaliseRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[^a-z0-9]/g, '');
}
