// Expected suggestions of the invalid cases in get-before-handoff.cases.ts, per case name and error.
// Written by scripts/gen-suggestions.js and reviewed; tests/suggestions.test.ts checks that every
// suggestion parses, removes its finding and adds no other kref finding.
import type { SuggestionTable } from "../helpers/suggestions.js";

export const suggestions: SuggestionTable = {
  "push, then get": [
    [
      {
        messageId: "suggestMoveGet",
        output: "\nfunction enqueue(dev: Device, queue: Device[]) {\n  kref_get(dev.ref);\n  queue.push(dev);\n}"
      }
    ]
  ],
  "store in a field, then get": [
    [
      {
        messageId: "suggestMoveGet",
        output: "\nclass Owner {\n  current?: Device;\n  adopt(dev: Device) {\n    kref_get(dev.ref);\n    this.current = dev;\n  }\n}"
      }
    ]
  ],
  "store in a module variable, then get": [
    [
      {
        messageId: "suggestMoveGet",
        output: "\nlet current: Device | null = null;\nfunction adopt(dev: Device) {\n  kref_get(dev.ref);\n  current = dev;\n}"
      }
    ]
  ],
  "worker, then get": [
    [
      {
        messageId: "suggestMoveGet",
        output: "\nfunction offload(dev: Device) {\n  kref_get(dev.ref);\n  new Worker(\"./worker.js\", { workerData: dev });\n}"
      }
    ]
  ],
  "postMessage, then get": [
    [
      {
        messageId: "suggestMoveGet",
        output: "\nfunction send(dev: Device, port: MessagePort) {\n  kref_get(dev.ref);\n  port.postMessage(dev);\n}"
      }
    ]
  ],
  "hand-off through an alias, then get on the original": [
    [
      {
        messageId: "suggestMoveGet",
        output: "\nfunction aliasHandOff(dev: Device, queue: Device[]) {\n  const alias = dev;\n  kref_get(dev.ref);\n  queue.push(alias);\n}"
      }
    ]
  ],
  "hand-off on one branch, get after the branches join": [
    [
      {
        messageId: "suggestMoveGet",
        output: "\nfunction maybe(dev: Device, queue: Device[], share: boolean) {\n  kref_get(dev.ref);\n  if (share) queue.push(dev);\n  kref_put(dev.ref, release);\n}"
      }
    ]
  ],
  "in a loop: hand-off then get": [
    [
      {
        messageId: "suggestMoveGet",
        output: "\nfunction enqueueAll(items: Item[], queue: Item[]) {\n  for (const item of items) {\n    kref_get(item.ref);\n    queue.push(item);\n  }\n}"
      }
    ]
  ],
  "unchecked kthread_run, then get": [
    [
      {
        messageId: "suggestMoveGet",
        output: "\nfunction spawn(dev: Device) {\n  kref_get(dev.ref);\n  kthread_run(worker, dev, \"w\");\n}"
      }
    ]
  ],
  "camelCase: kthreadRun, then krefGet": [
    [
      {
        messageId: "suggestMoveGet",
        output: "\nfunction spawn(dev: Device) {\n  krefGet(dev.ref);\n  kthreadRun(worker, dev, \"w\");\n}"
      }
    ]
  ],
  "queue_work, then get": [
    [
      {
        messageId: "suggestMoveGet",
        output: "\nfunction schedule(dev: Device) {\n  kref_get(dev.ref);\n  queue_work(systemWq, dev.work);\n}"
      }
    ]
  ],
  "setTimeout extra argument, then get": [
    [
      {
        messageId: "suggestMoveGet",
        output: "\nfunction later(dev: Device) {\n  kref_get(dev.ref);\n  setTimeout(handle, 0, dev);\n}"
      }
    ]
  ],
  "map.set and set.add, then get": [
    [
      {
        messageId: "suggestMoveGet",
        output: "\nfunction register(dev: Device, byId: Map<string, Device>) {\n  kref_get(dev.ref);\n  byId.set(dev.id, dev);\n  kref_put(dev.ref, release);\n}"
      }
    ]
  ],
  "a borrowed handle stored, then the caller's reference put": [
    [
      {
        messageId: "suggestGet",
        output: "\nfunction retire(dev: Device, graveyard: Device[]) {\n  kref_get(dev.ref);\n  graveyard.push(dev);\n  kref_put(dev.ref, release);\n}"
      }
    ]
  ],
  "a second hand-off after the only reference went with the first": [
    [
      {
        messageId: "suggestGet",
        output: "\nfunction fanOut(dev: Device, a: Device[], b: Device[]) {\n  kref_get(dev.ref);\n  a.push(dev);\n  kref_get(dev.ref);\n  b.push(dev);\n  log(dev.id);\n}"
      }
    ]
  ]
};
