// The lock model and the two concurrency modes of the lookup check.
import { describe, expect, it } from "vitest";
import type { CfgNode } from "../../src/analysis/cfg/types.js";
import type { FunctionAnalysis } from "../../src/analysis/index.js";
import type { ResourceKind } from "../../src/analysis/kinds/kinds.js";
import { krefPreset } from "../../src/analysis/kinds/kinds.js";
import type { State } from "../../src/analysis/state.js";
import { analyzeFirstFunction, analyzeText } from "../helpers/parse.js";

function locksAt(a: FunctionAnalysis, text: string, snippet: string): string[] {
  const node = a.cfg.nodes.find(
    (n: CfgNode) => n.kind === "step" && n.ast !== null && text.slice(n.ast.range[0], n.ast.range[1]) === snippet,
  );
  if (!node) throw new Error(`no step for ${snippet}`);
  return (a.states[node.id] ?? []).map((s: State) => lockNames(a, s)).sort();
}

/** Held locks of a state, by the source names of their variables. */
function lockNames(a: FunctionAnalysis, s: State): string {
  return [...s.locks.keys()].map((k) => a.classifier.scope.nameOfKey(k) ?? k).sort().join(",");
}

/** Locks held at each occurrence of a step, in source order. */
function locksAtEach(a: FunctionAnalysis, text: string, snippet: string): string[][] {
  return a.cfg.nodes
    .filter((n) => n.kind === "step" && n.ast !== null && text.slice(n.ast.range[0], n.ast.range[1]) === snippet)
    .sort((x, y) => (x.ast?.range[0] ?? 0) - (y.ast?.range[0] ?? 0))
    .map((n) => (a.states[n.id] ?? []).map((s: State) => lockNames(a, s)).sort());
}

describe("lock model", () => {
  it("mutex_lock / mutex_unlock and spin variants hold their lock between them", () => {
    const code = `
function f(d: D, a: Mutex, b: SpinLock) {
  mutex_lock(a);
  kref_get(d.r);
  spin_lock_irqsave(b);
  kref_put(d.r, rel);
  mutex_unlock(a);
  kref_get(d.r);
  spinUnlockIrqrestore(b);
  kref_put(d.r, rel);
}`;
    const a = analyzeFirstFunction(code);
    expect(locksAtEach(a, code, "kref_get(d.r)")).toEqual([["a"], ["b"]]);
    expect(locksAtEach(a, code, "kref_put(d.r, rel)")).toEqual([["a,b"], [""]]);
  });

  it("releasing and re-taking a lock gives a new section", () => {
    const code = `
function f(d: D, m: Mutex) {
  mutex_lock(m);
  d.x = 1;
  mutex_unlock(m);
  mutex_lock(m);
  d.x = 2;
  mutex_unlock(m);
  kref_get(d.r);
}`;
    const a = analyzeFirstFunction(code);
    const sectionAt = (snippet: string): number[] => {
      const node = a.cfg.nodes.find((n) => n.kind === "step" && n.ast && code.slice(n.ast.range[0], n.ast.range[1]) === snippet) as CfgNode;
      return (a.states[node.id] ?? []).flatMap((s) => [...s.locks.values()]);
    };
    const first = sectionAt("d.x = 1");
    const second = sectionAt("d.x = 2");
    expect(first).toHaveLength(1);
    expect(second).toHaveLength(1);
    expect(first[0]).not.toBe(second[0]);
  });

  it("a releaser from await m.acquire() ends the section it started", () => {
    const code = `
async function f(d: D, cacheMutex: Mutex) {
  const release = await cacheMutex.acquire();
  d.x = 1;
  release();
  d.x = 2;
  kref_get(d.r);
}`;
    const a = analyzeFirstFunction(code);
    expect(locksAt(a, code, "d.x = 1")).toEqual(["cacheMutex"]);
    expect(locksAt(a, code, "d.x = 2")).toEqual([""]);
  });

  it("m.lock() on something that is not lock-like is not a lock", () => {
    const code = `
function f(d: D, door: Door) {
  door.lock();
  d.x = 1;
  kref_get(d.r);
}`;
    const a = analyzeFirstFunction(code);
    expect(locksAt(a, code, "d.x = 1")).toEqual([""]);
  });

  it("kref_put_mutex holds the lock only on its true branch", () => {
    const code = `
function f(d: D, listLock: Mutex) {
  if (kref_put_mutex(d.r, rel, listLock)) {
    d.x = 1;
    mutex_unlock(listLock);
  }
  d.x = 2;
}`;
    const a = analyzeFirstFunction(code);
    expect(locksAt(a, code, "d.x = 1")).toEqual(["listLock"]);
    expect(new Set(locksAt(a, code, "d.x = 2"))).toEqual(new Set([""]));
  });
});

/** A kind defined here: an event-loop library where `retain` gets and `release` puts. */
const eventLoopKind: ResourceKind = {
  name: "test-event-loop",
  throwModel: "explicit",
  concurrency: "event-loop",
  modules: [],
  operations: {
    acquire: [],
    get: [{ functions: ["retain"], handle: { arg: 0, fieldOfHandle: false } }],
    tryGet: [],
    put: [{ functions: ["release"], handle: { arg: 0, fieldOfHandle: false } }],
    sink: [],
  },
};

function lookups(code: string, kinds: readonly ResourceKind[]): string[] {
  return analyzeText(code, kinds)
    .findings.filter((f) => f.type === "lookupWithoutLock")
    .map((f) => (f.type === "lookupWithoutLock" ? `${f.loc.start.line}:${f.mode}:${f.lookupLine}` : ""));
}

describe("concurrency modes", () => {
  const sync = `
const cache = new Map<string, Session>();
function get(key: string) {
  const s = cache.get(key);
  if (s) retain(s);
  return s;
}`;

  it("event-loop: lookup and get in one synchronous run are safe", () => {
    expect(lookups(sync, [eventLoopKind])).toEqual([]);
  });

  it("threads: the same code needs a lock", () => {
    const threads: ResourceKind = { ...eventLoopKind, name: "test-threads", concurrency: "threads" };
    expect(lookups(sync, [threads])).toEqual(["5:threads:4"]);
  });

  it("event-loop: an await between lookup and get is reported", () => {
    const code = `
const cache = new Map<string, Session>();
async function get(key: string) {
  const s = cache.get(key);
  await audit(key);
  if (s) retain(s);
  return s;
}`;
    expect(lookups(code, [eventLoopKind])).toEqual(["6:event-loop:4"]);
  });

  it("event-loop: a yield between lookup and get is reported", () => {
    const code = `
const cache = new Map<string, Session>();
function* get(key: string) {
  const s = cache.get(key);
  yield key;
  if (s) retain(s);
  return s;
}`;
    expect(lookups(code, [eventLoopKind])).toEqual(["6:event-loop:4"]);
  });

  it("event-loop: a deferred callback getting its caller's lookup is reported", () => {
    const code = `
const cache = new Map<string, Session>();
function later(key: string) {
  const s = cache.get(key);
  setTimeout(() => {
    if (s) retain(s);
  }, 0);
}`;
    expect(lookups(code, [eventLoopKind])).toEqual(["6:event-loop:5"]);
  });

  it("event-loop: a lock held across the await keeps the section", () => {
    const code = `
const cache = new Map<string, Session>();
const cacheLock = new Mutex();
async function get(key: string) {
  const unlock = await cacheLock.acquire();
  const s = cache.get(key);
  await audit(key);
  if (s) retain(s);
  unlock();
  return s;
}`;
    expect(lookups(code, [eventLoopKind])).toEqual([]);
  });

  it("the kref preset is threads", () => {
    expect(krefPreset.concurrency).toBe("threads");
  });
});
