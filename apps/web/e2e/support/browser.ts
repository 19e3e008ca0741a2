import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

/** Without the background-networking flags Chromium floods the closed network (toolchain.md). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const INSTALL_HINT = 'install it with `apt-get install -y chromium`, or set CHROMIUM_PATH';

/** Chromium from CHROMIUM_PATH, else `command -v chromium`, else /usr/bin/chromium; undefined if none. */
export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  try {
    const found = execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim();
    if (found) return found;
  } catch {
    // `command -v` exits 1 when nothing is found.
  }
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

/**
 * Headless Chromium. `chromium.launch` starts it on a fresh temporary profile (user data dir) that is
 * deleted on close; each test then opens its own context (see `describeBrowser`), so nothing leaks
 * between tests: cookies, storage, service workers.
 */
export async function launchBrowser(executablePath = findChromium()): Promise<Browser> {
  if (!executablePath) throw new Error(`Chromium not found: ${INSTALL_HINT}.`);
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  /** Uncaught exceptions and `console.error` messages of the page, for `expect(problems).toEqual([])`. */
  problems: string[];
}

export interface BrowserSuite {
  /** The suite's browser (launched in `beforeAll`). */
  browser(): Browser;
  /** A page in a new context (own storage and service workers), closed after the test. */
  openPage(options?: BrowserContextOptions): Promise<OpenedPage>;
}

function loud(lines: string[]): string {
  const bar = '!'.repeat(100);
  return ['', bar, ...lines.map((l) => `!!  ${l}`), bar, ''].join('\n');
}

/**
 * `describe` for browser tests. Without Chromium: with CI=true the suite fails; locally it prints a loud
 * warning and records one passing test whose name says the suite was NOT run (never a silent skip).
 */
export function describeBrowser(name: string, fn: (suite: BrowserSuite) => void): void {
  const executablePath = findChromium();
  if (!executablePath) {
    const reason = process.env.CHROMIUM_PATH
      ? `CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist`
      : `Chromium not found (${INSTALL_HINT})`;
    if (process.env.CI === 'true') {
      describe(name, () => {
        it('needs Chromium: with CI=true a missing browser is a failure', () => {
          throw new Error(`${reason}. Browser tests must run in CI.`);
        });
      });
      return;
    }
    const warning = loud([
      `BROWSER TESTS NOT RUN: "${name}"`,
      `${reason}.`,
      'With CI=true this is a failure.',
    ]);
    console.warn(warning);
    describe(name, () => {
      it(`was NOT run: ${reason}`, () => {
        console.warn(warning);
      });
    });
    return;
  }

  describe(name, () => {
    let browser: Browser | undefined;
    const contexts = new Set<BrowserContext>();

    beforeAll(async () => {
      browser = await launchBrowser(executablePath);
    });
    afterEach(async () => {
      await Promise.all([...contexts].map((c) => c.close()));
      contexts.clear();
    });
    afterAll(async () => {
      await browser?.close();
    });

    const suite: BrowserSuite = {
      browser() {
        if (!browser) throw new Error('The browser is launched in beforeAll: use it inside a test or hook.');
        return browser;
      },
      async openPage(options) {
        const context = await suite.browser().newContext({ locale: 'fr-FR', ...options });
        contexts.add(context);
        // Fail a missing element in 15 s rather than Playwright's 30 s: the page is local.
        context.setDefaultTimeout(15_000);
        const page = await context.newPage();
        const problems: string[] = [];
        page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
        page.on('console', (message) => {
          if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
        });
        return { context, page, problems };
      },
    };
    fn(suite);
  });
}

/** Runs axe-core on the page and fails with a readable list of the violations. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const violations = results.violations.map(
    (v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(violations, `axe found accessibility violations on ${page.url()}`).toEqual([]);
}
