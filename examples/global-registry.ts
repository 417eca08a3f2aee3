// A global "current device" and a device table shared between threads. Each lookup must take its
// reference under the lock that the removal path also takes. Run `npm run demo` to see the races.
import { kref_get, kref_put, type Kref } from "./kref.js";

export interface Device {
  ref: Kref;
  id: string;
}

interface Mutex {
  held: boolean;
}

declare function mutex_lock(lock: Mutex): void;
declare function mutex_unlock(lock: Mutex): void;

const registryLock: Mutex = { held: false };
let currentDevice: Device | null = null;
const devicesById = new Map<string, Device>();

function releaseDevice(ref: Kref): void {
  void ref;
}

// Correct: lookup and get under registryLock.
export function getCurrent(): Device | null {
  let dev: Device | null = null;
  mutex_lock(registryLock);
  if (currentDevice) {
    dev = currentDevice;
    kref_get(dev.ref);
  }
  mutex_unlock(registryLock);
  return dev;
}

// Bug (the seed's get_global_obj_wrong): no lock between reading the pointer and the get.
export function getCurrentFast(): Device | null {
  const dev = currentDevice;
  if (dev) kref_get(dev.ref);
  return dev;
}

// Bug: the lock is dropped before the get.
export function findDevice(id: string): Device | undefined {
  mutex_lock(registryLock);
  const dev = devicesById.get(id);
  mutex_unlock(registryLock);
  if (dev) kref_get(dev.ref);
  return dev;
}

// Correct: removal puts the table's reference under the same lock.
export function removeDevice(id: string): void {
  mutex_lock(registryLock);
  const dev = devicesById.get(id);
  devicesById.delete(id);
  mutex_unlock(registryLock);
  if (dev) kref_put(dev.ref, releaseDevice);
}
