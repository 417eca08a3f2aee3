// JSDoc annotations: @kref-acquires, @kref-consumes, @kref-borrows, @kref-guarded-by.
import { RuleTester } from "@typescript-eslint/rule-tester";
import { rules } from "../src/rules/index.js";

const ruleTester = new RuleTester();

const acquirer = `
/** @kref-acquires */
declare function openDevice(id: string): Device;
export function use(id: string, quick: boolean) {
  const dev = openDevice(id);
  if (quick) return;
  kref_put(dev.ref, release);
}`;

ruleTester.run("annotations (put-on-every-path)", rules["put-on-every-path"], {
  valid: [
    {
      name: "@kref-consumes: passing the handle to the helper puts it",
      code: `
/** Hands the device to the reaper. @kref-consumes dev */
function retire(dev: Device, reason: string) {
  if (reason) log(reason);
  reaper.enqueue(dev);
}
export function finish(dev: Device, early: boolean) {
  kref_get(dev.ref);
  if (early) {
    retire(dev, "early");
    return;
  }
  kref_put(dev.ref, release);
}`,
    },
    {
      name: "annotations: false turns them off (the acquirer is an unknown call again)",
      code: acquirer,
      settings: { kref: { annotations: false } },
    },
    {
      name: "without @kref-borrows a helper receiving the handle may keep it: silent",
      code: `
function inspect(dev: Device) {
  log(dev.id);
}
export function check(dev: Device) {
  kref_get(dev.ref);
  inspect(dev);
}`,
    },
  ],
  invalid: [
    {
      name: "@kref-acquires on a declared function: its result is owned",
      code: acquirer,
      errors: [
        {
          messageId: "leakAtExit",
          data: { handle: "dev", line: "5", exit: "return" },
          line: 6,
          column: 14,
          suggestions: [
            {
              messageId: "suggestPut",
              output: acquirer.replace("if (quick) return;", "if (quick) { kref_put(dev.ref, release); return; }"),
            },
            {
              messageId: "suggestTryFinally",
              output: `
/** @kref-acquires */
declare function openDevice(id: string): Device;
export function use(id: string, quick: boolean) {
  const dev = openDevice(id);
  try {
    if (quick) return;
  } finally {
    kref_put(dev.ref, release);
  }
}`,
            },
          ],
        },
      ],
    },
    {
      name: "@kref-borrows: the helper only uses the handle, so the missing put is reported",
      code: `
/** @kref-borrows */
function inspect(dev: Device) {
  log(dev.id);
}
export function check(dev: Device) {
  kref_get(dev.ref);
  inspect(dev);
}`,
      errors: [{ messageId: "leakAtEnd", line: 9, column: 1, suggestions: [] }],
    },
  ],
});

ruleTester.run("annotations (lock-lookup-and-get)", rules["lock-lookup-and-get"], {
  valid: [
    {
      name: "@kref-guarded-by: the named lock held across lookup and get",
      code: `
/** @kref-guarded-by objLock */
let globalObj: MyData | null = null;
export function get(objLock: Mutex) {
  mutex_lock(objLock);
  const obj = globalObj;
  if (obj) kref_get(obj.refcount);
  mutex_unlock(objLock);
  return obj;
}`,
    },
  ],
  invalid: [
    {
      name: "@kref-guarded-by: another lock does not protect the location",
      code: `
const objLock = DEFINE_MUTEX();
/** @kref-guarded-by objLock */
let globalObj: MyData | null = null;
export function get(otherLock: Mutex) {
  mutex_lock(otherLock);
  const obj = globalObj;
  if (obj) kref_get(obj.refcount);
  mutex_unlock(otherLock);
  return obj;
}`,
      errors: [
        {
          messageId: "getOutsideLookupSection",
          data: { handle: "obj", location: "globalObj", line: "7" },
          line: 8,
          column: 12,
          suggestions: [
            {
              messageId: "suggestHoldLock",
              data: { lock: "objLock" },
              output: `
const objLock = DEFINE_MUTEX();
/** @kref-guarded-by objLock */
let globalObj: MyData | null = null;
export function get(otherLock: Mutex) {
  mutex_lock(otherLock);
  mutex_lock(objLock);
  const obj = globalObj;
  if (obj) kref_get(obj.refcount);
  mutex_unlock(objLock);
  mutex_unlock(otherLock);
  return obj;
}`,
            },
          ],
        },
      ],
    },
    {
      name: "@kref-guarded-by: the annotated lock is offered around an unguarded lookup and get",
      code: `
/** @kref-guarded-by objLock */
let globalObj: MyData | null = null;
export function getFast() {
  const obj = globalObj;
  if (obj) kref_get(obj.refcount);
  return obj;
}`,
      errors: [
        {
          messageId: "getOutsideLookupSection",
          line: 6,
          column: 12,
          suggestions: [
            {
              messageId: "suggestHoldLock",
              data: { lock: "objLock" },
              output: `
/** @kref-guarded-by objLock */
let globalObj: MyData | null = null;
export function getFast() {
  mutex_lock(objLock);
  const obj = globalObj;
  if (obj) kref_get(obj.refcount);
  mutex_unlock(objLock);
  return obj;
}`,
            },
          ],
        },
      ],
    },
  ],
});
