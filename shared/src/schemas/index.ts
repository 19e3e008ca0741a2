export * from './common.js';
export * from './taxonomy.js';
export * from './fiche.js';
export * from './translation.js';
export * from './theme.js';
export * from './api.js';
