/**
 * Rolling batches: at most `maxParallel` hosts at a time, the next batch once the whole batch is done.
 * With `failFast`, no batch starts after one in which a host failed; the hosts left are `skipped`.
 */

export interface BatchOptions {
  maxParallel: number
  failFast: boolean
}

export async function inBatches<T, R>(
  items: readonly T[],
  options: BatchOptions,
  run: (item: T, index: number) => Promise<R>,
  failed: (result: R) => boolean,
  skip: (item: T, index: number) => R,
): Promise<R[]> {
  const results: R[] = []
  let stop = false
  for (let start = 0; start < items.length; start += options.maxParallel) {
    const batch = items.slice(start, start + options.maxParallel)
    if (stop) {
      results.push(...batch.map((item, i) => skip(item, start + i)))
      continue
    }
    const done = await Promise.all(batch.map((item, i) => run(item, start + i)))
    results.push(...done)
    if (options.failFast && done.some(failed)) stop = true
  }
  return results
}
