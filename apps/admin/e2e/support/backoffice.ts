import { randomBytes } from 'node:crypto';
import mongoose, { Types } from 'mongoose';
import type { Page } from 'playwright-core';
import { generate } from 'otplib';
import type { Role } from '@reperes/shared';
import { loadConfig } from '../../../api/src/config';
import { OrganisationModel } from '../../../api/src/modules/organisations/organisation.model';
import { UserModel } from '../../../api/src/modules/users/user.model';
import { createUser, type TestUser } from '../../../api/test/support/auth';
import { findFreePort, startServer, type RunningServer } from '../../../web/e2e/support/server';

/**
 * The real API server (production mode, serving the built back-office at /admin/) with its embedded
 * database on a known port, so the test can create accounts directly in it (no invite mail needed):
 * `createUser` from the API's test support, with the server's own SECRET_KEY so TOTP seeds match.
 */
export interface BackOffice {
  server: RunningServer;
  url: string;
  /** An account inserted directly; privileged roles get TOTP enrolled unless `totp: false`. */
  person(
    roles: Role[],
    opts?: { name?: string; organisationIds?: string[]; totp?: boolean },
  ): Promise<TestUser>;
  organisation(name: string): Promise<string>;
  stop(): Promise<void>;
}

export async function startBackOffice(env: Record<string, string> = {}): Promise<BackOffice> {
  const dbPort = await findFreePort();
  const secretKey = randomBytes(48).toString('base64');
  const server = await startWithRetry({
    env: {
      EMBEDDED_DB_PORT: String(dbPort),
      SECRET_KEY: secretKey,
      // Plain http on 127.0.0.1: a Secure cookie would still be kept by Chromium (loopback is a secure
      // context), but say it explicitly rather than rely on that.
      COOKIE_SECURE: 'false',
      ...env,
    },
  });
  // createUser works on the default connection's models: point them at the server's database.
  await mongoose.connect(`mongodb://127.0.0.1:${dbPort}/reperes`, { serverSelectionTimeoutMS: 5_000 });
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', SECRET_KEY: secretKey });
  return {
    server,
    url: server.url,
    person: (roles, opts = {}) =>
      createUser({
        roles,
        config,
        ...(opts.name ? { name: opts.name } : {}),
        ...(opts.organisationIds ? { organisationIds: opts.organisationIds } : {}),
        ...(opts.totp !== undefined ? { totp: opts.totp } : {}),
      }),
    async organisation(name) {
      const org = await OrganisationModel.create({
        name,
        nameKey: name.toLowerCase(),
        kind: 'association',
        website: null,
        active: true,
      });
      return String(org._id);
    },
    async stop() {
      await mongoose.disconnect();
      await server.stop();
    },
  };
}

/**
 * The shared machines are sometimes loaded enough that the server misses startServer's 60 s readiness
 * window; one more try is cheaper than a red build. A server that fails twice is a real failure.
 */
async function startWithRetry(opts: { env: Record<string, string> }): Promise<RunningServer> {
  try {
    return await startServer(opts);
  } catch (error) {
    if (!String(error).includes('did not answer')) throw error;
    console.warn(`startServer: retrying once after: ${String(error).split('\n')[0]}`);
    return startServer(opts);
  }
}

/** A current TOTP code; clears the "last code used" so two sign-ins within 30 s both pass. */
export async function totpCode(user: TestUser): Promise<string> {
  if (!user.totpSecret) throw new Error(`${user.email} has no TOTP seed`);
  await UserModel.updateOne({ _id: new Types.ObjectId(user.id) }, { $unset: { 'totp.lastStep': 1 } });
  return generate({ secret: user.totpSecret });
}

/** Signs in through the back-office's own pages (password, then the TOTP step when enrolled). */
export async function signIn(page: Page, url: string, user: TestUser, path = '/admin/login'): Promise<void> {
  await page.goto(`${url}${path}`);
  await page.getByLabel('Adresse e-mail').fill(user.email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(user.password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  if (user.totpSecret) {
    await page.getByRole('heading', { name: 'Validation en deux étapes' }).waitFor();
    await page.getByLabel('Code à 6 chiffres').fill(await totpCode(user));
    await page.getByRole('button', { name: 'Valider' }).click();
  }
  await page.getByRole('button', { name: 'Se déconnecter' }).waitFor();
}
