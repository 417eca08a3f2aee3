// A cache of devices shared by request handlers. Each Device embeds a Kref; whoever holds a
// pointer holds a reference. Run `npm run demo` to see which paths forget to put.
import { kref_get, kref_get_unless_zero, kref_init, kref_put, type Kref } from "./kref.js";

export interface Device {
  ref: Kref;
  id: string;
  online: boolean;
  pending: string[];
}

function releaseDevice(ref: Kref): void {
  // The only place a device is torn down: when its last reference is put.
  void ref;
}

export function createDevice(id: string): Device {
  const dev: Device = { ref: { count: 0 }, id, online: true, pending: [] };
  kref_init(dev.ref);
  return dev; // the initial reference goes to the caller
}

// Correct: the reference is put on every path, whatever `send` does.
export function sendAll(dev: Device, send: (msg: string) => void): number {
  kref_get(dev.ref);
  try {
    for (const msg of dev.pending) send(msg);
    return dev.pending.length;
  } finally {
    kref_put(dev.ref, releaseDevice);
  }
}

// Bug: the early return for offline devices forgets the put.
export function firstPending(dev: Device): string | null {
  kref_get(dev.ref);
  if (!dev.online) return null;
  const msg = dev.pending[0] ?? null;
  kref_put(dev.ref, releaseDevice);
  return msg;
}

// Bug: `continue` skips the put for devices with nothing pending.
export function countPending(devices: Device[]): number {
  let total = 0;
  for (const dev of devices) {
    if (!kref_get_unless_zero(dev.ref)) continue; // dying device: no reference taken, fine
    if (dev.pending.length === 0) continue;
    total += dev.pending.length;
    kref_put(dev.ref, releaseDevice);
  }
  return total;
}

// Bug: if `flush` throws, the catch handler returns without putting.
export function flushDevice(dev: Device, flush: (d: string[]) => void): boolean {
  kref_get(dev.ref);
  try {
    flush(dev.pending);
  } catch {
    return false;
  }
  kref_put(dev.ref, releaseDevice);
  return true;
}
