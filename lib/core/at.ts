import { assert } from "./assert";

/**
 * `items[index]` for an index the caller has already bounded; a miss is a bug and throws `message`.
 * Example: at([10, 20], 1, "…") = 20.
 */
export function at<T>(items: readonly T[], index: number, message: string): T {
  const item = items[index];
  assert(item !== undefined, message);
  return item;
}

/** The last item of a list the caller knows is not empty. Example: last([10, 20], "…") = 20. */
export function last<T>(items: readonly T[], message: string): T {
  return at(items, items.length - 1, message);
}
