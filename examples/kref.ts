// A TypeScript rendition of the kernel's kref API, as the examples use it.
// (The plugin matches these names; their bodies are not analysed for leaks.)

export interface Kref {
  count: number;
}

export type Release = (ref: Kref) => void;

export function kref_init(ref: Kref): void {
  ref.count = 1;
}

export function kref_get(ref: Kref): void {
  ref.count++;
}

export function kref_get_unless_zero(ref: Kref): boolean {
  if (ref.count === 0) return false;
  ref.count++;
  return true;
}

export function kref_put(ref: Kref, release: Release): boolean {
  ref.count--;
  if (ref.count > 0) return false;
  release(ref);
  return true;
}
