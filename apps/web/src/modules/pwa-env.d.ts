/** The reader app's version (apps/web/package.json), set at build time in vite.config.ts. */
declare const __SHELL_VERSION__: string;
