// The CFG builder on its own: graphs built from a stub source of events (no Classifier, no
// kinds), to pin where edges go for catch, `using`, nested `finally`, `await`, `yield` and
// synchronous callbacks.
import type { TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES as T } from "@typescript-eslint/types";
import { describe, expect, it } from "vitest";
import type { Node } from "../../src/analysis/ast.js";
import { buildCfg } from "../../src/analysis/cfg/build.js";
import type { CfgSource, ThrowVerdict } from "../../src/analysis/cfg/source.js";
import type { Cfg, CfgNode } from "../../src/analysis/cfg/types.js";
import type { Event } from "../../src/analysis/event-types.js";
import type { PathKey } from "../../src/analysis/scope.js";
import { firstFunction, parse } from "../helpers/parse.js";

/**
 * A call to a plain function name is a step with one `mark` event named after the callee;
 * calls, `new`, `await` and `yield` may throw; nothing else has events or locals.
 */
class StubSource implements CfgSource {
  constructor(readonly anyCallThrows = false) {}
  eventsOf(node: Node): readonly Event[] {
    return node.type === T.CallExpression && node.callee.type === T.Identifier ? [{ t: "mark", fact: node.callee.name }] : [];
  }
  conditionOf(): null {
    return null;
  }
  /** `quiet()` never throws; `loud()` throws everywhere, for every handle (a listed throwing call). */
  mayThrow(node: Node): ThrowVerdict {
    if (node.type === T.CallExpression && node.callee.type === T.Identifier) {
      if (node.callee.name === "quiet") return false;
      if (node.callee.name === "loud") return "always";
    }
    return node.type === T.CallExpression || node.type === T.NewExpression || node.type === T.AwaitExpression || node.type === T.YieldExpression;
  }
  isTrackedCall(): boolean {
    return false;
  }
  pathOf(): null {
    return null;
  }
  relevantLocalsOf(): PathKey[] {
    return [];
  }
  bindPatternFresh(): readonly Event[] {
    return [];
  }
  inlineReturnEvents(): readonly Event[] {
    return [];
  }
  implicitReturnEvents(): readonly Event[] {
    return [];
  }
  disposedPaths(declarator: TSESTree.VariableDeclarator): readonly PathKey[] {
    return declarator.id.type === T.Identifier ? [declarator.id.name] : [];
  }
}

function build(code: string, anyCallThrows = false): Cfg {
  return buildCfg(firstFunction(parse(code)), new StubSource(anyCallThrows));
}

type Step = Extract<CfgNode, { kind: "step" }>;

/** The steps of calls to `name` (by their mark event). */
function calls(cfg: Cfg, name: string): Step[] {
  return cfg.nodes.filter((n): n is Step => n.kind === "step" && n.events.some((e) => e.t === "mark" && e.fact === name));
}

function call(cfg: Cfg, name: string): Step {
  const found = calls(cfg, name);
  expect(found, name).toHaveLength(1);
  return found[0] as Step;
}

/** Steps that dispose the `using` declaration of `name`. */
function disposals(cfg: Cfg, name: string): Step[] {
  return cfg.nodes.filter((n): n is Step => n.kind === "step" && n.events.some((e) => e.t === "dispose" && e.paths.includes(name)));
}

function exceptionTargets(node: CfgNode): number[] {
  return node.succ.filter((e) => e.kind === "exception").map((e) => e.to);
}

/** Nodes reachable from `from` (not itself) without passing through a node matching `stop`. */
function reachable(cfg: Cfg, from: number, stop: (n: CfgNode) => boolean = () => false): Set<number> {
  const seen = new Set<number>();
  const stack = [from];
  while (stack.length > 0) {
    const node = cfg.nodes[stack.pop() as number] as CfgNode;
    for (const edge of node.succ) {
      if (seen.has(edge.to)) continue;
      seen.add(edge.to);
      if (!stop(cfg.nodes[edge.to] as CfgNode)) stack.push(edge.to);
    }
  }
  return seen;
}

const isNode = (ids: readonly number[]) => (n: CfgNode): boolean => ids.includes(n.id);

describe("catch edges", () => {
  const code = `
function f() {
  before();
  try {
    first();
    second();
  } catch (e) {
    recover();
  }
  after();
}`;

  it("gives every call inside try an exceptional edge to the catch, and none outside", () => {
    const cfg = build(code);
    const targets = [...exceptionTargets(call(cfg, "first")), ...exceptionTargets(call(cfg, "second"))];
    expect(targets).toHaveLength(2);
    expect(new Set(targets).size).toBe(1);
    const handler = targets[0] as number;
    expect(reachable(cfg, handler).has(call(cfg, "recover").id)).toBe(true);
    expect(cfg.nodes.some((n) => n.kind === "land" && n.ast?.type === T.CatchClause && reachable(cfg, handler).has(n.id))).toBe(true);
    expect(exceptionTargets(call(cfg, "before"))).toEqual([]);
    expect(exceptionTargets(call(cfg, "after"))).toEqual([]);
    expect(exceptionTargets(call(cfg, "recover"))).toEqual([]);
  });

  it("marks the edges of calls outside try as any-call only when every call may throw", () => {
    const cfg = build(code, true);
    const before = call(cfg, "before");
    expect(exceptionTargets(before)).toHaveLength(1);
    expect(before.anyCallOnly).toBe(true);
    expect(call(cfg, "first").anyCallOnly).toBe(false);
  });
});

describe("throw verdicts", () => {
  const code = `
function f() {
  loud();
  quiet();
  try {
    quiet();
    other();
  } catch (e) {
    recover();
  }
}`;

  it("gives a call that never throws no edge, even inside try", () => {
    const cfg = build(code, true);
    for (const step of calls(cfg, "quiet")) expect(exceptionTargets(step)).toEqual([]);
    expect(exceptionTargets(call(cfg, "other"))).toHaveLength(1);
  });

  it("gives a listed throwing call an edge outside try for every handle, whatever the models", () => {
    for (const anyCall of [false, true]) {
      const loud = call(build(code, anyCall), "loud");
      expect(exceptionTargets(loud)).toHaveLength(1);
      expect(loud.anyCallOnly).toBe(false);
    }
  });
});

describe("using", () => {
  const cfg = build(`
function f() {
  {
    using a = open();
    if (check()) return;
    using b = open();
    work();
  }
  after();
}`);

  it("guards each disposal by the mark of its own declaration having run", () => {
    const marks = new Map<string, string>();
    for (const n of cfg.nodes) {
      if (n.kind !== "step" || n.ast.type !== T.VariableDeclarator || n.ast.id.type !== T.Identifier) continue;
      for (const e of n.events) if (e.t === "mark") marks.set(n.ast.id.name, e.fact);
    }
    expect([...marks.keys()].sort()).toEqual(["a", "b"]);
    for (const name of ["a", "b"]) {
      for (const d of disposals(cfg, name)) {
        for (const e of d.events) if (e.t === "dispose") expect(e.guard).toBe(marks.get(name));
      }
    }
  });

  /** Calls that may throw once `a` is declared. */
  const afterA = (): Step[] => [calls(cfg, "open")[1] as Step, call(cfg, "check"), call(cfg, "work")];

  it("lets the first initializer throw straight out: nothing is declared yet", () => {
    const first = calls(cfg, "open")[0] as Step;
    const [target] = exceptionTargets(first);
    expect(target).toBeDefined();
    const after = reachable(cfg, target as number);
    expect(after.has(cfg.exit)).toBe(true);
    expect([...disposals(cfg, "a"), ...disposals(cfg, "b")].some((d) => d.id === target || after.has(d.id))).toBe(false);
  });

  it("sends every later exception of the block to one throw pad that disposes every declaration", () => {
    const throwing = afterA();
    const targets = new Set(throwing.flatMap(exceptionTargets));
    expect(targets.size).toBe(1);
    const pad = [...targets][0] as number;
    const afterPad = reachable(cfg, pad);
    const a = disposals(cfg, "a").filter((d) => afterPad.has(d.id));
    const b = disposals(cfg, "b").filter((d) => afterPad.has(d.id));
    expect(a).toHaveLength(1);
    expect(b).toHaveLength(1);
    // Disposed in reverse order of declaration.
    expect(reachable(cfg, (b[0] as Step).id).has((a[0] as Step).id)).toBe(true);
    expect(afterPad.has(call(cfg, "after").id)).toBe(false);
  });

  it("disposes on every exit: no path from the block reaches the function exit without disposing `a`", () => {
    const stopAtA = isNode(disposals(cfg, "a").map((d) => d.id));
    const ret = cfg.nodes.find((n) => n.kind === "step" && n.exitKind === "return");
    expect(ret).toBeDefined();
    for (const from of [ret as CfgNode, ...afterA()]) {
      expect(reachable(cfg, from.id, stopAtA).has(cfg.exit), `from ${from.id}`).toBe(false);
    }
    // Three ways out: fall through, the return, the throw pad.
    expect(disposals(cfg, "a")).toHaveLength(3);
    expect(disposals(cfg, "b")).toHaveLength(2);
  });
});

describe("nested finally", () => {
  const cfg = build(`
function f() {
  try {
    try {
      inner1();
      if (check()) return;
    } finally {
      innerFinally();
    }
    middle();
  } finally {
    outerFinally();
  }
  after();
}`);
  const dispatches = cfg.nodes.filter((n): n is Extract<CfgNode, { kind: "dispatch" }> => n.kind === "dispatch");
  const innerDispatch = () => dispatches.find((d) => reachable(cfg, call(cfg, "innerFinally").id).has(d.id) && !reachable(cfg, call(cfg, "outerFinally").id).has(d.id));
  const returnStep = () => cfg.nodes.find((n) => n.kind === "step" && n.exitKind === "return") as Step;

  it("builds each finally body once, between finally enter and leave nodes, with one dispatch each", () => {
    call(cfg, "innerFinally");
    call(cfg, "outerFinally");
    expect(dispatches).toHaveLength(2);
    const enters = cfg.nodes.filter((n) => n.kind === "finally" && n.op === "enter");
    expect(enters).toHaveLength(2);
    for (const enter of enters) {
      const body = reachable(cfg, enter.id, (n) => n.kind === "dispatch");
      expect(body.has(call(cfg, "innerFinally").id) || body.has(call(cfg, "outerFinally").id)).toBe(true);
    }
  });

  it("the inner dispatch continues the try's exits outwards and sends fall-through to the code after it", () => {
    const d = innerDispatch();
    expect(d).toBeDefined();
    const inner = d as Extract<CfgNode, { kind: "dispatch" }>;
    for (const origin of [call(cfg, "inner1"), call(cfg, "check"), returnStep()]) {
      expect(inner.exits.has(origin.id), `exit of ${origin.id}`).toBe(true);
      const next = inner.exits.get(origin.id) as number;
      expect(reachable(cfg, next).has(call(cfg, "outerFinally").id)).toBe(true);
    }
    expect(inner.normal).toBeGreaterThanOrEqual(0);
    expect(reachable(cfg, inner.normal).has(call(cfg, "middle").id)).toBe(true);
    expect(inner.succ.map((e) => e.to)).toContain(inner.normal);
  });

  it("the outer dispatch sends the return to the function exit, not to the code after try", () => {
    const outer = dispatches.find((d) => d !== innerDispatch()) as Extract<CfgNode, { kind: "dispatch" }>;
    const afterId = call(cfg, "after").id;
    const next = outer.exits.get(returnStep().id);
    expect(next).toBeDefined();
    expect(reachable(cfg, next as number).has(afterId)).toBe(false);
    expect(reachable(cfg, outer.normal).has(afterId)).toBe(true);
  });
});

describe("await and yield", () => {
  it("an await inside try has an exceptional edge; one outside is not even a step", () => {
    const cfg = build(`
async function f() {
  try {
    await load();
  } catch {
    recover();
  }
  await later();
}`);
    const awaits = cfg.nodes.filter((n) => n.kind === "step" && n.ast.type === T.AwaitExpression);
    expect(awaits).toHaveLength(1);
    const [target] = exceptionTargets(awaits[0] as CfgNode);
    expect(target).toBeDefined();
    expect(reachable(cfg, target as number).has(call(cfg, "recover").id)).toBe(true);
    expect(exceptionTargets(call(cfg, "later"))).toEqual([]);
  });

  it("a generator's yield has an extra path that returns through the enclosing finally", () => {
    const cfg = build(`
function* g() {
  try {
    yield 1;
    work();
  } finally {
    cleanup();
  }
  after();
}`);
    const stops = cfg.nodes.filter((n): n is Step => n.kind === "step" && n.exitKind === "yield");
    expect(stops).toHaveLength(1);
    const stop = stops[0] as Step;
    expect(stop.events).toEqual([{ t: "exit" }]);
    const cleanup = call(cfg, "cleanup");
    expect(reachable(cfg, stop.id).has(cleanup.id)).toBe(true);
    expect(reachable(cfg, stop.id, isNode([cleanup.id])).has(cfg.exit)).toBe(false);
    const dispatch = cfg.nodes.find((n): n is Extract<CfgNode, { kind: "dispatch" }> => n.kind === "dispatch");
    const next = dispatch?.exits.get(stop.id);
    expect(next).toBeDefined();
    expect(reachable(cfg, next as number).has(call(cfg, "after").id)).toBe(false);
  });

  it("an await gives no such path: only a generator's consumer can stop it", () => {
    const cfg = build(`
async function f() {
  try {
    await load();
  } finally {
    cleanup();
  }
}`);
    expect(cfg.nodes.some((n) => n.kind === "step" && n.exitKind === "yield")).toBe(false);
  });
});

describe("synchronous callbacks", () => {
  it("inlines an array method's callback in a loop that may run it zero or more times", () => {
    const cfg = build(`
function f(items) {
  items.forEach((item) => {
    use(item);
  });
  done();
}`);
    const use = call(cfg, "use");
    const heads = cfg.nodes.filter((n) => n.kind === "branch" && n.ast.type === T.ArrowFunctionExpression);
    expect(heads).toHaveLength(1);
    const head = heads[0] as CfgNode;
    expect(reachable(cfg, use.id).has(head.id)).toBe(true);
    expect(reachable(cfg, use.id).has(use.id)).toBe(true);
    const skip = head.succ.find((e) => e.kind === "false");
    expect(skip).toBeDefined();
    expect(reachable(cfg, (skip as { to: number }).to).has(use.id)).toBe(false);
    expect(reachable(cfg, use.id).has(call(cfg, "done").id)).toBe(true);
  });

  it("inlines an IIFE once", () => {
    const cfg = build(`
function f() {
  (() => {
    once();
  })();
  done();
}`);
    const once = call(cfg, "once");
    expect(cfg.nodes.some((n) => n.kind === "branch")).toBe(false);
    expect(reachable(cfg, once.id).has(once.id)).toBe(false);
    expect(reachable(cfg, cfg.entry, isNode([once.id])).has(call(cfg, "done").id)).toBe(false);
  });
});

describe("runs of calls without events", () => {
  /** Steps without events (calls that only may throw), by the source text of their call. */
  const throwOnly = (cfg: Cfg, code: string): string[] =>
    cfg.nodes
      .filter((n): n is Step => n.kind === "step" && n.events.length === 0)
      .map((n) => code.slice(n.ast?.range[0], n.ast?.range[1]));

  it("gives a straight run one step, named by the call that starts first in the source", () => {
    const code = `
function f() {
  mark();
  o.x();
  o.y(o.z());
  o.v(o.w).toBe(1);
  done();
}`;
    const cfg = build(code, true);
    expect(throwOnly(cfg, code)).toEqual(["o.x()"]);
    const run = cfg.nodes.find((n) => n.kind === "step" && n.events.length === 0) as Step;
    expect(exceptionTargets(run)).toHaveLength(1);
    expect(reachable(cfg, call(cfg, "mark").id).has(call(cfg, "done").id)).toBe(true);
  });

  it("starts a new step after an event, a branch, or a change of context", () => {
    const code = `
function f(c) {
  o.a();
  mark();
  o.b();
  if (c) o.c();
  o.d();
  try {
    o.e();
  } catch {}
  o.f(o.g());
}`;
    expect(throwOnly(build(code, true), code)).toEqual(["o.a()", "o.b()", "o.c()", "o.d()", "o.e()", "o.f(o.g())"]);
  });
});

describe("assertions", () => {
  /** `check(c)` asserts c truthy; `refute(c)` asserts c falsy (both throw when it is not so). */
  class AssertingSource extends StubSource {
    assertionOf(call: TSESTree.CallExpression) {
      const callee = call.callee;
      const first = call.arguments[0];
      if (callee.type !== T.Identifier || !first || first.type === T.SpreadElement) return null;
      if (callee.name === "check") return { condition: first as Node, holds: "truthy" as const, onFailure: call.arguments.slice(1) as Node[] };
      if (callee.name === "refute") return { condition: first as Node, holds: "falsy" as const, onFailure: [] };
      return null;
    }
  }
  const branchOn = (cfg: Cfg, name: string) =>
    cfg.nodes.find((n): n is Extract<CfgNode, { kind: "branch" }> => n.kind === "branch" && n.ast.type === T.Identifier && n.ast.name === name) as Extract<CfgNode, { kind: "branch" }>;

  it.each([
    ["check", "false"],
    ["refute", "true"],
  ] as const)("%s(c): the call throws only on the %s side of c, and the code after it follows the other", (assertion, failing) => {
    const cfg = buildCfg(firstFunction(parse(`function f(c) { ${assertion}(c); after(); }`)), new AssertingSource());
    const branch = branchOn(cfg, "c");
    const failEdge = branch.succ.find((e) => e.kind === failing);
    const holdEdge = branch.succ.find((e) => e.kind !== failing);
    expect(failEdge && holdEdge).toBeTruthy();
    const thrower = cfg.nodes[failEdge?.to as number] as Step;
    expect(thrower.kind).toBe("step");
    expect(exceptionTargets(thrower)).toHaveLength(1);
    expect(thrower.succ.every((e) => e.kind === "exception")).toBe(true);
    expect(reachable(cfg, thrower.id).has(call(cfg, "after").id)).toBe(false);
    expect(reachable(cfg, holdEdge?.to as number).has(call(cfg, "after").id) || holdEdge?.to === call(cfg, "after").id).toBe(true);
  });

  it("evaluates a message argument only on the failing side", () => {
    const cfg = buildCfg(firstFunction(parse(`function f(c) { check(c, describe()); after(); }`)), new AssertingSource());
    const branch = branchOn(cfg, "c");
    const hold = branch.succ.find((e) => e.kind === "true")?.to as number;
    expect(reachable(cfg, hold).has(call(cfg, "describe").id)).toBe(false);
    const fail = branch.succ.find((e) => e.kind === "false")?.to as number;
    expect(fail === call(cfg, "describe").id || reachable(cfg, fail).has(call(cfg, "describe").id)).toBe(true);
  });
});
