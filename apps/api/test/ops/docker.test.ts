import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { configSchema } from '../../src/config.js';

/**
 * Issue 8: no Docker engine runs on these machines, so the deployment files are checked statically: the
 * compose file, the Dockerfile, the proxy configuration, and that every setting they pass exists.
 */
const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

interface Service {
  image?: string;
  build?: { context: string; dockerfile: string; target?: string };
  command?: string[];
  entrypoint?: string[];
  environment?: Record<string, string>;
  env_file?: unknown;
  healthcheck?: { test: string[] | string };
  depends_on?: Record<string, { condition: string }>;
  volumes?: string[];
  ports?: string[];
  networks?: string[];
  stop_grace_period?: string;
}
const compose = parse(read('docker/compose.yaml'), { merge: true }) as {
  services: Record<string, Service>;
  volumes: Record<string, unknown>;
  networks: Record<string, { internal?: boolean }>;
};
const services = Object.entries(compose.services);
const apis = services.filter(([, s]) => s.build?.target === 'runtime');
const mongos = services.filter(([, s]) => s.command?.includes('--replSet'));
const configKeys = new Set(Object.keys(configSchema.shape));

/** Dockerfile stages: FROM … AS name, and the instructions of each. */
function stages(dockerfile: string): { name: string; from: string; lines: string[] }[] {
  const joined = dockerfile.replace(/\\\n\s*/g, ' ');
  const result: { name: string; from: string; lines: string[] }[] = [];
  for (const raw of joined.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const from = /^FROM\s+(\S+)(?:\s+AS\s+(\S+))?/i.exec(line);
    if (from) result.push({ from: from[1]!, name: from[2] ?? String(result.length), lines: [] });
    else result.at(-1)?.lines.push(line);
  }
  return result;
}

/** The body of `location <match> {…}` blocks of an nginx file (no nested blocks in ours). */
function location(conf: string, match: string): string {
  const escaped = match.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const found = new RegExp(`location\\s+${escaped}\\s*\\{([^}]*)\\}`).exec(conf);
  if (!found?.[1]) throw new Error(`no "location ${match}" block`);
  return found[1];
}

describe('the compose deployment (docker/compose.yaml)', () => {
  it('runs MongoDB 7 as a three-member replica set that is initiated automatically', () => {
    expect(mongos.map(([name]) => name)).toEqual(['mongo1', 'mongo2', 'mongo3']);
    for (const [name, s] of mongos) {
      expect(s.image, name).toMatch(/^mongo:7(\.|$)/);
      expect(s.command!.join(' '), name).toContain('--replSet rs0');
      expect(
        s.volumes?.some((v) => v.endsWith(':/data/db')),
        `${name} keeps /data/db in a volume`,
      ).toBe(true);
      expect(s.ports, `${name} publishes no port`).toBeUndefined();
    }
    const init = compose.services['mongo-init']!;
    expect(init.entrypoint!.join(' ')).toContain('/scripts/init-replica-set.js');
    for (const name of ['mongo1', 'mongo2', 'mongo3'])
      expect(init.depends_on?.[name]?.condition).toBe('service_healthy');
    const script = read('docker/mongo/init-replica-set.js');
    expect(script).toContain("_id: 'rs0'");
    for (const host of ['mongo1:27017', 'mongo2:27017', 'mongo3:27017']) expect(script).toContain(host);
    // Idempotent: initiates only when MongoDB says the set is not initiated yet.
    expect(script).toMatch(/rs\.status\(\)[\s\S]*NotYetInitialized[\s\S]*rs\.initiate\(/);
    expect(compose.networks.backend?.internal).toBe(true);
  });

  it('runs two API replicas on the replica set, after it is initiated', () => {
    expect(apis.map(([name]) => name)).toEqual(['api1', 'api2']);
    for (const [name, s] of apis) {
      const uri = s.environment?.MONGODB_URI ?? '';
      expect(uri, name).toMatch(
        /^mongodb:\/\/mongo1(:27017)?,mongo2(:27017)?,mongo3(:27017)?\/reperes\?replicaSet=rs0$/,
      );
      expect(s.environment?.NODE_ENV, name).toBe('production');
      expect(s.environment?.HOST, name).toBe('0.0.0.0');
      expect(s.depends_on?.['mongo-init']?.condition, name).toBe('service_completed_successfully');
      expect(s.build?.dockerfile, name).toBe('docker/Dockerfile');
      expect(s.stop_grace_period, name).toBeDefined();
    }
  });

  it('passes the API only settings that exist in the config schema, secrets from docker/.env', () => {
    for (const [name, s] of apis) {
      for (const key of Object.keys(s.environment ?? {})) {
        expect(configKeys.has(key), `${name}: ${key} is not a setting of apps/api/src/config.ts`).toBe(true);
      }
      expect(s.environment?.SECRET_KEY, name).toMatch(/^\$\{SECRET_KEY:\?/);
    }
    // docker/.env.example: API settings, or variables compose.yaml itself uses.
    const composeText = read('docker/compose.yaml');
    const example = read('docker/.env.example');
    const keys = [...example.matchAll(/^#?\s*([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]!);
    expect(keys).toContain('SECRET_KEY');
    for (const key of keys) {
      expect(
        configKeys.has(key) || composeText.includes(`\${${key}`),
        `${key} in docker/.env.example is unused`,
      ).toBe(true);
    }
    expect(example).toMatch(/^SECRET_KEY=$/m); // no secret committed
    expect(read('.gitignore')).toMatch(/^\.env$/m); // docker/.env is never committed
  });

  it('has a health check on every service and a proxy in front of the API replicas', () => {
    for (const [name, s] of services) expect(s.healthcheck?.test, `${name} has a healthcheck`).toBeTruthy();
    const proxy = compose.services.proxy!;
    expect(proxy.build?.target).toBe('proxy');
    expect(proxy.ports?.length).toBe(1);
    for (const [name] of apis) expect(proxy.depends_on?.[name]?.condition).toBe('service_healthy');
    for (const [name, s] of apis)
      expect(JSON.stringify(s.healthcheck?.test), name).toContain('/api/v1/health/ready');
    for (const volume of services.flatMap(([, s]) => s.volumes ?? [])) {
      const source = volume.split(':')[0]!;
      if (!source.startsWith('.'))
        expect(compose.volumes, `volume ${source} is declared`).toHaveProperty(source);
    }
  });
});

describe('the container image (docker/Dockerfile)', () => {
  const dockerfile = read('docker/Dockerfile');
  const all = stages(dockerfile);
  const final = all.at(-1)!;

  it('builds in stages from node:20-bookworm-slim and installs only production dependencies in the final one', () => {
    expect(all.length).toBeGreaterThanOrEqual(2);
    expect(dockerfile).toMatch(/ARG NODE_IMAGE=node:20-bookworm-slim/);
    const build = all.find((s) => s.name === 'build')!;
    expect(build.lines.join('\n')).toMatch(/RUN npm ci\b/);
    expect(build.lines.join('\n')).toMatch(/RUN npm run build/);
    const prod = all.find((s) => s.name === 'prod-deps')!;
    expect(prod.lines.join('\n')).toMatch(/npm ci --omit=dev/);
    expect(final.name).toBe('runtime');
    expect(final.lines.join('\n')).toContain('COPY --from=prod-deps');
    expect(final.lines.join('\n')).not.toMatch(/npm (ci|install)(?! .*--omit=dev)/);
    // tsx runs the API's TypeScript in production: it must be a production dependency.
    const api = JSON.parse(read('apps/api/package.json')) as { dependencies: Record<string, string> };
    expect(api.dependencies.tsx).toBeDefined();
  });

  it('copies into the build stage every repository file the build scripts run', () => {
    const build = all.find((s) => s.name === 'build')!;
    const runBuild = build.lines.findIndex((l) => /^RUN npm run build/.test(l));
    const copied = build.lines
      .slice(0, runBuild)
      .map((l) => /^COPY\s+(?!--)(\S+)\s/.exec(l)?.[1])
      .filter((source): source is string => !!source);
    // `node ../../scripts/x.mjs` in a workspace's build, `node scripts/x.mjs` at the root.
    const used = ['package.json', 'apps/web/package.json', 'apps/admin/package.json'].flatMap((file) => {
      const { build: script = '' } = (JSON.parse(read(file)) as { scripts: Record<string, string> }).scripts;
      return [...script.matchAll(/node (\S+\.m?[jt]s)/g)].map((m) =>
        path.relative(ROOT, path.resolve(ROOT, path.dirname(file), m[1]!)),
      );
    });
    expect(used).toContain('scripts/precompress.mjs');
    for (const file of used)
      expect(
        copied.some((source) => file === source || file.startsWith(`${source}/`)),
        `${file} is copied before the build runs`,
      ).toBe(true);
  });

  it('runs the API as a non-root user, in production mode on 0.0.0.0, with a health check', () => {
    const users = final.lines.filter((l) => /^USER\s/i.test(l));
    expect(users.length).toBeGreaterThan(0);
    expect(users.at(-1)).not.toMatch(/^USER\s+(root|0)(:|\s|$)/i);
    const env = final.lines.filter((l) => /^ENV\s/i.test(l)).join(' ');
    expect(env).toMatch(/NODE_ENV=production/);
    expect(env).toMatch(/HOST=0\.0\.0\.0/);
    expect(final.lines.some((l) => /^HEALTHCHECK\s/i.test(l) && l.includes('/api/v1/health/live'))).toBe(
      true,
    );
    expect(final.lines.some((l) => /^CMD\s.*apps\/api\/src\/server\.ts/.test(l))).toBe(true);
    const proxy = all.find((s) => s.name === 'proxy')!;
    expect(proxy.lines.some((l) => /^HEALTHCHECK\s/i.test(l))).toBe(true);
    expect(proxy.lines.some((l) => /^USER\s+(?!root|0\b)/i.test(l))).toBe(true);
  });

  it('is built from a context without dependencies, builds, data or secrets (.dockerignore)', () => {
    const ignore = read('.dockerignore').split('\n');
    for (const entry of ['**/node_modules', '**/dist', '.git', 'data', '**/.env'])
      expect(ignore).toContain(entry);
  });
});

describe('the reverse proxy (docker/nginx/default.conf)', () => {
  const conf = read('docker/nginx/default.conf');

  it('sends the gzip copies the build writes (scripts/precompress.mjs) instead of compressing each time', () => {
    expect(conf).toMatch(/^\s*gzip_static on;/m);
  });

  it('caches hashed assets for a year as immutable', () => {
    for (const match of ['^~ /assets/', '^~ /admin/assets/']) {
      expect(location(conf, match)).toMatch(/Cache-Control "public, max-age=31536000, immutable"/);
    }
  });

  it('revalidates the service worker, the manifest and the HTML shells on every load', () => {
    for (const match of ['= /sw.js', '= /manifest.webmanifest', '= /index.html', '^~ /admin/', '/']) {
      expect(location(conf, match), match).toMatch(/Cache-Control "no-cache"/);
    }
    const built = path.join(ROOT, 'apps/web/dist');
    if (fs.existsSync(built)) {
      // The names the proxy special-cases are the names the reader build writes.
      expect(fs.existsSync(path.join(built, 'sw.js'))).toBe(true);
      expect(fs.existsSync(path.join(built, 'manifest.webmanifest'))).toBe(true);
    }
  });

  it('has the API write the reader pages (first-view hints), with the plain shell if no replica answers', () => {
    expect(location(conf, '/')).toMatch(/try_files \$uri @reader;/);
    expect(location(conf, '@reader')).toMatch(/proxy_pass http:\/\/reperes_api;/);
    expect(location(conf, '@reader')).toMatch(
      /proxy_intercept_errors on;\s+error_page 502 503 504 = @shell;/,
    );
    expect(location(conf, '@shell')).toMatch(/try_files \/index.html =404;/);
    expect(location(conf, '@shell')).toMatch(/Cache-Control "no-cache"/);
  });

  it('sends /api/ to the API replicas of the compose file', () => {
    expect(location(conf, '/api/')).toMatch(/proxy_pass http:\/\/reperes_api;/);
    const upstream = /upstream reperes_api \{([^}]*)\}/.exec(conf)?.[1] ?? '';
    const servers = [...upstream.matchAll(/server\s+([\w-]+):8080/g)].map((m) => m[1]);
    expect(servers).toEqual(apis.map(([name]) => name));
    expect(location(conf, '/api/')).toMatch(/X-Forwarded-For/);
  });
});
