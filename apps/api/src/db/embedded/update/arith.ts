import { Long } from 'bson';
import { bsonTypeOf } from '../bson/codec.js';
import { toDouble } from '../bson/compare.js';
import { notSupported } from '../errors.js';

function isLong(value: unknown): value is Long {
  return bsonTypeOf(value) === 'Long';
}

function assertNoDecimal(a: unknown, b: unknown): void {
  if (bsonTypeOf(a) === 'Decimal128' || bsonTypeOf(b) === 'Decimal128') {
    throw notSupported('arithmetic ($inc, $mul) on Decimal128 values');
  }
}

function toLong(value: unknown): Long {
  return isLong(value) ? value : Long.fromNumber(toDouble(value));
}

/** Numbers combine as in MongoDB: a long stays a long unless a fractional double is involved. */
function combine(
  a: unknown,
  b: unknown,
  onNumbers: (x: number, y: number) => number,
  onLongs: (x: Long, y: Long) => Long,
) {
  assertNoDecimal(a, b);
  if (typeof a === 'number' && typeof b === 'number') return onNumbers(a, b);
  const x = toDouble(a);
  const y = toDouble(b);
  if (!Number.isInteger(x) || !Number.isInteger(y)) return onNumbers(x, y);
  return onLongs(toLong(a), toLong(b));
}

export function addNumbers(a: unknown, b: unknown): unknown {
  return combine(
    a,
    b,
    (x, y) => x + y,
    (x, y) => x.add(y),
  );
}

export function multiplyNumbers(a: unknown, b: unknown): unknown {
  return combine(
    a,
    b,
    (x, y) => x * y,
    (x, y) => x.multiply(y),
  );
}

/** The zero $mul stores in a missing field, of the multiplier's type. */
export function zeroLike(value: unknown): unknown {
  return isLong(value) ? Long.ZERO : 0;
}

export function bitwise(current: unknown, operation: string, operand: unknown): unknown {
  if (isLong(current) || isLong(operand)) {
    const x = toLong(current);
    const y = toLong(operand);
    return operation === 'and' ? x.and(y) : operation === 'or' ? x.or(y) : x.xor(y);
  }
  const x = toDouble(current);
  const y = toDouble(operand);
  return operation === 'and' ? x & y : operation === 'or' ? x | y : x ^ y;
}
