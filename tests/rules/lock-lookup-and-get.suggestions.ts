// Expected suggestions of the invalid cases in lock-lookup-and-get.cases.ts, per case name and error.
// Written by scripts/gen-suggestions.js and reviewed; tests/suggestions.test.ts checks that every
// suggestion parses, removes its finding and adds no other kref finding.
import type { SuggestionTable } from "../helpers/suggestions.js";

export const suggestions: SuggestionTable = {
  "unlock, then get": [
    [
      {
        messageId: "suggestHoldLock",
        output: "\nlet globalObj: MyData | null = null;\nfunction getLate(objLock: Mutex): MyData | null {\n  mutex_lock(objLock);\n  const obj = globalObj;\n  if (obj) kref_get(obj.refcount);\n  mutex_unlock(objLock);\n  return obj;\n}"
      }
    ]
  ],
  "lookup before the lock, get under it": [
    [
      {
        messageId: "suggestHoldLock",
        output: "\nlet globalObj: MyData | null = null;\nfunction getEarly(objLock: Mutex): MyData | null {\n  mutex_lock(objLock);\n  const obj = globalObj;\n  if (obj) kref_get(obj.refcount);\n  mutex_unlock(objLock);\n  return obj;\n}"
      }
    ]
  ],
  "m.unlock() before the get": [
    [
      {
        messageId: "suggestHoldLock",
        output: "\nconst registry = new Map<string, Device>();\nconst guard = new Mutex();\nfunction find(id: string) {\n  guard.lock();\n  const dev = registry.get(id);\n  if (dev) kref_get(dev.ref);\n  guard.unlock();\n  return dev;\n}"
      }
    ]
  ],
  "the releaser is called before the get": [
    [
      {
        messageId: "suggestHoldLock",
        output: "\nconst cache = new Map<string, Entry>();\nconst cacheMutex = new Mutex();\nasync function lookup(key: string) {\n  const release = await cacheMutex.acquire();\n  const entry = cache.get(key);\n  if (entry) kref_get(entry.ref);\n  release();\n  return entry;\n}"
      }
    ]
  ],
  "spin_unlock before the get": [
    [
      {
        messageId: "suggestHoldLock",
        output: "\nconst table = new Map<string, Device>();\nfunction find(id: string, tableLock: SpinLock) {\n  spin_lock(tableLock);\n  const dev = table.get(id);\n  if (dev) krefGet(dev.ref);\n  spin_unlock(tableLock);\n  return dev;\n}"
      }
    ]
  ],
  "lookup in a loop, get after the unlock": [
    [
      {
        messageId: "suggestHoldLock",
        output: "\nconst table = new Map<string, Device>();\nfunction findAll(ids: string[], tableLock: Mutex) {\n  for (const id of ids) {\n    mutex_lock(tableLock);\n    const dev = table.get(id);\n    if (dev) kref_get(dev.ref);\n    mutex_unlock(tableLock);\n  }\n}"
      }
    ]
  ]
};
