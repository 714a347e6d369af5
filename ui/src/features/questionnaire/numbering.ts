// Questions are numbered across sections, as in the printed document.

/** The number of the first question of each group, given each group's size. */
export function firstNumbers(sizes: readonly number[]): number[] {
  return sizes.map((_, i) => 1 + sizes.slice(0, i).reduce((a, b) => a + b, 0));
}
