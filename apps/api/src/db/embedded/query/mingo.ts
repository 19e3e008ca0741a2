import { Context, ProcessingMode } from 'mingo/core';
import { Lazy, type Iterator } from 'mingo/lazy';
import * as accumulatorOperators from 'mingo/operators/accumulator';
import * as expressionOperators from 'mingo/operators/expression';
import * as pipelineOperators from 'mingo/operators/pipeline';
import * as projectionOperators from 'mingo/operators/projection';
import * as queryOperators from 'mingo/operators/query';
import * as windowOperators from 'mingo/operators/window';
import type { AnyObject, Options } from 'mingo/types';
import type { Doc } from '../bson/codec.js';
import { BSON_QUERY_OPERATORS } from './bson-operators.js';
import { parseSort, sortItems } from './sort.js';

/** The aggregation $sort, with the same BSON ordering as find's sort. */
function $sort(collection: Iterator, spec: unknown): Iterator {
  const plan = parseSort(spec);
  if (!plan) return collection;
  const docs = collection.collect() as Doc[];
  return Lazy(sortItems(docs, plan, (doc) => doc));
}

/**
 * All of mingo's operators, with BSON-aware comparisons and sort. mingo's Context keeps the first
 * registration of a name, so ours are listed before mingo's.
 */
const CONTEXT = Context.init({
  accumulator: accumulatorOperators,
  expression: expressionOperators,
  pipeline: { ...pipelineOperators, $sort } as never,
  projection: projectionOperators,
  query: { ...queryOperators, ...BSON_QUERY_OPERATORS } as never,
  window: windowOperators,
});

export const MINGO_PIPELINE_STAGES = new Set(Object.keys(pipelineOperators));

export interface MingoOptionsInput {
  variables?: Doc | undefined;
  collectionResolver?: ((name: string) => AnyObject[]) | undefined;
  /** Clone inputs before a pipeline runs: mingo stages may modify nested input objects in place. */
  cloneInput?: boolean;
}

export function mingoOptions(input: MingoOptionsInput = {}): Partial<Options> {
  return {
    context: CONTEXT,
    idKey: '_id',
    useStrictMode: true,
    // Server-side JavaScript ($where, $function, $accumulator) is refused like a mongod with scripting off.
    scriptEnabled: false,
    processingMode: input.cloneInput ? ProcessingMode.CLONE_INPUT : ProcessingMode.CLONE_OFF,
    ...(input.variables ? { variables: input.variables } : {}),
    ...(input.collectionResolver ? { collectionResolver: input.collectionResolver } : {}),
  };
}
