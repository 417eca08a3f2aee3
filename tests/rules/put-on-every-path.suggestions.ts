// Expected suggestions of the invalid cases in put-on-every-path.cases.ts, per case name and error.
// Written by scripts/gen-suggestions.js and reviewed; tests/suggestions.test.ts checks that every
// suggestion parses, removes its finding and adds no other kref finding.
import type { SuggestionTable } from "../helpers/suggestions.js";

export const suggestions: SuggestionTable = {
  "early return without a put": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction check(dev: Device): number {\n  kref_get(dev.ref);\n  if (dev.broken) { kref_put(dev.ref, release); return -1; }\n  kref_put(dev.ref, release);\n  return 0;\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "\nfunction check(dev: Device): number {\n  kref_get(dev.ref);\n  try {\n    if (dev.broken) return -1;\n    return 0;\n  } finally {\n    kref_put(dev.ref, release);\n  }\n}"
      }
    ]
  ],
  "throw without a put": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction mustWork(dev: Device) {\n  kref_get(dev.ref);\n  if (!dev.ready) { kref_put(dev.ref, release); throw new Error(\"not ready\"); }\n  kref_put(dev.ref, release);\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "\nfunction mustWork(dev: Device) {\n  kref_get(dev.ref);\n  try {\n    if (!dev.ready) throw new Error(\"not ready\");\n  } finally {\n    kref_put(dev.ref, release);\n  }\n}"
      }
    ]
  ],
  "continue without a put in for-of": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction visitSome(items: Item[]) {\n  for (const item of items) {\n    kref_get(item.ref);\n    if (item.skip) { kref_put(item.ref, release); continue; }\n    visit(item);\n    kref_put(item.ref, release);\n  }\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "\nfunction visitSome(items: Item[]) {\n  for (const item of items) {\n    kref_get(item.ref);\n    try {\n      if (item.skip) continue;\n      visit(item);\n    } finally {\n      kref_put(item.ref, release);\n    }\n  }\n}"
      }
    ]
  ],
  "break without a put in a while loop": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction drain(queue: Queue) {\n  while (queue.size > 0) {\n    const job = queue.peek();\n    kref_get(job.ref);\n    if (job.last) { kref_put(job.ref, release); break; }\n    run(job);\n    kref_put(job.ref, release);\n  }\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "\nfunction drain(queue: Queue) {\n  while (queue.size > 0) {\n    const job = queue.peek();\n    kref_get(job.ref);\n    try {\n      if (job.last) break;\n      run(job);\n    } finally {\n      kref_put(job.ref, release);\n    }\n  }\n}"
      }
    ]
  ],
  "reassigning the only holder of a reference": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction swap(first: string, second: Device) {\n  let dev = lookup(first);\n  kref_get(dev.ref);\n  kref_put(dev.ref, release);\n  dev = second;\n  kref_put(dev.ref, release);\n}"
      }
    ]
  ],
  "catch branch returns without a put": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction careful(dev: Device) {\n  kref_get(dev.ref);\n  try {\n    work(dev);\n  } catch {\n    kref_put(dev.ref, release);\n    return;\n  }\n  kref_put(dev.ref, release);\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "\nfunction careful(dev: Device) {\n  kref_get(dev.ref);\n  try {\n    try {\n      work(dev);\n    } catch {\n      return;\n    }\n  } finally {\n    kref_put(dev.ref, release);\n  }\n}"
      }
    ]
  ],
  "await inside try, catch returns": [
    [
      {
        messageId: "suggestPut",
        output: "\nasync function save(dev: Device) {\n  kref_get(dev.ref);\n  try {\n    await dev.save();\n  } catch {\n    kref_put(dev.ref, release);\n    return false;\n  }\n  kref_put(dev.ref, release);\n  return true;\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "\nasync function save(dev: Device) {\n  kref_get(dev.ref);\n  try {\n    try {\n      await dev.save();\n    } catch {\n      return false;\n    }\n    return true;\n  } finally {\n    kref_put(dev.ref, release);\n  }\n}"
      }
    ]
  ],
  "catch rethrows without a put": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction careful(dev: Device) {\n  kref_get(dev.ref);\n  try {\n    work(dev);\n  } catch (error) {\n    kref_put(dev.ref, release);\n    throw error;\n  }\n  kref_put(dev.ref, release);\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "\nfunction careful(dev: Device) {\n  kref_get(dev.ref);\n  try {\n    try {\n      work(dev);\n    } catch (error) {\n      throw error;\n    }\n  } finally {\n    kref_put(dev.ref, release);\n  }\n}"
      }
    ]
  ],
  "return inside try whose finally does not put": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction early(dev: Device): number {\n  kref_get(dev.ref);\n  try {\n    if (dev.done) { kref_put(dev.ref, release); return 1; }\n  } finally {\n    log(\"left\");\n  }\n  kref_put(dev.ref, release);\n  return 0;\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "\nfunction early(dev: Device): number {\n  kref_get(dev.ref);\n  try {\n    try {\n      if (dev.done) return 1;\n    } finally {\n      log(\"left\");\n    }\n    return 0;\n  } finally {\n    kref_put(dev.ref, release);\n  }\n}"
      }
    ]
  ],
  "a switch case returns without a put, and no case matching falls off the end": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction byMode(dev: Device, mode: number) {\n  kref_get(dev.ref);\n  switch (mode) {\n    case 1:\n      kref_put(dev.ref, release);\n      break;\n    case 2:\n      kref_put(dev.ref, release);\n      return 2;\n  }\n}"
      }
    ],
    []
  ],
  "two gets, one put": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction twice(dev: Device) {\n  kref_get(dev.ref);\n  kref_get(dev.ref);\n  kref_put(dev.ref, release);\n  kref_put(dev.ref, release);\n  return null;\n}"
      }
    ]
  ],
  "unknown callee borrows a handle the function puts elsewhere": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction consume(dev: Device, fast: boolean) {\n  kref_get(dev.ref);\n  if (fast) {\n    handOver(dev);\n    kref_put(dev.ref, release);\n    return;\n  }\n  kref_put(dev.ref, release);\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "\nfunction consume(dev: Device, fast: boolean) {\n  kref_get(dev.ref);\n  try {\n    if (fast) {\n      handOver(dev);\n      return;\n    }\n  } finally {\n    kref_put(dev.ref, release);\n  }\n}"
      }
    ]
  ],
  "class method with an early return": [
    [
      {
        messageId: "suggestPut",
        output: "\nclass Service {\n  run(dev: Device) {\n    kref_get(dev.ref);\n    if (this.stopped) { kref_put(dev.ref, release); return; }\n    kref_put(dev.ref, release);\n  }\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "\nclass Service {\n  run(dev: Device) {\n    kref_get(dev.ref);\n    try {\n      if (this.stopped) return;\n    } finally {\n      kref_put(dev.ref, release);\n    }\n  }\n}"
      }
    ]
  ],
  "do-while: break leaves a loop-scoped handle held": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction retry(source: Source) {\n  do {\n    const dev = source.next();\n    kref_get(dev.ref);\n    if (dev.failed) { kref_put(dev.ref, release); break; }\n    kref_put(dev.ref, release);\n  } while (source.more);\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "\nfunction retry(source: Source) {\n  do {\n    const dev = source.next();\n    kref_get(dev.ref);\n    try {\n      if (dev.failed) break;\n    } finally {\n      kref_put(dev.ref, release);\n    }\n  } while (source.more);\n}"
      }
    ]
  ],
  "ternary test, && test and optional chaining in the test": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction tests(dev: Device, a: boolean, b: boolean) {\n  kref_get(dev.ref);\n  if (a ? b : !b) { kref_put(dev.ref, release); return 1; }\n  if (a && dev.child?.bad) return 2;\n  kref_put(dev.ref, release);\n  return 0;\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "\nfunction tests(dev: Device, a: boolean, b: boolean) {\n  kref_get(dev.ref);\n  try {\n    if (a ? b : !b) return 1;\n    if (a && dev.child?.bad) return 2;\n    return 0;\n  } finally {\n    kref_put(dev.ref, release);\n  }\n}"
      }
    ],
    [
      {
        messageId: "suggestPut",
        output: "\nfunction tests(dev: Device, a: boolean, b: boolean) {\n  kref_get(dev.ref);\n  if (a ? b : !b) return 1;\n  if (a && dev.child?.bad) { kref_put(dev.ref, release); return 2; }\n  kref_put(dev.ref, release);\n  return 0;\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "\nfunction tests(dev: Device, a: boolean, b: boolean) {\n  kref_get(dev.ref);\n  try {\n    if (a ? b : !b) return 1;\n    if (a && dev.child?.bad) return 2;\n    return 0;\n  } finally {\n    kref_put(dev.ref, release);\n  }\n}"
      }
    ]
  ],
  "camelCase API leak": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction touch(dev: Device) {\n  krefGet(dev.ref);\n  if (dev.gone) { krefPut(dev.ref, release); return; }\n  krefPut(dev.ref, release);\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "\nfunction touch(dev: Device) {\n  krefGet(dev.ref);\n  try {\n    if (dev.gone) return;\n  } finally {\n    krefPut(dev.ref, release);\n  }\n}"
      }
    ]
  ],
  "a deferred callback owns the handed-off reference and misses the put on one path": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction later(dev: Device) {\n  kref_get(dev.ref);\n  setTimeout(() => {\n    if (dev.dead) { kref_put(dev.ref, release); return; }\n    kref_put(dev.ref, release);\n  }, 0);\n}"
      }
    ]
  ],
  "a handle put on some path of the function but not on a pinned global's other path": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction touchGlobal(fail: boolean) {\n  kref_get(globalObj.refcount);\n  if (fail) { kref_put(globalObj.refcount, release); return; }\n  kref_put(globalObj.refcount, release);\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "\nfunction touchGlobal(fail: boolean) {\n  kref_get(globalObj.refcount);\n  try {\n    if (fail) return;\n  } finally {\n    kref_put(globalObj.refcount, release);\n  }\n}"
      }
    ]
  ],
  "summary: an acquirer's result leaks on an early return": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction makeDevice(): Device {\n  const dev = alloc();\n  kref_init(dev.ref);\n  return dev;\n}\nfunction use() {\n  const dev = makeDevice();\n  if (dev.broken) { kref_put(dev.ref, release); return; }\n  kref_put(dev.ref, release);\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "\nfunction makeDevice(): Device {\n  const dev = alloc();\n  kref_init(dev.ref);\n  return dev;\n}\nfunction use() {\n  const dev = makeDevice();\n  try {\n    if (dev.broken) return;\n  } finally {\n    kref_put(dev.ref, release);\n  }\n}"
      }
    ]
  ],
  "summary: a helper that puts only sometimes does not consume": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction maybeDrop(dev: Device, now: boolean) {\n  if (now) kref_put(dev.ref, release);\n}\nfunction use(dev: Device, fast: boolean) {\n  kref_get(dev.ref);\n  if (fast) {\n    maybeDrop(dev, true);\n    kref_put(dev.ref, release);\n    return;\n  }\n  kref_put(dev.ref, release);\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "\nfunction maybeDrop(dev: Device, now: boolean) {\n  if (now) kref_put(dev.ref, release);\n}\nfunction use(dev: Device, fast: boolean) {\n  kref_get(dev.ref);\n  try {\n    if (fast) {\n      maybeDrop(dev, true);\n      return;\n    }\n  } finally {\n    kref_put(dev.ref, release);\n  }\n}"
      }
    ]
  ]
};
