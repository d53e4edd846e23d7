/**
 * `target.push(...items)` without the spread: spreading an array into a call puts every element
 * on the stack, and a tab of ~150.000 rows overflows it ("Maximum call stack size exceeded").
 */
export function append<T>(target: T[], items: readonly T[]): T[] {
  for (const item of items) target.push(item);
  return target;
}
