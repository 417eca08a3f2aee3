// Each library preset's throw lists and liveness queries (issue 12; docs/presets.md "Which calls
// throw"): which of its calls may throw, which never do, and how code asks whether a handle is
// still live. Kept apart from the presets' operations (presets.ts) and added to them there.
import type { ResourceKind } from "./kinds.js";

export type ThrowLists = Pick<ResourceKind, "throws" | "nothrow" | "rejects" | "liveness" | "staticHandles">;

const PG_NOTHROW = ["escapeIdentifier", "escapeLiteral", "on", "once", "off", "addListener", "removeListener", "removeAllListeners"];

export const PRESET_THROW_LISTS: ReadonlyMap<string, ThrowLists> = new Map<string, ThrowLists>([
  // pg 8's `Client#query` (a pool client is a `Client`) throws synchronously only for a null or
  // undefined query; every other failure rejects its promise, calls its callback, or is emitted by
  // the submittable it was given (pg-cursor, pg-query-stream). The escapes are pure string functions.
  // A client (pooled, or a `new Client()`) is an EventEmitter: subscribing never throws.
  ["pg", { rejects: { methods: ["query"] }, nothrow: { methods: PG_NOTHROW } }],
  ["pg-client", { rejects: { methods: ["query"] }, nothrow: { methods: PG_NOTHROW } }],
  [
    "mysql2",
    {
      throws: { methods: ["query", "execute", "beginTransaction", "commit", "rollback"] },
      // Escaping and formatting build strings (sqlstring) and never throw.
      nothrow: { methods: ["escape", "escapeId", "format"] },
    },
  ],
  ["generic-pool", { nothrow: { methods: ["isBorrowedResource"] } }],
  // State queries and `cancel()` never throw; `runExclusive` and `waitForUnlock` report failure
  // through the promise they return.
  ["async-mutex", { nothrow: { methods: ["isLocked", "getValue", "cancel", "runExclusive", "waitForUnlock"] } }],
  // Every FileHandle operation is I/O and may fail.
  [
    "fs-promises",
    {
      throws: {
        methods: ["read", "write", "readFile", "writeFile", "appendFile", "readLines", "stat", "truncate", "sync", "datasync", "chmod", "chown", "utimes", "readv", "writev"],
      },
    },
  ],
  [
    "quickjs-emscripten",
    {
      // quickjs-emscripten 0.31 `QuickJSContext`: an exception inside the guest comes back as a
      // result (`evalCode`, `callFunction`, `callMethod`, `getIterator`, `getPromiseState`) or stays
      // in the guest (`setProp`, `defineProp`); reading values never raises a host exception.
      // `unwrapResult` throws the guest's error (before any handle is returned). Left out, so
      // throwing: `getBigInt` (`BigInt()` of the text), `getArrayBuffer` (allocation), `eq` (not in
      // every variant), `getOwnPropertyNames` (without options), `result.unwrap()`.
      throws: { methods: ["unwrapResult"] },
      nothrow: {
        methods: [
          "setProp",
          "defineProp",
          "getString",
          "getNumber",
          "getSymbol",
          "getLength",
          "typeof",
          "dump",
          "evalCode",
          "callFunction",
          "callMethod",
          "getIterator",
          "getPromiseState",
          "resolvePromise",
          "sameValue",
          "sameValueZero",
          "executePendingJobs",
        ],
      },
      // `handle.alive` is false once the handle was disposed.
      liveness: [{ property: "alive", trueMeans: "live" }],
      // `vm.undefined`, `vm.null`, `vm.true`, `vm.false`, `vm.global` are static lifetimes.
      staticHandles: ["undefined", "null", "true", "false", "global"],
    },
  ],
  [
    "embind",
    {
      // Emscripten's `ClassHandle` queries, and OpenCV.js `Mat` accessors (plain reads of the header).
      nothrow: { methods: ["isAliasOf", "size", "type", "channels", "depth", "empty", "total", "elemSize", "isContinuous"] },
      // `obj.isDeleted()` is true once the object was deleted.
      liveness: [{ method: "isDeleted", trueMeans: "dead" }],
    },
  ],
  // A stack's own `use`/`adopt`/`defer` do not throw (the stacks' model is `explicit` anyway).
  ["disposable-stack", { nothrow: { methods: ["use", "adopt", "defer"] } }],
  ["async-disposable-stack", { nothrow: { methods: ["use", "adopt", "defer"] } }],
]);

/** A preset with its throw lists and liveness queries, if it has any. */
export function withThrowLists(kind: ResourceKind): ResourceKind {
  const lists = PRESET_THROW_LISTS.get(kind.name);
  return lists ? { ...kind, ...lists } : kind;
}
