import type { Plugin } from 'vite';
import { baseCompile } from '@intlify/message-compiler';

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
type CompiledTree = { [key: string]: unknown };

/**
 * Compiles the UI messages of locales/*.json to vue-i18n's message AST at build time, so the app ships
 * without vue-i18n's message compiler (`__INTLIFY_DROP_MESSAGE_COMPILER__`) and never parses a message
 * on the device. A message with a syntax error fails the build, naming the file and key.
 */
export function precompiledMessages(): Plugin {
  return {
    name: 'reperes:precompiled-messages',
    enforce: 'pre',
    transform: {
      filter: { id: /[\\/]locales[\\/][a-z]{2,3}\.json$/ },
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
        // Stays JSON: Vite's JSON plugin still turns it into a module.
        return { code: JSON.stringify(compileTree(JSON.parse(code) as MessageTree, '')), map: null };
      },
    },
  };
}
