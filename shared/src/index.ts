export * from './errors.js';
export * from './languages.js';
export * from './schemas/index.js';
