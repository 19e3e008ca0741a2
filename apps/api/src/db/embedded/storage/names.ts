import { ErrorCode, mongoError } from '../errors.js';

const INVALID_DB_CHARS = /[/\\. "$*<>:|?\0]/;

export function assertValidDatabaseName(name: unknown): asserts name is string {
  if (typeof name !== 'string' || name.length === 0 || name.length >= 64 || INVALID_DB_CHARS.test(name)) {
    throw mongoError(ErrorCode.InvalidNamespace, `Invalid database name: '${String(name)}'`);
  }
}

export function assertValidCollectionName(db: string, name: unknown): asserts name is string {
  if (
    typeof name !== 'string' ||
    name.length === 0 ||
    name.includes('\0') ||
    name.includes('$') ||
    name.startsWith('.') ||
    name.startsWith('system.') ||
    db.length + 1 + name.length > 255
  ) {
    throw mongoError(ErrorCode.InvalidNamespace, `Invalid collection name: ${db}.${String(name)}`);
  }
}
