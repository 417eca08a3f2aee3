// Sorted lists of source offsets: where names occur, answered by binary search.

/** Is some offset of the sorted list in [start, end)? */
export function spansAny(offsets: readonly number[], start: number, end: number): boolean {
  let lo = 0;
  let hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((offsets[mid] as number) < start) lo = mid + 1;
    else hi = mid;
  }
  return lo < offsets.length && (offsets[lo] as number) < end;
}
