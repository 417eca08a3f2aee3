// Fixpoint results: what the solver knows at chosen points, and where it gives up (silently).
import { describe, expect, it } from "vitest";
import type { CfgNode } from "../../src/analysis/cfg/types.js";
import type { FunctionAnalysis } from "../../src/analysis/index.js";
import { MAX_STATES_PER_NODE } from "../../src/analysis/solve.js";
import type { State } from "../../src/analysis/state.js";
import { analyzeFirstFunction } from "../helpers/parse.js";

function at(a: FunctionAnalysis, text: string, snippet: string): readonly State[] {
  const node = a.cfg.nodes.find(
    (n: CfgNode) => n.kind === "step" && n.ast && text.slice(n.ast.range[0], n.ast.range[1]) === snippet,
  );
  if (!node) throw new Error(`no step for ${snippet}`);
  return a.states[node.id] ?? [];
}

/** Owned reference counts of every tracked object, per incoming state (sorted). */
function refCounts(states: readonly State[]): string[] {
  return states
    .map((s) => [...s.objs.values()].map((o) => `${o.name}=${o.unknown ? "?" : o.refs.length}`).join(",") || "-")
    .sort();
}

describe("narrowing", () => {
  it("the null branch of a check holds nothing, so the early return leaks nothing", () => {
    const code = `
function f(id: string) {
  const d = lookup(id);
  kref_get(d.ref);
  if (!d) return 1;
  kref_put(d.ref, rel);
  return 0;
}`;
    const a = analyzeFirstFunction(code);
    // the get made d non-null: the null branch is infeasible, the return is unreachable
    expect(at(a, code, "return 1;")).toEqual([]);
    expect(a.leaks).toEqual([]);
  });

  it("kref_get_unless_zero splits into an owned and a not-owned state, told apart by the test", () => {
    const code = `
function f(d: D) {
  const ok = kref_get_unless_zero(d.ref);
  d.mark = 1;
  if (!ok) return false;
  kref_put(d.ref, rel);
  return true;
}`;
    const a = analyzeFirstFunction(code);
    expect(refCounts(at(a, code, "d.mark = 1"))).toEqual(["-", "d=1"]);
    expect(refCounts(at(a, code, "return false;"))).toEqual(["-"]);
    expect(refCounts(at(a, code, "kref_put(d.ref, rel)"))).toEqual(["d=1"]);
    expect(a.leaks).toEqual([]);
  });
});

describe("correlated branches", () => {
  it("keeps pin=true and pin=false apart, so the put meets exactly the states that got", () => {
    const code = `
function f(d: D, pin: boolean) {
  if (pin) kref_get(d.ref);
  work();
  if (pin) kref_put(d.ref, rel);
  d.mark = 2;
}`;
    const a = analyzeFirstFunction(code);
    expect(refCounts(at(a, code, "kref_put(d.ref, rel)"))).toEqual(["d=1"]);
    expect(refCounts(at(a, code, "d.mark = 2"))).toEqual(["-", "d=0"]);
    expect(a.leaks).toEqual([]);
  });
});

describe("bounded states", () => {
  const flags = Array.from({ length: 6 }, (_, i) => `f${i}`);
  const code = `
function f(d: D, ${flags.map((f) => `${f}: boolean`).join(", ")}) {
${flags.map((f) => `  if (${f}) kref_get(d.ref);\n  if (${f}) log();`).join("\n")}
  d.mark = 3;
}`;

  it("with room for every path it is exact and reports the leak", () => {
    const a = analyzeFirstFunction(code, 128);
    expect(at(a, code, "d.mark = 3").length).toBe(64);
    expect(a.leaks.length).toBeGreaterThan(0);
  });

  it("past the bound the states merge into one and the disputed handle goes silent", () => {
    const a = analyzeFirstFunction(code, 4);
    const states = at(a, code, "d.mark = 3");
    expect(states.length).toBeGreaterThan(0);
    expect(states.length).toBeLessThanOrEqual(4);
    for (const state of states) expect([...state.objs.values()].every((o) => o.unknown)).toBe(true);
    expect(a.leaks).toEqual([]);
  });

  it("never keeps more than the default bound of states at any node", () => {
    const a = analyzeFirstFunction(code);
    for (const list of a.states) expect(list.length).toBeLessThanOrEqual(MAX_STATES_PER_NODE);
  });
});

describe("loops reach a fixpoint", () => {
  it("a get in an unbounded loop saturates to unknown instead of counting forever", () => {
    const code = `
function f(d: D, n: number) {
  while (n-- > 0) kref_get(d.ref);
  d.mark = 3;
}`;
    const a = analyzeFirstFunction(code);
    const counts = refCounts(at(a, code, "d.mark = 3"));
    expect(counts.some((c) => c.includes("?"))).toBe(true);
  });

  it("a balanced loop body keeps a single exact state at the loop exit", () => {
    const code = `
function f(items: D[]) {
  for (const d of items) {
    kref_get(d.ref);
    kref_put(d.ref, rel);
  }
  try { end(); } finally {}
}`;
    const a = analyzeFirstFunction(code);
    expect(refCounts(at(a, code, "end()"))).toEqual(["-"]);
    expect(a.leaks).toEqual([]);
  });
});

describe("leaks", () => {
  it("reports the exit step and the step that took the reference", () => {
    const code = `
function f(d: D) {
  kref_get(d.ref);
  if (d.bad) return 1;
  kref_put(d.ref, rel);
  return 0;
}`;
    const a = analyzeFirstFunction(code);
    expect(a.leaks).toHaveLength(1);
    const leak = a.leaks[0] as FunctionAnalysis["leaks"][number];
    const exit = a.cfg.nodes[leak.exitAt] as CfgNode;
    const ref = a.cfg.nodes[leak.refSite] as CfgNode;
    expect(exit.ast && code.slice(exit.ast.range[0], exit.ast.range[1])).toBe("return 1;");
    expect(ref.ast && code.slice(ref.ast.range[0], ref.ast.range[1])).toBe("kref_get(d.ref)");
  });
});
