// The sparse start of a graph (issue 13, second round): in a function that starts holding
// nothing, the leading statements that can change nothing get no nodes (events/inert.ts); a
// statement that may throw while a handle is held keeps its step and exceptional edge.
import { describe, expect, it } from "vitest";
import type { Node } from "../../src/analysis/ast.js";
import { buildCfg } from "../../src/analysis/cfg/build.js";
import type { Cfg } from "../../src/analysis/cfg/types.js";
import { Classifier } from "../../src/analysis/events/classifier.js";
import { analyzeFunctionDetailed } from "../../src/analysis/index.js";
import { KindTable, krefPreset } from "../../src/analysis/kinds/kinds.js";
import { pgPreset } from "../../src/analysis/kinds/presets.js";
import { FileNames, FunctionScope } from "../../src/analysis/scope.js";
import { analyzeText, firstFunction, parse } from "../helpers/parse.js";

const table = new KindTable([krefPreset, pgPreset]);

function analyse(code: string): { cfg: Cfg; text: string } {
  const parsed = parse(code);
  return { cfg: analyzeFunctionDetailed(firstFunction(parsed), parsed.scopeManager, table).cfg, text: code };
}

/** The same function's graph built in full (the builder told nothing about the entry). */
function dense(code: string): { cfg: Cfg; text: string } {
  const parsed = parse(code);
  const fn = firstFunction(parsed);
  const scope = FunctionScope.of(parsed.scopeManager, fn, new FileNames());
  if (!scope) throw new Error("no scope");
  return { cfg: buildCfg(fn, new Classifier(fn, scope, table)), text: code };
}

/** Nodes whose AST lies inside the first occurrence of `snippet`. */
function nodesWithin(g: { cfg: Cfg; text: string }, snippet: string): Node[] {
  const start = g.text.indexOf(snippet);
  expect(start, snippet).toBeGreaterThanOrEqual(0);
  const end = start + snippet.length;
  return g.cfg.nodes.flatMap((n) => (n.ast && n.ast.range[0] >= start && n.ast.range[1] <= end ? [n.ast] : []));
}

function stepOf(g: { cfg: Cfg; text: string }, snippet: string) {
  const start = g.text.indexOf(snippet);
  const found = g.cfg.nodes.filter((n) => n.kind === "step" && n.ast.range[0] === start && n.ast.range[1] === start + snippet.length);
  expect(found, snippet).toHaveLength(1);
  return found[0] as Extract<Cfg["nodes"][number], { kind: "step" }>;
}

// pg's throw model is `any-call`: every call may throw while a client is held, so each call of
// the prelude would be a step with an exceptional edge if it were built.
const prelude = `log("start");
  const limit = compute(2) + other();
  if (limit > 3) { warn(limit); } else notify();`;
const code = `import type { Pool } from "pg";
async function f(pool: Pool) {
  ${prelude}
  const client = await pool.connect();
  audit(limit);
  client.release();
}`;

describe("sparse start of the graph", () => {
  it("builds no node for the leading statements that cannot change a state holding nothing", () => {
    expect(nodesWithin(analyse(code), prelude)).toEqual([]);
  });

  it("would build them without the entry's promise (the test above sees the difference)", () => {
    expect(nodesWithin(dense(code), prelude).length).toBeGreaterThan(0);
  });

  it("keeps the exceptional edge of a call that may throw while a handle is held", () => {
    const g = analyse(code);
    const audit = stepOf(g, "audit(limit)");
    expect(audit.succ.some((e) => e.kind === "exception")).toBe(true);
    const leaks = analyzeText(code, [krefPreset, pgPreset]).findings.map((f) => [f.type, f.type === "leak" ? f.exit : null, f.loc.start.line]);
    expect(leaks).toEqual([["leak", "callThrows", 7]]);
  });

  it("starts building at the first statement with an event, and keeps everything after it", () => {
    const g = analyse(code);
    expect(nodesWithin(g, "const client = await pool.connect();").length).toBeGreaterThan(0);
    // `limit` is not a handle: a later statement that only mentions it is still built (a handle is held there).
    expect(nodesWithin(g, "audit(limit);").length).toBe(1);
  });

  it("skips nothing in a callback that starts owning a handle", () => {
    const callback = `import type { Pool } from "pg";
declare const pool: Pool;
pool.connect((err, client, done) => {
  log("start");
  done();
});`;
    const g = analyse(callback);
    expect(stepOf(g, `log("start")`).succ.some((e) => e.kind === "exception")).toBe(true);
  });

  it("stops at a statement that mentions a handle, a jump, a try, a loop or a nested function", () => {
    for (const stop of [
      `if (ready) return;`,
      `try { log(1); } catch { log(2); }`,
      `for (const x of items) log(x);`,
      `const later = () => log(3);`,
      `pending = pool;`,
      `assert(ready);`,
      `expect(ready).toBeTruthy();`,
    ]) {
      const text = `import type { Pool } from "pg";
import assert from "node:assert";
async function f(pool: Pool, ready: boolean, items: number[], pending: Pool) {
  ${stop}
  const client = await pool.connect();
  client.release();
}`;
      expect(nodesWithin(analyse(text), stop).length, stop).toBe(nodesWithin(dense(text), stop).length);
      // An assertion (Node's assert, an expect chain) may be a branch that throws: always built,
      // so that what it asserts narrows the rest.
      if (stop.startsWith("assert") || stop.startsWith("expect")) expect(nodesWithin(analyse(text), stop).length).toBeGreaterThan(0);
    }
  });

  it("keeps a leading kref call's graph under the explicit model (no exceptional edges to drop)", () => {
    const text = `function f(x: X) {
  log(1);
  kref_get(x.ref);
  kref_put(x.ref, release);
}`;
    expect(analyzeText(text).findings).toEqual([]);
  });
});
