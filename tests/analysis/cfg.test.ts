// CFG builder shapes: where edges go for finally, labels, switch, short-circuit and exceptions.
import { describe, expect, it } from "vitest";
import type { Cfg, CfgNode } from "../../src/analysis/cfg/types.js";
import { analyzeFirstFunction } from "../helpers/parse.js";

function build(code: string): { cfg: Cfg; text: string } {
  return { cfg: analyzeFirstFunction(code).cfg, text: code };
}

function sourceOf(text: string, node: CfgNode): string {
  return node.ast ? text.slice(node.ast.range[0], node.ast.range[1]) : "";
}

/** Step nodes whose AST source text is exactly `snippet`. */
function steps(g: { cfg: Cfg; text: string }, snippet: string): CfgNode[] {
  return g.cfg.nodes.filter((n) => n.kind === "step" && sourceOf(g.text, n) === snippet);
}

function only(g: { cfg: Cfg; text: string }, snippet: string): CfgNode {
  const found = steps(g, snippet);
  expect(found, snippet).toHaveLength(1);
  return found[0] as CfgNode;
}

/** Nodes reachable from `from` without passing through a node matching `stop`. */
function reachable(cfg: Cfg, from: number, stop: (n: CfgNode) => boolean = () => false, kinds?: string[]): Set<number> {
  const seen = new Set<number>();
  const stack = [from];
  while (stack.length > 0) {
    const id = stack.pop() as number;
    const node = cfg.nodes[id] as CfgNode;
    for (const edge of node.succ) {
      if (kinds && !kinds.includes(edge.kind)) continue;
      if (seen.has(edge.to)) continue;
      seen.add(edge.to);
      if (!stop(cfg.nodes[edge.to] as CfgNode)) stack.push(edge.to);
    }
  }
  return seen;
}

const isStep = (n: CfgNode): boolean => n.kind === "step";

describe("try/finally", () => {
  const g = build(`
function f(x: X, a: boolean, b: boolean) {
  kref_get(x.r);
  try {
    if (a) return 1;
    if (b) throw new Error("b");
    work();
  } finally {
    kref_put(x.r, rel);
  }
  return 0;
}`);

  it("builds the finally body once, whatever the ways of leaving the try", () => {
    expect(steps(g, "kref_put(x.r, rel)")).toHaveLength(1);
    expect(g.cfg.nodes.filter((n) => n.kind === "dispatch")).toHaveLength(1);
  });

  it("after the finally body, a dispatch sends the return to the function exit, not to the code after try", () => {
    const ret = only(g, "return 1;");
    const thrown = only(g, "throw new Error(\"b\");");
    const dispatch = g.cfg.nodes.find((n) => n.kind === "dispatch") as Extract<CfgNode, { kind: "dispatch" }>;
    const afterReturn = reachable(g.cfg, dispatch.exits.get(ret.id) as number);
    expect(afterReturn.has(only(g, "return 0;").id)).toBe(false);
    expect(afterReturn.has(g.cfg.exit)).toBe(true);
    // the throw and the return leave by different routes; falling through goes on to `return 0`
    expect(dispatch.exits.get(thrown.id)).not.toBe(dispatch.exits.get(ret.id));
    expect(reachable(g.cfg, dispatch.normal).has(only(g, "return 0;").id)).toBe(true);
  });

  it("nested finally blocks cost linear graph size: depth 2 to 16, the same few nodes per level", () => {
    const sizeAt = (depth: number): number => {
      let body = "kref_put(x.r, rel);";
      for (let i = 0; i < depth; i++) body = `try { if (a) return ${i}; work(); } finally { ${body} }`;
      return build(`function f(x: X, a: boolean) {\n  kref_get(x.r);\n  ${body}\n}`).cfg.nodes.length;
    };
    const perLevel = sizeAt(3) - sizeAt(2);
    for (const depth of [4, 8, 16]) expect(sizeAt(depth) - sizeAt(depth - 1)).toBe(perLevel);
    expect(perLevel).toBeLessThan(20);
  });

  it("gives the call inside try an exceptional edge into the throw copy of finally", () => {
    const call = only(g, "work()");
    const thrown = call.succ.filter((e) => e.kind === "exception");
    expect(thrown).toHaveLength(1);
    const next = reachable(g.cfg, call.id, isStep, ["exception", "normal"]);
    expect(steps(g, "kref_put(x.r, rel)").some((p) => next.has(p.id))).toBe(true);
  });

  it("runs finally for break and continue too", () => {
    const h = build(`
function f(xs: X[]) {
  for (const x of xs) {
    try {
      if (x.a) break;
      if (x.b) continue;
    } finally {
      kref_put(x.r, rel);
    }
  }
}`);
    // one copy; its dispatch knows the break and the continue
    expect(steps(h, "kref_put(x.r, rel)")).toHaveLength(1);
    const dispatch = h.cfg.nodes.find((n) => n.kind === "dispatch") as Extract<CfgNode, { kind: "dispatch" }>;
    const brk = only(h, "break;");
    const cont = only(h, "continue;");
    expect(new Set([dispatch.exits.get(brk.id), dispatch.exits.get(cont.id), dispatch.normal]).size).toBe(3);
  });

  it("does not give calls outside try an exceptional edge under the explicit throw model", () => {
    const h = build(`
function f(x: X) {
  kref_get(x.r);
  work(x);
  kref_put(x.r, rel);
}`);
    expect(h.cfg.nodes.some((n) => n.succ.some((e) => e.kind === "exception"))).toBe(false);
  });
});

describe("loops and labels", () => {
  it("continue with a label goes to the labelled loop, not the inner one", () => {
    const g = build(`
function f(groups: X[][]) {
  outer: for (const group of groups) {
    for (const x of group) {
      kref_get(x.r);
      kref_put(x.r, rel);
      continue outer;
    }
  }
}`);
    const cont = only(g, "continue outer;");
    const next = reachable(g.cfg, cont.id, (n) => n.kind === "branch");
    const heads = [...next].map((id) => g.cfg.nodes[id] as CfgNode).filter((n) => n.kind === "branch");
    expect(heads).toHaveLength(1);
    expect(sourceOf(g.text, heads[0] as CfgNode)).toMatch(/^for \(const group of groups\)/);
  });

  it("ends the for-of variable's scope at every iteration", () => {
    const g = build(`
function f(xs: X[]) {
  for (const x of xs) {
    kref_get(x.r);
  }
}`);
    const exits = g.cfg.nodes.filter((n) => n.kind === "scopeExit" && !n.functionExit);
    expect(exits.map((n) => (n.kind === "scopeExit" ? n.fallThrough : ""))).toContain("iteration");
  });

  it("do-while runs its body before the test", () => {
    const g = build(`
function f(x: X) {
  do {
    kref_get(x.r);
  } while (x.again);
}`);
    const get = only(g, "kref_get(x.r)");
    const entryReach = reachable(g.cfg, g.cfg.entry, (n) => n.kind === "branch");
    expect(entryReach.has(get.id)).toBe(true);
  });
});

describe("switch", () => {
  const g = build(`
function f(m: number, a: X, b: X, c: X) {
  switch (m) {
    case 1:
      kref_get(a.r);
    case 2:
      kref_get(b.r);
      break;
    default:
      kref_get(c.r);
  }
}`);

  it("falls through from a case without break into the next case", () => {
    const first = only(g, "kref_get(a.r)");
    expect(reachable(g.cfg, first.id, isStep).has(only(g, "kref_get(b.r)").id)).toBe(true);
  });

  it("break leaves the switch without running later cases", () => {
    const second = only(g, "kref_get(b.r)");
    expect(reachable(g.cfg, second.id).has(only(g, "kref_get(c.r)").id)).toBe(false);
  });

  it("reaches default only when no case matched", () => {
    const reach = reachable(g.cfg, g.cfg.entry, isStep);
    expect(reach.has(only(g, "kref_get(c.r)").id)).toBe(true);
  });
});

describe("short-circuit", () => {
  it("&& evaluates its right side only on the true edge", () => {
    const g = build(`
function f(ok: boolean, x: X) {
  ok && kref_get(x.r);
}`);
    const get = only(g, "kref_get(x.r)");
    const branch = g.cfg.nodes.find((n) => n.kind === "branch" && sourceOf(g.text, n) === "ok") as CfgNode;
    expect(branch.succ.find((e) => e.kind === "true")?.to).toBe(get.id);
    expect(branch.succ.find((e) => e.kind === "false")?.to).not.toBe(get.id);
  });

  it("|| evaluates its right side only on the false edge", () => {
    const g = build(`
function f(ok: boolean, x: X) {
  ok || kref_get(x.r);
}`);
    const get = only(g, "kref_get(x.r)");
    const branch = g.cfg.nodes.find((n) => n.kind === "branch" && sourceOf(g.text, n) === "ok") as CfgNode;
    expect(branch.succ.find((e) => e.kind === "false")?.to).toBe(get.id);
  });

  it("optional chaining skips the call when the object is nullish", () => {
    const g = build(`
function f(x: X, y?: Y) {
  y?.run(kref_get(x.r));
}`);
    const get = only(g, "kref_get(x.r)");
    const branch = g.cfg.nodes.find((n) => n.kind === "branch" && sourceOf(g.text, n) === "y") as CfgNode;
    expect(branch.succ.find((e) => e.kind === "false")?.to).toBe(get.id);
    expect(branch.succ.find((e) => e.kind === "true")?.to).not.toBe(get.id);
  });

  it("if (a && b) sends both falsy edges to the else branch", () => {
    const g = build(`
function f(a: boolean, b: boolean, x: X) {
  if (a && b) kref_get(x.r); else kref_put(x.r, rel);
}`);
    const put = only(g, "kref_put(x.r, rel)");
    const intoPut = g.cfg.nodes.filter((n) => n.succ.some((e) => e.to === put.id && e.kind === "false"));
    expect(intoPut.map((n) => sourceOf(g.text, n)).sort()).toEqual(["a", "b"]);
  });
});

describe("unsupported syntax", () => {
  it("refuses using in a loop head (the function is skipped)", () => {
    expect(() =>
      analyzeFirstFunction(`
function f(x: X, rs: R[]) {
  kref_get(x.r);
  for (using r of rs) {}
}`),
    ).toThrow(/using in a loop head/);
  });
});
