// RuleTester cases of kref/lock-lookup-and-get. Suggestion outputs live in lock-lookup-and-get.suggestions.ts.
import type { InvalidTestCase, ValidTestCase } from "@typescript-eslint/rule-tester";
import type { ESLintUtils } from "@typescript-eslint/utils";
import type rule from "../../src/rules/lock-lookup-and-get.js";

type MessageId = ESLintUtils.InferMessageIdsTypeFromRule<typeof rule>;

// Every code sample starts with a newline, so its first line of code is line 2. The kref preset
// has concurrency "threads": a lock is needed even with no await between lookup and get.

const outside = (line: number, column: number, handle: string, location: string, lookupLine: number) => ({
  messageId: "getOutsideLookupSection" as const,
  data: { handle, location, line: String(lookupLine) },
  line,
  column,
});

export const valid: ValidTestCase<[]>[] = [
    {
      name: "seed: get_global_obj looks up and gets under obj_lock",
      code: `
let globalObj: MyData | null = null;
const objLock = DEFINE_MUTEX();
function getGlobalObj(): MyData | null {
  let obj: MyData | null = null;
  mutex_lock(objLock);
  if (globalObj) {
    obj = globalObj;
    kref_get(obj.refcount);
  }
  mutex_unlock(objLock);
  return obj;
}`,
    },
    {
      name: "seed: put_global_obj needs no lock",
      code: `
function putGlobalObj(obj: MyData): void {
  kref_put(obj.refcount, dataRelease);
}`,
    },
    {
      name: "a get on a parameter: the caller holds a reference",
      code: `
function keep(dev: Device) {
  kref_get(dev.ref);
  return dev;
}`,
    },
    {
      name: "a get on a fresh local object",
      code: `
function make() {
  const dev = new Device();
  kref_init(dev.ref);
  kref_get(dev.ref);
  return dev;
}`,
    },
    {
      name: "a get on a handle already owned on this path",
      code: `
let shared: Device;
function twice(lock: Mutex) {
  mutex_lock(lock);
  const dev = shared;
  kref_get(dev.ref);
  mutex_unlock(lock);
  kref_get(dev.ref);
  return dev;
}`,
    },
    {
      name: "spin_lock and camelCase mutexLock",
      code: `
const table = new Map<string, Device>();
function find(id: string, tableLock: SpinLock, otherLock: Mutex) {
  spin_lock(tableLock);
  const dev = table.get(id);
  if (dev) kref_get(dev.ref);
  spin_unlock(tableLock);
  mutexLock(otherLock);
  const again = table.get(id);
  if (again) krefGet(again.ref);
  mutexUnlock(otherLock);
  return [dev, again];
}`,
    },
    {
      name: "m.lock() / m.unlock() on a Mutex",
      code: `
const registry = new Map<string, Device>();
const guard = new Mutex();
function find(id: string) {
  guard.lock();
  const dev = registry.get(id);
  if (dev) kref_get(dev.ref);
  guard.unlock();
  return dev;
}`,
    },
    {
      name: "releaser from await mutex.acquire()",
      code: `
const cache = new Map<string, Entry>();
const cacheMutex = new Mutex();
async function lookup(key: string) {
  const release = await cacheMutex.acquire();
  try {
    const entry = cache.get(key);
    if (entry) kref_get(entry.ref);
    return entry;
  } finally {
    release();
  }
}`,
    },
    {
      name: "lookup and get inside runExclusive",
      code: `
const cache = new Map<string, Entry>();
const cacheLock = new Mutex();
function lookup(key: string) {
  return cacheLock.runExclusive(() => {
    const entry = cache.get(key);
    if (entry) kref_get(entry.ref);
    return entry;
  });
}`,
    },
    {
      name: "lookup and get inside navigator.locks.request",
      code: `
const cache = new Map<string, Entry>();
function lookup(key: string) {
  return navigator.locks.request("cache", async () => {
    const entry = cache.get(key);
    if (entry) kref_get(entry.ref);
    return entry;
  });
}`,
    },
    {
      name: "lookup and get inside lock.acquire(key, fn)",
      code: `
const cache = new Map<string, Entry>();
const lock = new AsyncLock();
function lookup(key: string) {
  return lock.acquire("cache", () => {
    const entry = cache.get(key);
    if (entry) kref_get(entry.ref);
    return entry;
  });
}`,
    },
    {
      name: "releasing another lock does not end the section",
      code: `
let current: Device | null = null;
function find(a: Mutex, b: Mutex) {
  mutex_lock(a);
  mutex_lock(b);
  const dev = current;
  mutex_unlock(b);
  if (dev) kref_get(dev.ref);
  mutex_unlock(a);
  return dev;
}`,
    },
    {
      name: "this.field under this.lock",
      code: `
class Holder {
  lock = new Mutex();
  current: Device | null = null;
  grab() {
    mutex_lock(this.lock);
    const dev = this.current;
    if (dev) kref_get(dev.ref);
    mutex_unlock(this.lock);
    return dev;
  }
}`,
    },
    {
      name: "iterating a shared list under its lock",
      code: `
const devices: Device[] = [];
function pinAll(listLock: Mutex) {
  const pinned: Device[] = [];
  mutex_lock(listLock);
  for (const dev of devices) {
    kref_get(dev.ref);
    pinned.push(dev);
  }
  mutex_unlock(listLock);
  return pinned;
}`,
    },
    {
      name: "index and find on a shared array under its lock",
      code: `
const devices: Device[] = [];
function pick(i: number, listLock: Mutex) {
  mutex_lock(listLock);
  const a = devices[i];
  kref_get(a.ref);
  const b = devices.find((d) => d.ready);
  if (b) kref_get(b.ref);
  mutex_unlock(listLock);
  return [a, b];
}`,
    },
    {
      name: "kref_get_unless_zero under the lock",
      code: `
const table = new Map<string, Device>();
function tryFind(id: string, tableLock: Mutex) {
  mutex_lock(tableLock);
  const dev = table.get(id);
  const ok = dev && kref_get_unless_zero(dev.ref);
  mutex_unlock(tableLock);
  return ok ? dev : null;
}`,
    },
    {
      name: "kref_put_mutex returning true holds the lock",
      code: `
let head: Device | null = null;
function dropAndAdvance(dev: Device, listLock: Mutex) {
  if (kref_put_mutex(dev.ref, release, listLock)) {
    const next = head;
    if (next) kref_get(next.ref);
    mutex_unlock(listLock);
    return next;
  }
  return null;
}`,
    },
    {
      name: "a container passed as a parameter is not a shared lookup",
      code: `
function fromTable(table: Map<string, Device>, id: string) {
  const dev = table.get(id);
  if (dev) kref_get(dev.ref);
  return dev;
}`,
    },
    {
      name: "a local map is not shared",
      code: `
function local(id: string) {
  const byId = new Map<string, Device>();
  const dev = byId.get(id);
  if (dev) kref_get(dev.ref);
  return dev;
}`,
    },
    {
      name: "looked up again under the lock before the get",
      code: `
let current: Device | null = null;
function refresh(lock: Mutex) {
  let dev = current;
  log(dev);
  mutex_lock(lock);
  dev = current;
  if (dev) kref_get(dev.ref);
  mutex_unlock(lock);
  return dev;
}`,
    },
    {
      name: "a synchronous callback may run under its caller's lock: stay silent",
      code: `
const table = new Map<string, Device>();
function pinAll(ids: string[], tableLock: Mutex) {
  mutex_lock(tableLock);
  ids.forEach((id) => {
    const dev = table.get(id);
    if (dev) kref_get(dev.ref);
  });
  mutex_unlock(tableLock);
}`,
    },
    {
      name: "a static field under a lock",
      code: `
class Registry {
  static instance: Device | null = null;
}
function current(lock: Mutex) {
  mutex_lock(lock);
  const dev = Registry.instance;
  if (dev) kref_get(dev.ref);
  mutex_unlock(lock);
  return dev;
}`,
    },
    {
      name: "a direct get on a global under its lock",
      code: `
let globalObj: MyData;
function pin(objLock: Mutex) {
  mutex_lock(objLock);
  kref_get(globalObj.refcount);
  mutex_unlock(objLock);
}`,
    },
    {
      name: "lookup and get in both arms of a branch, each under the lock",
      code: `
const table = new Map<string, Device>();
function find(id: string, fast: boolean, tableLock: Mutex) {
  mutex_lock(tableLock);
  const dev = fast ? table.get(id) : table.get(id.toLowerCase());
  if (dev) kref_get(dev.ref);
  mutex_unlock(tableLock);
  return dev;
}`,
    },
    {
      name: "non-kref code reading globals is never touched",
      code: `
const cache = new Map<string, number>();
function read(key: string) {
  const value = cache.get(key);
  return value ?? 0;
}`,
    },
];

export const invalid: InvalidTestCase<MessageId, []>[] = [
    {
      name: "seed: get_global_obj_wrong",
      code: `
let globalObj: MyData | null = null;
function getGlobalObjWrong(): MyData | null {
  const obj = globalObj;
  if (obj) kref_get(obj.refcount);
  return obj;
}`,
      errors: [outside(5, 12, "obj", "globalObj", 4)],
    },
    {
      name: "unlock, then get",
      code: `
let globalObj: MyData | null = null;
function getLate(objLock: Mutex): MyData | null {
  mutex_lock(objLock);
  const obj = globalObj;
  mutex_unlock(objLock);
  if (obj) kref_get(obj.refcount);
  return obj;
}`,
      errors: [outside(7, 12, "obj", "globalObj", 5)],
    },
    {
      name: "lookup before the lock, get under it",
      code: `
let globalObj: MyData | null = null;
function getEarly(objLock: Mutex): MyData | null {
  const obj = globalObj;
  mutex_lock(objLock);
  if (obj) kref_get(obj.refcount);
  mutex_unlock(objLock);
  return obj;
}`,
      errors: [outside(6, 12, "obj", "globalObj", 4)],
    },
    {
      name: "a direct get on a global without a lock",
      code: `
let globalObj: MyData;
function pin() {
  kref_get(globalObj.refcount);
}`,
      errors: [outside(4, 3, "globalObj", "globalObj", 4)],
    },
    {
      name: "a field of this without a lock",
      code: `
class Holder {
  current: Device | null = null;
  grab() {
    const dev = this.current;
    if (dev) kref_get(dev.ref);
    return dev;
  }
}`,
      errors: [outside(6, 14, "dev", "this.current", 5)],
    },
    {
      name: "map.get on a module map without a lock",
      code: `
const table = new Map<string, Device>();
function find(id: string) {
  const dev = table.get(id);
  if (dev) kref_get(dev.ref);
  return dev;
}`,
      errors: [outside(5, 12, "dev", "table.get(…)", 4)],
    },
    {
      name: "index into a module array without a lock",
      code: `
const devices: Device[] = [];
function pick(i: number) {
  const dev = devices[i];
  kref_get(dev.ref);
  return dev;
}`,
      errors: [outside(5, 3, "dev", "devices[…]", 4)],
    },
    {
      name: "iterating a shared list without a lock",
      code: `
const devices: Device[] = [];
function pinAll() {
  for (const dev of devices) {
    kref_get(dev.ref);
    use(dev);
  }
}`,
      errors: [outside(5, 5, "dev", "devices", 4)],
    },
    {
      name: ".find on a shared array without a lock",
      code: `
const devices: Device[] = [];
function firstReady() {
  const dev = devices.find((d) => d.ready);
  if (dev) kref_get(dev.ref);
  return dev;
}`,
      errors: [outside(5, 12, "dev", "devices.find(…)", 4)],
    },
    {
      name: "kref_get_unless_zero after a lookup also needs the section",
      code: `
const table = new Map<string, Device>();
function tryFind(id: string) {
  const dev = table.get(id);
  if (dev && kref_get_unless_zero(dev.ref)) return dev;
  return null;
}`,
      errors: [outside(5, 14, "dev", "table.get(…)", 4)],
    },
    {
      name: "releasing and re-taking the same lock starts a new section",
      code: `
let globalObj: MyData | null = null;
function twoSections(objLock: Mutex) {
  mutex_lock(objLock);
  const obj = globalObj;
  mutex_unlock(objLock);
  mutex_lock(objLock);
  if (obj) kref_get(obj.refcount);
  mutex_unlock(objLock);
  return obj;
}`,
      errors: [outside(8, 12, "obj", "globalObj", 5)],
    },
    {
      name: "m.unlock() before the get",
      code: `
const registry = new Map<string, Device>();
const guard = new Mutex();
function find(id: string) {
  guard.lock();
  const dev = registry.get(id);
  guard.unlock();
  if (dev) kref_get(dev.ref);
  return dev;
}`,
      errors: [outside(8, 12, "dev", "registry.get(…)", 6)],
    },
    {
      name: "the releaser is called before the get",
      code: `
const cache = new Map<string, Entry>();
const cacheMutex = new Mutex();
async function lookup(key: string) {
  const release = await cacheMutex.acquire();
  const entry = cache.get(key);
  release();
  if (entry) kref_get(entry.ref);
  return entry;
}`,
      errors: [outside(8, 14, "entry", "cache.get(…)", 6)],
    },
    {
      name: "a lock taken after the lookup does not cover it",
      code: `
let current: Device | null = null;
function find(a: Mutex, b: Mutex) {
  mutex_lock(a);
  const dev = current;
  mutex_lock(b);
  mutex_unlock(a);
  if (dev) kref_get(dev.ref);
  mutex_unlock(b);
  return dev;
}`,
      errors: [outside(8, 12, "dev", "current", 5)],
    },
    {
      name: "spin_unlock before the get",
      code: `
const table = new Map<string, Device>();
function find(id: string, tableLock: SpinLock) {
  spin_lock(tableLock);
  const dev = table.get(id);
  spin_unlock(tableLock);
  if (dev) krefGet(dev.ref);
  return dev;
}`,
      errors: [outside(7, 12, "dev", "table.get(…)", 5)],
    },
    {
      name: "a deferred callback gets a handle its caller only looked up",
      code: `
let current: Device | null = null;
function later() {
  const dev = current;
  setTimeout(() => {
    if (dev) kref_get(dev.ref);
  }, 0);
}`,
      errors: [outside(6, 14, "dev", "the enclosing function", 5)],
    },
    {
      name: "a static field without a lock",
      code: `
class Registry {
  static instance: Device | null = null;
}
function current() {
  const dev = Registry.instance;
  if (dev) kref_get(dev.ref);
  return dev;
}`,
      errors: [outside(7, 12, "dev", "Registry.instance", 6)],
    },
    {
      name: "a property of globalThis without a lock",
      code: `
function current() {
  const dev = globalThis.device;
  kref_get(dev.ref);
  return dev;
}`,
      errors: [outside(4, 3, "dev", "globalThis.device", 3)],
    },
    {
      name: "the lock is released on one branch only",
      code: `
let current: Device | null = null;
function find(lock: Mutex, early: boolean) {
  mutex_lock(lock);
  const dev = current;
  if (early) mutex_unlock(lock);
  if (dev) kref_get(dev.ref);
  if (!early) mutex_unlock(lock);
  return dev;
}`,
      errors: [outside(7, 12, "dev", "current", 5)],
    },
    {
      name: "lookup in a loop, get after the unlock",
      code: `
const table = new Map<string, Device>();
function findAll(ids: string[], tableLock: Mutex) {
  for (const id of ids) {
    mutex_lock(tableLock);
    const dev = table.get(id);
    mutex_unlock(tableLock);
    if (dev) kref_get(dev.ref);
  }
}`,
      errors: [outside(8, 14, "dev", "table.get(…)", 6)],
    },
];
