// Where a piece of text stands in a code sample, for test cases that compute their expected
// locations (so generated cases stay right whatever their size).

/** Line and column (1-based) of the `nth` occurrence of `needle`; without `nth` it must be unique. */
export function at(code: string, needle: string, nth?: number): { line: number; column: number } {
  const starts: number[] = [];
  for (let i = code.indexOf(needle); i >= 0; i = code.indexOf(needle, i + 1)) starts.push(i);
  if (starts.length === 0) throw new Error(`needle not found: ${needle}`);
  if (nth === undefined && starts.length > 1) throw new Error(`needle not unique: ${needle}`);
  const index = starts[nth ?? 0];
  if (index === undefined) throw new Error(`needle ${needle} has no occurrence ${String(nth)}`);
  const before = code.slice(0, index).split("\n");
  return { line: before.length, column: (before[before.length - 1] ?? "").length + 1 };
}
