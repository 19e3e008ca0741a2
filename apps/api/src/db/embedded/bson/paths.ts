import { isPlainObject, type Doc } from './codec.js';

const splitCache = new Map<string, readonly string[]>();

export function splitPath(path: string): readonly string[] {
  let parts = splitCache.get(path);
  if (parts === undefined) {
    parts = path.split('.');
    if (splitCache.size > 10_000) splitCache.clear();
    splitCache.set(path, parts);
  }
  return parts;
}

export function isArrayIndex(part: string): boolean {
  return part.length > 0 && part.length < 10 && /^\d+$/.test(part);
}

/** The value at a dotted path, following numeric parts into arrays but never fanning out over arrays. */
export function getPath(doc: unknown, parts: readonly string[]): unknown {
  let current: unknown = doc;
  for (const part of parts) {
    if (Array.isArray(current)) {
      if (!isArrayIndex(part)) return undefined;
      current = current[Number(part)];
    } else if (isPlainObject(current)) {
      current = current[part];
    } else {
      return undefined;
    }
    if (current === undefined) return undefined;
  }
  return current;
}

/**
 * All values a path designates, MongoDB style: arrays met on the way are fanned out (`a.b` on
 * `{a: [{b: 1}, {b: 2}]}` gives 1 and 2), and a final array contributes its elements. A missing field
 * contributes `undefined`. Returns whether an array was met, i.e. the document is "multikey" for the path.
 */
export function collectPathValues(doc: unknown, parts: readonly string[], out: unknown[]): boolean {
  return collect(doc, parts, 0, out);
}

function collect(value: unknown, parts: readonly string[], i: number, out: unknown[]): boolean {
  if (i === parts.length) {
    if (Array.isArray(value)) {
      if (value.length === 0) out.push(undefined);
      else out.push(...value);
      return true;
    }
    out.push(value);
    return false;
  }
  const part = parts[i] as string;
  if (Array.isArray(value)) {
    if (isArrayIndex(part) && Number(part) < value.length) {
      collect(value[Number(part)], parts, i + 1, out);
      return true;
    }
    const before = out.length;
    for (const element of value) {
      if (isPlainObject(element)) collect(element, parts, i, out);
    }
    if (out.length === before) out.push(undefined);
    return true;
  }
  if (isPlainObject(value)) return collect(value[part], parts, i + 1, out);
  out.push(undefined);
  return false;
}

/** Builds a nested document `{a: {b: value}}` from `a.b`, as an upsert does with query equalities. */
export function setNewPath(target: Doc, parts: readonly string[], value: unknown): boolean {
  let current: Doc = target;
  for (let i = 0; i < parts.length - 1; i++) {
    const part = parts[i] as string;
    const next = current[part];
    if (next === undefined) {
      const child: Doc = {};
      current[part] = child;
      current = child;
    } else if (isPlainObject(next)) {
      current = next;
    } else {
      return false;
    }
  }
  const last = parts[parts.length - 1] as string;
  if (current[last] !== undefined) return false;
  current[last] = value;
  return true;
}
