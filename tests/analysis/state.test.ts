// The state model's identity and copy rules, which the solver's de-duplication relies on.
import { describe, expect, it } from "vitest";
import { forEachChild } from "../../src/analysis/ast.js";
import type { Node } from "../../src/analysis/ast.js";
import type { RefObject } from "../../src/analysis/state.js";
import { Draft, State, changedObject, joinStates, sameState } from "../../src/analysis/state.js";
import { parse } from "../helpers/parse.js";

const obj = (name: string, refs: number[] = [1]): RefObject => ({
  refs,
  unknown: false,
  nullness: "nonnull",
  escape: 0,
  borrowed: false,
  anyCall: false,
  debt: [],
  lookup: null,
  name,
});

function stateWith(objects: Record<string, RefObject>, facts: Record<string, boolean> = {}): State {
  const d = new Draft(State.initial());
  for (const [path, o] of Object.entries(objects)) {
    d.writableObjs().set(`o-${path}`, o);
    d.writableBind().set(path, `o-${path}`);
  }
  for (const [k, v] of Object.entries(facts)) d.writableFacts().set(k, v);
  return d.freeze();
}

describe("sameState", () => {
  it("holds for equal content built separately, in any insertion order", () => {
    const a = stateWith({ v1: obj("a"), v2: obj("b") }, { f1: true, f2: false });
    const b = stateWith({ v2: obj("b"), v1: obj("a") }, { f2: false, f1: true });
    expect(a).not.toBe(b);
    expect(sameState(a, b)).toBe(true);
  });

  it("tells apart states differing in one reference, one fact, one lock or the pending exit", () => {
    const base = stateWith({ v1: obj("a") }, { f1: true });
    expect(sameState(base, stateWith({ v1: obj("a", [1, 2]) }, { f1: true }))).toBe(false);
    expect(sameState(base, stateWith({ v1: obj("a") }, { f1: false }))).toBe(false);
    expect(sameState(base, stateWith({ v1: obj("a") }, {}))).toBe(false);
    const locked = new Draft(base);
    locked.writableLocks().set("m", 3);
    expect(sameState(base, locked.freeze())).toBe(false);
    const exiting = new Draft(base);
    exiting.exitAt = 7;
    expect(sameState(base, exiting.freeze())).toBe(false);
  });

  it("compares lookups and debts by content", () => {
    const lookup = { site: 4, sections: ["m@2"], crossed: false, requires: null };
    const a = stateWith({ v1: { ...obj("a"), lookup, debt: [{ site: 5, receiverPuts: false, borrowed: true }] } });
    const b = stateWith({ v1: { ...obj("a"), lookup: { ...lookup }, debt: [{ site: 5, receiverPuts: false, borrowed: true }] } });
    const c = stateWith({ v1: { ...obj("a"), lookup: { ...lookup, crossed: true }, debt: [{ site: 5, receiverPuts: false, borrowed: true }] } });
    expect(sameState(a, b)).toBe(true);
    expect(sameState(a, c)).toBe(false);
  });

  it("a join with an equal state is the same state (the solver's stopping test)", () => {
    const a = stateWith({ v1: obj("a") }, { f1: true });
    expect(sameState(joinStates(a, a), a)).toBe(true);
    const b = stateWith({ v1: obj("a", [1, 2]) }, { f1: true });
    expect(sameState(joinStates(a, b), a)).toBe(false);
  });
});

describe("changedObject", () => {
  it("changes only the given fields; an explicit null lookup clears the lookup", () => {
    const lookup = { site: 4, sections: [], crossed: false, requires: null };
    const before = { ...obj("a"), lookup };
    expect(changedObject(before, { escape: 2 })).toEqual({ ...before, escape: 2 });
    expect(changedObject(before, { lookup: null }).lookup).toBeNull();
    expect(changedObject(before, {}).lookup).toBe(lookup);
  });

  it("a Draft update that changes nothing freezes back into the very same state", () => {
    const s = stateWith({ v1: obj("a") });
    const d = new Draft(s);
    d.update("o-v1", { escape: 0 });
    expect(d.freeze()).toBe(s);
  });
});

describe("forEachChild", () => {
  it("skips type annotations and type-only declarations, keeps runtime children", () => {
    const { program } = parse(`
interface I { f(x: number): void }
type T = { a: string };
function g<U>(a: Array<U>): Map<string, U> { return use(a as unknown as T); }
`);
    const types = new Set<string>();
    const visit = (n: Node): void => {
      types.add(n.type);
      forEachChild(n, visit);
    };
    visit(program as Node);
    expect([...types].filter((t) => t.startsWith("TS"))).toEqual(["TSInterfaceDeclaration", "TSTypeAliasDeclaration", "TSAsExpression"]);
    expect(types.has("CallExpression")).toBe(true);
  });
});
