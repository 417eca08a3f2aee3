// fast-check arbitraries for the oracle's fragment (ast.ts). The context decides what may occur
// where, so that every generated program stays inside the modelled fragment:
// - `mayThrow()` only inside `try` (or after a `using` declaration, whose block is a try/finally);
//   the kref preset's throw model is "explicit" (DESIGN §2.2);
// - hand-offs (`queue.push`, `kthread_run`), `return h` and callbacks never inside `try`/`using`,
//   so no hand-off can throw and no callback call has an exceptional edge;
// - callbacks (`forEach`, IIFE) hold puts, uses, hand-offs to a queue, `if (cond())` and `return;`
//   (gets only in an IIFE: a get in a body that runs 0..n times has no bounded count); no flags,
//   no throws, no labels inside them;
// - `o` (a looked-up global) is never handed off (its get would be both a late get and a lookup);
// - nothing follows a `return`, `throw` or `break` in its block (no dead code).
import fc from "fast-check";
import type { Cond, Flag, Handle, Lookup, Program, Stmt } from "./ast.js";

/** Constructs that can be switched off (to isolate discrepancy classes when triaging). */
export interface Features {
  readonly callbacks: boolean;
  readonly yields: boolean;
  readonly flags: boolean;
  readonly using: boolean;
  readonly lookup: boolean;
  readonly kthread: boolean;
  readonly pass: boolean;
  readonly handoffs: boolean;
  readonly tries: boolean;
}

const ALL: Features = {
  callbacks: true,
  yields: true,
  flags: true,
  using: true,
  lookup: true,
  kthread: true,
  pass: true,
  handoffs: true,
  tries: true,
};

interface Ctx {
  readonly fe: Features;
  readonly hs: readonly Handle[];
  readonly inTry: boolean;
  readonly cb: "none" | "iife" | "forEach";
  readonly labels: readonly number[];
  readonly generator: boolean;
  readonly depth: number;
}

const FLAGS: readonly Flag[] = ["f1", "f2", "f3"];
const MAX_DEPTH = 3;

function breaksTo(stmts: readonly Stmt[], n: number): boolean {
  return stmts.some(
    (s) =>
      (s.k === "break" && s.n === n) ||
      (["then", "else", "body", "handler", "fin", "onErr"] as const).some((k) => {
        const child = (s as Record<string, unknown>)[k];
        return Array.isArray(child) && breaksTo(child as Stmt[], n);
      }),
  );
}

function leaves(stmts: readonly Stmt[]): boolean {
  return stmts.some(terminates);
}

/** The statement never completes normally (syntactically; flags and callbacks aside). */
function terminates(s: Stmt): boolean {
  switch (s.k) {
    case "return":
    case "throw":
    case "break":
      return true;
    case "if":
      return leaves(s.then) && leaves(s.else);
    case "label":
      return leaves(s.body) && !breaksTo(s.body, s.n);
    case "using":
      return leaves(s.body);
    case "try":
      return (s.fin !== null && leaves(s.fin)) || (leaves(s.body) && (s.handler === null || leaves(s.handler)));
    default:
      return false;
  }
}

/** Some statement of the block may throw (so that a catch clause is not dead code). */
function mayThrow(stmts: readonly Stmt[]): boolean {
  return stmts.some(
    (s) =>
      s.k === "mayThrow" ||
      s.k === "throw" ||
      s.k === "pass" ||
      (s.k === "if" && (s.c.k === "unknown" || mayThrow(s.then) || mayThrow(s.else))) ||
      ((s.k === "label" || s.k === "using") && mayThrow(s.body)) ||
      (s.k === "try" && ((s.handler ? mayThrow(s.handler) && s.fin !== null : mayThrow(s.body)) || (s.fin !== null && mayThrow(s.fin)))),
  );
}

const throwing = (body: readonly Stmt[]): Stmt[] => (mayThrow(body) ? [...body] : [{ k: "mayThrow" }, ...body]);

/** Cuts a block after its first statement that never completes normally (no dead code). */
export function cut(stmts: readonly Stmt[]): Stmt[] {
  const out: Stmt[] = [];
  for (const s of stmts) {
    out.push(s);
    if (terminates(s)) break;
  }
  return out;
}

type Weighted = { weight: number; arbitrary: fc.Arbitrary<Stmt> };

function leaf(ctx: Ctx): Weighted[] {
  const h = fc.constantFrom(...ctx.hs);
  const handOffable = ctx.hs.filter((x) => x !== "o");
  const f = fc.constantFrom(...FLAGS);
  const out: Weighted[] = [];
  const add = (weight: number, arbitrary: fc.Arbitrary<Stmt>) => out.push({ weight, arbitrary });
  if (ctx.cb !== "forEach") add(4, h.map((x): Stmt => ({ k: "get", h: x })));
  add(3, h.map((x): Stmt => ({ k: "put", h: x })));
  add(1, h.map((x): Stmt => ({ k: "touch", h: x })));
  if (ctx.fe.pass) add(2, h.map((x): Stmt => ({ k: "pass", h: x })));
  if (!ctx.inTry && handOffable.length > 0 && ctx.fe.handoffs) add(2, fc.constantFrom(...handOffable).map((x): Stmt => ({ k: "push", h: x })));
  if (ctx.cb === "none") {
    if (ctx.fe.flags) {
      add(2, fc.tuple(f, h).map(([ff, x]): Stmt => ({ k: "flagGet", f: ff, h: x })));
      add(2, fc.tuple(f, fc.boolean()).map(([ff, v]): Stmt => ({ k: "set", f: ff, v })));
    }
    add(2, fc.constant<Stmt>({ k: "throw" }));
    if (!ctx.inTry && ctx.fe.handoffs) add(2, h.map((x): Stmt => ({ k: "return", h: x })));
    add(3, fc.constant<Stmt>({ k: "return", h: null }));
    if (ctx.inTry) add(4, fc.constant<Stmt>({ k: "mayThrow" }));
    // not inside a try: a consumer's throw() makes a yield throw there, outside DESIGN §2.2's words
    if (ctx.generator && !ctx.inTry) add(2, fc.constant<Stmt>({ k: "yield" }));
    for (const n of ctx.labels) add(2, fc.constant<Stmt>({ k: "break", n }));
  } else {
    add(2, fc.constant<Stmt>({ k: "return", h: null }));
  }
  return out;
}

function block(ctx: Ctx, maxLength: number, size: fc.SizeForArbitrary = "small"): fc.Arbitrary<Stmt[]> {
  return fc.array(stmt(ctx), { maxLength, size }).map(cut);
}

const memo = new Map<string, fc.Arbitrary<Stmt>>();

/** Arbitraries are built once per context (building them is exponential in the depth). */
function stmt(ctx: Ctx): fc.Arbitrary<Stmt> {
  const key = JSON.stringify(ctx);
  let arb = memo.get(key);
  if (!arb) memo.set(key, (arb = buildStmt(ctx)));
  return arb;
}

function buildStmt(ctx: Ctx): fc.Arbitrary<Stmt> {
  const leaves = leaf(ctx);
  if (ctx.depth >= MAX_DEPTH) return fc.oneof(...leaves);
  const inner = (c: Partial<Ctx>, max = 3) => block({ ...ctx, depth: ctx.depth + 1, ...c }, max);
  const cond: fc.Arbitrary<Cond> =
    ctx.cb === "none" && ctx.fe.flags
      ? fc.oneof(
          { weight: 3, arbitrary: fc.constant<Cond>({ k: "unknown" }) },
          { weight: 2, arbitrary: fc.record({ k: fc.constant("flag" as const), f: fc.constantFrom(...FLAGS), neg: fc.boolean() }) },
        )
      : fc.constant<Cond>({ k: "unknown" });
  const compound: fc.Arbitrary<Stmt>[] = [
    fc.tuple(cond, inner({}), inner({})).map(([c, t, e]): Stmt => ({ k: "if", c, then: t, else: e })),
    // the early exit: if (…) { return; } / if (…) { throw failure; }
    fc
      .tuple(cond, fc.constantFrom<Stmt>({ k: "return", h: null }, ...(ctx.cb === "none" ? [{ k: "throw" } as const] : [])))
      .map(([c, r]): Stmt => ({ k: "if", c, then: [r], else: [] })),
  ];
  if (ctx.cb === "none" && ctx.fe.tries) {
    compound.push(
      // A catch clause of a try with a finally is itself protected by the finally: its calls may
      // throw too (the exception still takes the finally path).
      fc.tuple(inner({ inTry: true }), inner({})).map(([body, handler]): Stmt => ({ k: "try", body: throwing(body), handler, fin: null })),
      fc.tuple(inner({ inTry: true }), inner({})).map(([body, fin]): Stmt => ({ k: "try", body, handler: null, fin })),
      fc
        .tuple(inner({ inTry: true }), inner({ inTry: true }), inner({}))
        .map(([body, handler, fin]): Stmt => ({ k: "try", body: throwing(body), handler, fin })),
    );
  }
  if (ctx.cb === "none") {
    compound.push(
      inner({ labels: [...ctx.labels, ctx.labels.length] }).map((body): Stmt => ({ k: "label", n: ctx.labels.length, body })),
    );
    if (ctx.fe.using) {
      compound.push(
        fc
          .tuple(fc.uniqueArray(fc.constantFrom(...ctx.hs), { minLength: 1, maxLength: 2 }), inner({ inTry: true }))
          .map(([hs, body]): Stmt => ({ k: "using", hs, body })),
      );
    }
    const handOffable = ctx.hs.filter((x) => x !== "o");
    if (!ctx.inTry && handOffable.length > 0 && ctx.fe.kthread) {
      compound.push(
        fc
          .tuple(fc.constantFrom(...handOffable), fc.option(inner({}), { nil: null }))
          .map(([h, onErr]): Stmt => ({ k: "kthread", h, onErr })),
      );
    }
    if (!ctx.inTry && ctx.fe.callbacks) {
      compound.push(
        inner({ cb: "forEach", labels: [] }).map((body): Stmt => ({ k: "forEach", body })),
        inner({ cb: "iife", labels: [] }).map((body): Stmt => ({ k: "iife", body })),
      );
    }
  }
  return fc.oneof(
    ...leaves.map((l) => ({ weight: l.weight * 3, arbitrary: l.arbitrary })),
    ...compound.map((arbitrary) => ({ weight: 6, arbitrary })),
  );
}

const PALETTES: readonly (readonly Handle[])[] = [
  ["p"],
  ["a"],
  ["o"],
  ["p", "q"],
  ["p", "a"],
  ["p", "o"],
  ["a", "o"],
  ["p", "q", "a"],
  ["p", "q", "o"],
  ["p", "a", "o"],
];
const LOOKUPS: readonly Lookup[] = ["locked", "unlocked", "unlockedEarly", "lockedIife", "unlockedIife"];

export function makeProgramArb(only: Partial<Features> = {}): fc.Arbitrary<Program> {
  const fe = { ...ALL, ...only };
  const palettes = fe.lookup ? PALETTES : PALETTES.filter((p) => !p.includes("o"));
  return fc
  .tuple(fc.constantFrom(...palettes), fc.boolean(), fc.constantFrom(...LOOKUPS))
  .chain(([handles, gen, lookup]) => {
    const generator = fe.yields && gen && handles.length % 2 === 0; // about one program in five is a generator
    const ctx: Ctx = { fe, hs: handles, inTry: false, cb: "none", labels: [], generator, depth: 0 };
    // Some programs get a ladder of 8..12 early exits (`if (…) { return; }`, `throw`) in the
    // middle: many exits per function is where a bound on states per exit would bite.
    const exit = fc
      .tuple(fc.constant<Cond>({ k: "unknown" }), fc.constantFrom<Stmt>({ k: "return", h: null }, { k: "throw" }))
      .map(([c, r]): Stmt => ({ k: "if", c, then: [r], else: [] }));
    const ladder = fc
      .tuple(block(ctx, 4), fc.array(exit, { minLength: 8, maxLength: 12 }), block(ctx, 4))
      .map(([x, l, y]) => cut([...x, ...l, ...y]));
    return fc
      .oneof({ weight: 6, arbitrary: block(ctx, 14, "medium") }, { weight: 1, arbitrary: ladder })
      .map((body): Program => ({ generator, handles, lookup, body }));
  });
}

export const programArb: fc.Arbitrary<Program> = makeProgramArb();

// ---- coverage measures (asserted by tests/oracle.test.ts) ----

function walk(stmts: readonly Stmt[], visit: (s: Stmt, finallyDepth: number) => void, fd = 0): void {
  for (const s of stmts) {
    visit(s, fd);
    switch (s.k) {
      case "if":
        walk(s.then, visit, fd);
        walk(s.else, visit, fd);
        break;
      case "try":
        walk(s.body, visit, fd + (s.fin ? 1 : 0));
        if (s.handler) walk(s.handler, visit, fd + (s.fin ? 1 : 0));
        if (s.fin) walk(s.fin, visit, fd + 1);
        break;
      case "kthread":
        if (s.onErr) walk(s.onErr, visit, fd);
        break;
      case "label":
      case "using":
      case "forEach":
      case "iife":
        walk(s.body, visit, fd);
        break;
      default:
        break;
    }
  }
}

export interface Coverage {
  readonly exits: number;
  readonly finallyDepth: number;
  readonly flags: boolean;
  readonly callbacks: boolean;
  readonly yields: boolean;
  readonly using2: boolean;
  /** A labelled block, a `try` or a callback inside a `finally` (a jump that lands inside the finally). */
  readonly labelInFinally: boolean;
}

export function coverage(p: Program): Coverage {
  let exits = 0;
  let finallyDepth = 0;
  let flags = false;
  let callbacks = false;
  let yields = false;
  let using2 = false;
  let labelInFinally = false;
  walk(p.body, (s, fd) => {
    if (s.k === "return" || s.k === "throw" || s.k === "yield" || s.k === "mayThrow") exits++;
    if (s.k === "try" && s.fin) finallyDepth = Math.max(finallyDepth, fd + 1);
    if (s.k === "set" || s.k === "flagGet" || (s.k === "if" && s.c.k === "flag")) flags = true;
    if (s.k === "forEach" || s.k === "iife") callbacks = true;
    if (s.k === "yield") yields = true;
    if (s.k === "using" && s.hs.length > 1) using2 = true;
    if ((s.k === "label" || s.k === "try" || s.k === "forEach" || s.k === "iife") && fd > 0) labelInFinally = true;
  });
  return { exits, finallyDepth, flags, callbacks, yields, using2, labelInFinally };
}
