import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'vite';
import { baseCompile } from '@intlify/message-compiler';
// Relative: the config's bundler reads this TypeScript; the workspace package would be loaded by Node.
import {
  FIRST_VIEW_TABLE_FILE,
  firstViewTable,
  type ViteManifest,
} from '../../../shared/src/first-view-hints.ts';

/**
 * vue-i18n 11.4.2 probes `'currentInstance' in Vue` on its `import * as Vue from 'vue'`; the `in` forces
 * bundlers to keep every export of vue (+20 KB gzip measured). Vue 3.5 has no `currentInstance` export, so
 * the probe always falls through to `Vue.getCurrentInstance()`: call that directly. Fixed upstream in
 * intlify/vue-i18n#2578 (a release that needs Node 22); drop this plugin when we can upgrade.
 */
export function vueI18nTreeShaking(): Plugin {
  const probe =
    /if \(key in Vue\) \{\s*return Vue\[key\];\s*\}\s*else \{\s*return Vue\.getCurrentInstance\(\);\s*\}/;
  return {
    name: 'reperes:vue-i18n-tree-shaking',
    apply: 'build',
    transform: {
      filter: { id: /[\\/]vue-i18n[\\/]dist[\\/].*\.mjs$/ },
      handler(code, id) {
        if (!code.includes('key in Vue')) return null;
        if (!probe.test(code)) {
          this.warn(`vue-i18n changed: the currentInstance probe was not found in ${id}; check bundle size.`);
          return null;
        }
        return { code: code.replace(probe, 'return Vue.getCurrentInstance();'), map: null };
      },
    },
  };
}

type MessageTree = { [key: string]: string | MessageTree };

/** Keeps the subtrees at the dotted paths of `pick` (all when empty), then drops those of `omit`. */
function selectAreas(tree: MessageTree, pick: readonly string[], omit: readonly string[]): MessageTree {
  const at = (node: MessageTree, path: string[]): MessageTree | string | undefined =>
    path.reduce<MessageTree | string | undefined>((n, k) => (typeof n === 'object' ? n[k] : undefined), node);
  const put = (node: MessageTree, path: string[], value: MessageTree | string) => {
    let n = node;
    path.slice(0, -1).forEach((k) => (n = (n[k] ??= {}) as MessageTree));
    n[path.at(-1)!] = value;
  };
  let out: MessageTree = tree;
  if (pick.length) {
    out = {};
    for (const p of pick) {
      const value = at(tree, p.split('.'));
      if (value !== undefined) put(out, p.split('.'), value);
    }
  }
  if (omit.length) {
    out = structuredClone(out);
    for (const p of omit) {
      const path = p.split('.');
      const parent = at(out, path.slice(0, -1));
      if (typeof parent === 'object') delete parent[path.at(-1)!];
    }
  }
  return out;
}
type CompiledTree = { [key: string]: unknown };

/**
 * Compiles the UI messages of locales/*.json to vue-i18n's message AST at build time, so the app ships
 * without vue-i18n's message compiler (`__INTLIFY_DROP_MESSAGE_COMPILER__`) and never parses a message
 * on the device. A message with a syntax error fails the build, naming the file and key.
 *
 * `parts` lets an app load its messages in pieces (the reader ships the messages of its first view and
 * loads the rest with the pages that need them): importing `locales/fr.json?part=<name>` keeps the
 * subtrees of the part's `pick` paths (all when absent), minus its `omit` paths. Each part is its own
 * module, hence its own chunk when imported lazily.
 */
export interface MessagePart {
  /** Dotted paths to keep (`web.fiche`); everything when absent. */
  pick?: readonly string[];
  /** Dotted paths to drop (`admin`). */
  omit?: readonly string[];
}

export function precompiledMessages(parts: Record<string, MessagePart> = {}): Plugin {
  return {
    name: 'reperes:precompiled-messages',
    enforce: 'pre',
    transform: {
      filter: { id: /[\\/]locales[\\/][a-z]{2,3}\.json(\?.*)?$/ },
      handler(code, id) {
        const compileTree = (tree: MessageTree, path: string): CompiledTree =>
          Object.fromEntries(
            Object.entries(tree).map(([key, value]) => {
              const keyPath = path ? `${path}.${key}` : key;
              if (typeof value !== 'string') return [key, compileTree(value, keyPath)];
              const { ast } = baseCompile(value, {
                jit: true,
                minify: true,
                location: false,
                onError: (error) => this.error(`${id}: message "${keyPath}": ${error.message}`),
              });
              return [key, ast];
            }),
          );
        const partName = new URLSearchParams(id.split('?')[1] ?? '').get('part');
        if (partName === null) {
          // Stays JSON: Vite's JSON plugin still turns it into a module (with named exports per area).
          return { code: JSON.stringify(compileTree(JSON.parse(code) as MessageTree, '')), map: null };
        }
        const part = parts[partName];
        if (!part)
          this.error(`${id}: unknown message part "${partName}" (known: ${Object.keys(parts).join(', ')})`);
        // With a query Vite no longer sees a .json module: hand it a JavaScript module.
        const selected = selectAreas(JSON.parse(code) as MessageTree, part.pick ?? [], part.omit ?? []);
        const tree = compileTree(selected, '');
        return {
          code: `export default JSON.parse(${JSON.stringify(JSON.stringify(tree))});`,
          moduleType: 'js',
          map: null,
        };
      },
    },
  };
}

/**
 * V8's explicit compile hint (`//# allFunctionsCalledOnLoad`, Chrome 136+) at the top of the chunks whose
 * code all runs as the page opens: the entry (framework, layout, home page, data layer) and each page's own
 * chunk. V8 then compiles every function of those files while the file streams in, on a background thread,
 * rather than each one on the main thread the first time it runs (the first render runs most of Vue).
 * Measured on the first view of a fiche (bench/main-thread.ts): the first render's task about a third
 * shorter. Other browsers ignore the comment. Chunks loaded for a later interaction (share panel, search
 * index, message files) keep lazy compilation.
 */
const HINT = '//# allFunctionsCalledOnLoad';

export function compileHints(
  isEager: (chunk: { isEntry: boolean; facadeModuleId: string | null }) => boolean,
): Plugin {
  return {
    name: 'reperes:compile-hints',
    apply: 'build',
    // On the written files: Vite rewrites the chunks that import others lazily after every plugin's
    // generateBundle (its preload helper must stay first in them, and the hint before it).
    async writeBundle(options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !isEager(chunk)) continue;
        const file = path.join(options.dir ?? '', chunk.fileName);
        await writeFile(file, `${HINT}\n${await readFile(file, 'utf8')}`);
      }
    },
  };
}

/**
 * Writes `first-view.json` (FIRST_VIEW_TABLE_FILE): what each page and language needs before it can paint,
 * from the build manifest (@reperes/shared/first-view-hints). The service worker precaches it and names
 * those files in the HTML of a page it opens without a snapshot (src/sw/sw.ts), as the API does for a
 * first visit. After the files are written: the font stylesheets are read for their faces.
 */
export function firstViewTableFile(): Plugin {
  return {
    name: 'reperes:first-view-table',
    apply: 'build',
    async writeBundle(options) {
      const dir = options.dir ?? '';
      const manifest = JSON.parse(
        await readFile(path.join(dir, '.vite', 'manifest.json'), 'utf8'),
      ) as ViteManifest;
      const table = firstViewTable(manifest, (file) => readFileSync(path.join(dir, file), 'utf8'));
      await writeFile(path.join(dir, FIRST_VIEW_TABLE_FILE), JSON.stringify(table));
    },
  };
}
