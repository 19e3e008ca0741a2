import type { Collection } from '../storage/collection.js';
import type { DocRecord } from '../storage/record.js';
import type { CompiledFilter } from './filter.js';
import { sortItems, type SortPlan } from './sort.js';

export interface SelectOptions {
  readonly sort?: SortPlan | undefined;
  readonly skip?: number | undefined;
  /** Maximum number of results; undefined for no limit. */
  readonly limit?: number | undefined;
}

export interface Selection {
  readonly records: DocRecord[];
  readonly docsExamined: number;
  readonly keysExamined: number;
  readonly indexName: string | undefined;
}

/**
 * The records matching a filter, sorted and paginated. Candidates come from the best index when the filter
 * has equalities on an index prefix; without a sort the scan stops as soon as enough results are found.
 */
export function selectRecords(
  collection: Collection | undefined,
  filter: CompiledFilter,
  options: SelectOptions = {},
): Selection {
  if (!collection) return { records: [], docsExamined: 0, keysExamined: 0, indexName: undefined };
  const plan = collection.plan(filter);
  const skip = options.skip ?? 0;
  const limit = options.limit;
  const wanted = limit === undefined ? undefined : skip + limit;
  const stopAt = options.sort || wanted === undefined ? Number.POSITIVE_INFINITY : wanted;
  const matched: DocRecord[] = [];
  let docsExamined = 0;
  if (stopAt > 0) {
    for (const record of plan.records) {
      docsExamined++;
      if (filter.test(record.doc)) {
        matched.push(record);
        if (matched.length >= stopAt) break;
      }
    }
  }
  let records = options.sort ? sortItems(matched, options.sort, (r) => r.doc, wanted) : matched;
  if (skip > 0 || (wanted !== undefined && records.length > wanted)) records = records.slice(skip, wanted);
  return { records, docsExamined, keysExamined: plan.keysExamined, indexName: plan.indexName };
}
