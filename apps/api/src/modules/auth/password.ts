import { hash, parseOptions, verify, type Options } from '@node-rs/argon2';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as zxcvbnCommon from '@zxcvbn-ts/language-common';
import * as zxcvbnEn from '@zxcvbn-ts/language-en';
import * as zxcvbnFr from '@zxcvbn-ts/language-fr';
import type { WeakPasswordDetails } from '@reperes/shared';
import { AppError } from '../../errors/app-error.js';

/**
 * argon2id with OWASP's baseline (m = 19 MiB, t = 2, p = 1): about 30–60 ms here, run on libuv's thread
 * pool so the event loop stays free. Stored hashes carry their parameters (PHC string); a hash made with
 * weaker parameters is upgraded at the next successful sign-in.
 */
const ARGON2: Options = {
  algorithm: 2 /* Algorithm.Argon2id (a const enum, unusable with isolatedModules) */,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
};

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

export function needsRehash(passwordHash: string): boolean {
  try {
    const o = parseOptions(passwordHash);
    return (
      o.algorithm !== ARGON2.algorithm ||
      o.memoryCost < (ARGON2.memoryCost ?? 0) ||
      o.timeCost < (ARGON2.timeCost ?? 0)
    );
  } catch {
    return true;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Verifies against a throw-away hash made with the same parameters, so "no such account" costs the same
 * time as "wrong password" (no account enumeration by timing).
 */
export async function dummyVerify(password: string): Promise<false> {
  dummyHash ??= hashPassword('dummy password for timing equalisation');
  await verifyPassword(await dummyHash, password);
  return false;
}

export const MIN_PASSWORD_SCORE = 3;

let zxcvbn: ZxcvbnFactory | undefined;
function estimator(): ZxcvbnFactory {
  zxcvbn ??= new ZxcvbnFactory({
    dictionary: { ...zxcvbnCommon.dictionary, ...zxcvbnEn.dictionary, ...zxcvbnFr.dictionary },
    graphs: zxcvbnCommon.adjacencyGraphs,
    translations: zxcvbnFr.translations,
    // zxcvbn runs on the event loop and its cost grows fast with length and l33t look-alikes (a 240-character
    // l33t string took 7 s with the defaults). Judging the first 64 characters with at most 8 l33t
    // substitutions keeps the worst case near 0.3 s here; every path reaching it is throttled and needs a
    // session or a valid emailed token. Levenshtein matching stays off for the same reason.
    maxLength: 64,
    l33tMaxSubstitutions: 8,
    useLevenshteinDistance: false,
  });
  return zxcvbn;
}

/**
 * Strength by zxcvbn only (score ≥ 3, no character-class rules, NIST 800-63B style). The person's own email,
 * name and the site's name count as guessable words. Throws WEAK_PASSWORD with zxcvbn's feedback (French).
 */
export function assertStrongPassword(password: string, userInputs: string[] = []): void {
  const inputs = [...userInputs, ...userInputs.flatMap((u) => u.split(/[@.\s_-]+/)), 'reperes', 'repères'];
  const result = estimator().check(
    password,
    inputs.filter((i) => i.length >= 3),
  );
  if (result.score >= MIN_PASSWORD_SCORE) return;
  const details: WeakPasswordDetails = {
    score: result.score,
    minScore: MIN_PASSWORD_SCORE,
    warning: result.feedback.warning || null,
    suggestions: result.feedback.suggestions,
  };
  throw new AppError(
    'WEAK_PASSWORD',
    'This password is too easy to guess. Try a longer phrase of several unrelated words.',
    details,
  );
}
