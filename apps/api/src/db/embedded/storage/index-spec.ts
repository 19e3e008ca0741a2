import { isPlainObject, type Doc } from '../bson/codec.js';
import { sameValue, toDouble } from '../bson/compare.js';
import { badValue, ErrorCode, mongoError, notSupported } from '../errors.js';
import { compileFilter } from '../query/filter.js';

/** An index definition as listIndexes shows it and as the data files store it. */
export interface IndexSpec {
  readonly v: number;
  readonly key: Doc;
  readonly name: string;
  readonly unique?: boolean;
  readonly sparse?: boolean;
  readonly partialFilterExpression?: Doc;
  readonly expireAfterSeconds?: number;
}

export const ID_INDEX_NAME = '_id_';
export const ID_INDEX_SPEC: IndexSpec = Object.freeze({
  v: 2,
  key: Object.freeze({ _id: 1 }),
  name: ID_INDEX_NAME,
});

const UNSUPPORTED_INDEX_OPTIONS: Readonly<Record<string, string>> = {
  collation: 'index collation',
  weights: 'text indexes',
  default_language: 'text indexes',
  language_override: 'text indexes',
  textIndexVersion: 'text indexes',
  '2dsphereIndexVersion': 'geospatial indexes',
  bits: 'geospatial indexes',
  min: 'geospatial indexes',
  max: 'geospatial indexes',
  bucketSize: 'geospatial indexes',
  wildcardProjection: 'wildcard indexes',
  storageEngine: 'index storageEngine options',
  clustered: 'clustered indexes',
};

/** Options a mongod accepts that have no effect here (index builds are always immediate). */
const NO_EFFECT_INDEX_OPTIONS = new Set(['background', 'ns']);

function defaultIndexName(key: Doc): string {
  return Object.entries(key)
    .map(([field, direction]) => `${field}_${String(direction)}`)
    .join('_');
}

export function parseIndexSpec(raw: unknown): IndexSpec {
  if (!isPlainObject(raw)) throw badValue('each index specification must be a document');
  const key = raw.key;
  if (!isPlainObject(key) || Object.keys(key).length === 0) {
    throw mongoError(
      ErrorCode.FailedToParse,
      "The 'key' field of an index specification must be a non-empty document",
    );
  }
  for (const [field, direction] of Object.entries(key)) {
    if (typeof direction === 'string') throw notSupported(`'${direction}' indexes`);
    if (field.includes('$**')) throw notSupported('wildcard indexes');
    if (field === '' || field.startsWith('$')) throw badValue(`invalid index key field name '${field}'`);
    const n = toDouble(direction);
    if (!Number.isFinite(n) || n === 0) {
      throw badValue(`Values in the index key pattern must be non-zero numbers, got ${String(direction)}`);
    }
  }
  const name = raw.name ?? defaultIndexName(key);
  if (typeof name !== 'string' || name.length === 0) throw badValue('index name must be a non-empty string');

  const spec: { -readonly [K in keyof IndexSpec]: IndexSpec[K] } = { v: 2, key, name };
  for (const [option, value] of Object.entries(raw)) {
    switch (option) {
      case 'key':
      case 'name':
        break;
      case 'v':
        if (value !== 1 && value !== 2) throw badValue(`index version ${String(value)} is not supported`);
        break;
      case 'unique':
        if (value) spec.unique = true;
        break;
      case 'sparse':
        if (value) spec.sparse = true;
        break;
      case 'hidden':
        if (value) throw notSupported('hidden indexes');
        break;
      case 'partialFilterExpression':
        if (!isPlainObject(value)) throw badValue('partialFilterExpression must be a document');
        compileFilter(value);
        spec.partialFilterExpression = value;
        break;
      case 'expireAfterSeconds': {
        const seconds = toDouble(value);
        if (!Number.isFinite(seconds) || seconds < 0) {
          throw badValue('expireAfterSeconds must be a non-negative number');
        }
        if (Object.keys(key).length !== 1) {
          throw badValue('TTL indexes are single-field indexes, compound indexes do not support TTL');
        }
        spec.expireAfterSeconds = seconds;
        break;
      }
      default: {
        const unsupported = UNSUPPORTED_INDEX_OPTIONS[option];
        if (unsupported) throw notSupported(unsupported);
        if (!NO_EFFECT_INDEX_OPTIONS.has(option)) {
          throw mongoError(
            ErrorCode.InvalidIndexSpecificationOption,
            `The field '${option}' is not valid for an index specification.`,
          );
        }
      }
    }
  }
  if (spec.sparse && spec.partialFilterExpression) {
    throw badValue("cannot mix 'partialFilterExpression' and 'sparse' options");
  }
  if (name === ID_INDEX_NAME || (Object.keys(key).length === 1 && '_id' in key)) {
    if (spec.sparse || spec.partialFilterExpression || spec.expireAfterSeconds !== undefined) {
      throw badValue('the _id index cannot be sparse, partial or TTL');
    }
  }
  return spec;
}

export function sameKeyPattern(a: Doc, b: Doc): boolean {
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return (
    keysA.length === keysB.length &&
    keysA.every((k, i) => k === keysB[i] && Math.sign(toDouble(a[k])) === Math.sign(toDouble(b[k])))
  );
}

export function sameIndexOptions(a: IndexSpec, b: IndexSpec): boolean {
  return (
    Boolean(a.unique) === Boolean(b.unique) &&
    Boolean(a.sparse) === Boolean(b.sparse) &&
    a.expireAfterSeconds === b.expireAfterSeconds &&
    sameValue(a.partialFilterExpression, b.partialFilterExpression)
  );
}
