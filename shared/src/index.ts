export * from './errors.js';
export * from './languages.js';
export * from './schemas/index.js';
export * from './markdown/index.js';
export * from './completeness.js';
export * from './pack-hash.js';
export * from './reader-shell.js';
