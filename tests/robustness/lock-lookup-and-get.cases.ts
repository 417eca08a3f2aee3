// Robustness cases of kref/lock-lookup-and-get (issue 11): a closure passed to a synchronous callee
// (forEach, an IIFE) runs in its caller's context, so the caller's locks and lookups flow into it;
// deferred callbacks (setTimeout, .then) do not. Expected verdicts decided from DESIGN.md §2.3 and
// §4 before running them. Suggestion outputs live in lock-lookup-and-get.suggestions.ts.
import type { InvalidTestCase, ValidTestCase } from "@typescript-eslint/rule-tester";
import type { ESLintUtils } from "@typescript-eslint/utils";
import type rule from "../../src/rules/lock-lookup-and-get.js";
import { at } from "../helpers/locate.js";

type MessageId = ESLintUtils.InferMessageIdsTypeFromRule<typeof rule>;

// Every code sample starts with a newline, so its first line of code is line 2. The kref preset
// has concurrency "threads": a lock is needed even with no await between lookup and get.


/** getOutsideLookupSection at `get`, naming the lookup of `location` at the line of `lookup`. */
const outside = (code: string, get: string, handle: string, location: string, lookup: string) => ({
  messageId: "getOutsideLookupSection" as const,
  data: { handle, location, line: String(at(code, lookup).line) },
  ...at(code, get),
});

const callerLookupForEach = `
let globalObj: MyData | null = null;
function pinEach(items: Item[]) {
  const o = globalObj;
  items.forEach((i) => {
    kref_get(o.ref);
    i.attach(o);
  });
}`;
const callerLookupIife = `
let globalObj: MyData | null = null;
function pinOnce(item: Item) {
  const o = globalObj;
  (() => {
    kref_get(o.ref);
    item.attach(o);
  })();
}`;
const callbackLookupNoLock = `
const table = new Map<string, Device>();
function pinAll(ids: string[]) {
  ids.forEach((id) => {
    const dev = table.get(id);
    if (dev) kref_get(dev.ref);
  });
}`;
const unlockedBeforeForEach = `
let globalObj: MyData | null = null;
function pinEach(items: Item[], m: Mutex) {
  mutex_lock(m);
  const o = globalObj;
  mutex_unlock(m);
  items.forEach((i) => {
    kref_get(o.ref);
    i.attach(o);
  });
}`;

export const valid: ValidTestCase<[]>[] = [
  {
    name: "sync callback: lookup under mutex_lock, get in a forEach callback before mutex_unlock",
    code: `
let globalObj: MyData | null = null;
function pinEach(items: Item[], m: Mutex) {
  mutex_lock(m);
  const o = globalObj;
  items.forEach((i) => {
    kref_get(o.ref);
    i.attach(o);
  });
  mutex_unlock(m);
}`,
  },
  {
    name: "sync callback: lookup under mutex_lock, get in an IIFE before mutex_unlock",
    code: `
let globalObj: MyData | null = null;
function pinOnce(item: Item, m: Mutex) {
  mutex_lock(m);
  const o = globalObj;
  (() => {
    kref_get(o.ref);
    item.attach(o);
  })();
  mutex_unlock(m);
}`,
  },
  {
    name: "deferred callback: looks up and gets under its own lock",
    code: `
let globalObj: MyData | null = null;
function later(m: Mutex) {
  setTimeout(() => {
    mutex_lock(m);
    const o = globalObj;
    if (o) kref_get(o.ref);
    mutex_unlock(m);
    keep(o);
  }, 0);
}`,
  },
];

export const invalid: InvalidTestCase<MessageId, []>[] = [
  {
    name: "sync callback: lookup in the caller, get in a forEach callback, no lock anywhere",
    code: callerLookupForEach,
    errors: [outside(callerLookupForEach, "kref_get(o.ref)", "o", "globalObj", "const o = globalObj")],
  },
  {
    name: "sync callback: lookup in the caller, get in an IIFE, no lock anywhere",
    code: callerLookupIife,
    errors: [outside(callerLookupIife, "kref_get(o.ref)", "o", "globalObj", "const o = globalObj")],
  },
  {
    name: "sync callback: lookup and get inside a forEach callback, no lock held by the caller",
    code: callbackLookupNoLock,
    errors: [outside(callbackLookupNoLock, "kref_get(dev.ref)", "dev", "table.get(…)", "table.get(id)")],
  },
  {
    name: "sync callback: the caller unlocks before the forEach whose callback gets",
    code: unlockedBeforeForEach,
    errors: [outside(unlockedBeforeForEach, "kref_get(o.ref)", "o", "globalObj", "const o = globalObj")],
  },
];
