// The solver's visiting order: reverse postorder, so straight-line code and branches are visited
// once each, predecessors first.
import { describe, expect, it } from "vitest";
import { Worklist, reversePostorder } from "../../src/analysis/worklist.js";
import type { Cfg } from "../../src/analysis/cfg/types.js";
import { analyzeFirstFunction } from "../helpers/parse.js";

const acyclic = `
function f(d: Dev, a: boolean, b: boolean) {
  kref_get(d.ref);
  if (a) { log(1); } else if (b) { return 1; }
  try { work(d); } finally { kref_put(d.ref, rel); }
  switch (d.mode) { case 1: log(2); break; default: log(3); }
  return a && b ? 2 : 3;
}`;

/** Edges out of nodes reachable from the entry (the builder leaves some nodes unreachable). */
function edges(cfg: Cfg): [number, number][] {
  const seen = new Set([cfg.entry]);
  const stack = [cfg.entry];
  while (stack.length > 0) {
    for (const e of cfg.nodes[stack.pop() as number]?.succ ?? []) {
      if (!seen.has(e.to)) {
        seen.add(e.to);
        stack.push(e.to);
      }
    }
  }
  return cfg.nodes.filter((n) => seen.has(n.id)).flatMap((n) => n.succ.map((e): [number, number] => [n.id, e.to]));
}

describe("reversePostorder", () => {
  it("ranks every predecessor before its successor in code without loops", () => {
    const { cfg } = analyzeFirstFunction(acyclic);
    const rank = reversePostorder(cfg);
    expect(rank[cfg.entry]).toBe(0);
    const all = edges(cfg);
    expect(all.length).toBeGreaterThan(10);
    for (const [from, to] of all) expect(rank[from], `${from} -> ${to}`).toBeLessThan(rank[to] as number);
    // a permutation of 0..n-1
    expect([...rank].sort((x, y) => x - y)).toEqual(cfg.nodes.map((_, i) => i));
  });

  it("in a loop, only the back edge goes against the order", () => {
    const { cfg } = analyzeFirstFunction(`
function f(d: Dev) {
  kref_get(d.ref);
  while (d.busy) { poll(d); }
  kref_put(d.ref, rel);
}`);
    const rank = reversePostorder(cfg);
    const backwards = edges(cfg).filter(([from, to]) => (rank[from] as number) >= (rank[to] as number));
    expect(backwards).toHaveLength(1);
  });
});

describe("Worklist", () => {
  it("pops queued nodes in rank order, each once however often it was pushed", () => {
    const { cfg } = analyzeFirstFunction(acyclic);
    const rank = reversePostorder(cfg);
    const list = new Worklist(cfg);
    const ids = cfg.nodes.map((n) => n.id).reverse();
    for (const id of ids) {
      list.push(id);
      list.push(id);
    }
    const popped: number[] = [];
    while (!list.isEmpty) popped.push(list.pop());
    expect(popped).toHaveLength(cfg.nodes.length);
    expect(popped.map((id) => rank[id])).toEqual(cfg.nodes.map((_, i) => i));
  });
});
