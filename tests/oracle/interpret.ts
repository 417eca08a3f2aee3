// The reference interpreter: enumerates every path of a generated (loop-free) program and computes
// the exact set of findings, from DESIGN §1–§2 and §4 (not from the analysis' transfer functions).
//
// Phase 1 runs the program symbolically and logs events per path:
// - unknown conditions (`cond()`) take both branches; boolean flags are concrete values, so
//   correlated tests are exact (§2.2 "correlated conditions");
// - throw model "explicit" (§2.2, kref preset §3.1): `throw` statements, and inside a `try` every
//   call may throw (`mayThrow()`, `cond()`, `use(h)`); kref, lock and kthread operations never throw;
//   a `using` block is a try/finally (so calls after its declaration count as inside a try), and so
//   is the catch clause of a try that has a finally. A throwing call took nothing: its exceptional
//   path leaves with the state before the call (like a caught throwing sink, §2.1);
// - `using d1 = …, d2 = …` disposes (puts) in reverse order on every way out of its block (§1);
// - `forEach` runs its callback 0..MAX_REFS+2 times, an IIFE once, inline in the caller's context
//   with its handles and locks (§4); a `return` in a callback ends that run only;
// - `yield` may end a generator (§2.2), like `return()`: enclosing `finally` blocks run;
// - a tested `kthread_run` may fail and then consumes nothing (§2.1).
// Phase 2 decides, per unknown-callee call `use(h)`, whether it borrowed (§2.2: the function puts `h`
// on some path, or some path touches `h` after that call — a use, get, put, pass, hand-off or
// return, the uses of §2.4), then replays each path with owned-reference stacks (a put drops the
// newest), debts (§2.1) and lookups (§2.3), and reports at exits as the rule tests do:
// - leak: per exit, the newest reference still owned of each handle not transferred to an unknown
//   callee; at the return/throw/yield statement, at the throwing call (once per reference, at its
//   first such call in source order), or at the function's closing brace;
// - getAfterHandoff at the get that pays a debt; handoffWithoutRef at the hand-off when the debt is
//   met by a use, put, pass, return or hand-off instead; a hand-off of a borrowed handle, or of the
//   last reference of an object created here (`a`), leaves a debt;
// - lookupWithoutLock at a get of `o` owning nothing, outside the lock held at the lookup.
// Only handles the function applies a kref operation to are tracked.
// Programs where a bound of the analysis would bite, or that DESIGN leaves open, are reported as
// OutsideFragment (then the property only checks that nothing crashes): more than MAX_REFS
// references, a put without a reference (double put, or a consumer function, §2.4), dead puts,
// `using` blocks or callbacks, more paths than the budget.
import type { Cond, Flag, Handle, Stmt } from "./ast.js";
import type { Pos, Printed } from "./print.js";

export type FindingType = "leak" | "getAfterHandoff" | "handoffWithoutRef" | "lookupWithoutLock";

export interface OracleFinding {
  readonly type: FindingType;
  readonly handle: string;
  readonly line: number;
  readonly column: number;
  /** leak: acquiredLine; getAfterHandoff: handoffLine; lookupWithoutLock: lookupLine. */
  readonly ref: number | null;
  /** leak only, for display. */
  readonly exit?: string;
}

export function findingKey(f: OracleFinding): string {
  return `${f.type} ${f.handle} @${f.line}:${f.column}${f.ref === null ? "" : ` ref ${f.ref}`}`;
}

type ExitKind = "return" | "throw" | "callThrows" | "functionEnd" | "yield";

type Ev =
  | { readonly t: "acquire"; readonly h: Handle; readonly line: number }
  | { readonly t: "get"; readonly h: Handle; readonly at: Pos; readonly locked: boolean; readonly site: object }
  | { readonly t: "put"; readonly h: Handle }
  | { readonly t: "touch"; readonly h: Handle }
  | { readonly t: "pass"; readonly h: Handle; readonly site: Stmt }
  | { readonly t: "handoff"; readonly h: Handle; readonly at: Pos }
  | { readonly t: "exit"; readonly kind: ExitKind; readonly at: Pos; readonly site: Stmt | null; readonly flags?: string }
  | { readonly t: "loop"; readonly site: Stmt; readonly flags: string }
  | { readonly t: "at"; readonly site: Stmt; readonly flags: string };

type Log = { readonly ev: Ev; readonly prev: Log } | null;

interface St {
  readonly flags: Readonly<Record<Flag, boolean>>;
  readonly log: Log;
}

type Completion =
  | { readonly k: "normal" }
  | { readonly k: "return"; readonly at: Pos; readonly kind: "return" | "yield" }
  | { readonly k: "throw"; readonly at: Pos; readonly kind: "throw" | "callThrows"; readonly site: Stmt | null }
  | { readonly k: "break"; readonly n: number }
  | { readonly k: "cbReturn" };

interface Out {
  readonly st: St;
  readonly c: Completion;
}

interface Ctx {
  readonly inTry: boolean;
  readonly cb: boolean;
}

/** The program leaves the fragment where the analysis is exact (a documented bound would bite):
 * the property then only checks that the analysis does not crash. */
export class OutsideFragment extends Error {}

/** The analysis keeps at most 4 references per object, then forgets the count (docs/architecture.md). */
export const MAX_REFS = 4;
/** States in which a forEach loop may be entered (see the end of oracle()). */
export const MAX_LOOP_ENTRIES = 2;
/** States per statement (the analysis keeps 8 per CFG node). */
export const MAX_POINT_STATES = 6;

const NORMAL: Completion = { k: "normal" };
/** The site of falling off the end of the function (the closing brace). */
const END: Stmt = { k: "return", h: null };

export interface OracleResult {
  readonly findings: OracleFinding[];
  readonly paths: number;
}

export function oracle(printed: Printed, maxPaths = 20_000): OracleResult {
  const p = printed.program;
  let budget = maxPaths * 8;
  const spend = (n: number) => {
    budget -= n;
    if (budget < 0) throw new OutsideFragment(`more than ${maxPaths} paths`);
  };
  const log = (st: St, ev: Ev): St => ({ flags: st.flags, log: { ev, prev: st.log } });
  const pos = (s: Stmt) => printed.stmt.get(s)!;
  const callPos = (s: Stmt) => printed.call.get(s)!;

  /** A call that may throw inside a try: it either returns or throws at itself. */
  const throwing = (st: St, s: Stmt, ctx: Ctx, before: St = st): Out[] =>
    ctx.inTry
      ? [
          { st, c: NORMAL },
          { st: before, c: { k: "throw", at: callPos(s), kind: "callThrows", site: s } },
        ]
      : [{ st, c: NORMAL }];

  // Borrow evidence is read from the graph, where flags are not consulted (phase 2a): a second
  // enumeration lets every flag test go both ways.
  let flagsKnown = true;
  const test = (c: Cond, st: St, s: Stmt, ctx: Ctx): { st: St; value: boolean | null; c?: Completion }[] => {
    if (c.k === "flag" && !flagsKnown) return [{ st, value: true }, { st, value: false }];
    if (c.k === "flag") return [{ st, value: st.flags[c.f] !== c.neg }];
    const outs: { st: St; value: boolean | null; c?: Completion }[] = [];
    if (ctx.inTry) {
      outs.push({ st, value: null, c: { k: "throw", at: callPos(s), kind: "callThrows", site: s } });
    }
    outs.push({ st, value: true }, { st, value: false });
    return outs;
  };

  const list = (stmts: readonly Stmt[], st: St, ctx: Ctx): Out[] => {
    let outs: Out[] = [{ st, c: NORMAL }];
    for (const s of stmts) {
      const next: Out[] = [];
      for (const o of outs) {
        if (o.c.k !== "normal") next.push(o);
        else for (const r of one(s, o.st, ctx)) next.push(r);
      }
      spend(next.length);
      outs = next;
    }
    return outs;
  };

  const reached = new Set<Stmt>();
  const one = (s: Stmt, before: St, ctx: Ctx): Out[] => {
    reached.add(s);
    const st = log(before, { t: "at", site: s, flags: `${+before.flags.f1}${+before.flags.f2}${+before.flags.f3}` });
    switch (s.k) {
      case "get":
        return [{ st: log(st, { t: "get", h: s.h, at: callPos(s), locked: false, site: s }), c: NORMAL }];
      case "flagGet": {
        const got = log(st, { t: "get", h: s.h, at: callPos(s), locked: false, site: s });
        if (!flagsKnown) return [{ st: got, c: NORMAL }, { st, c: NORMAL }];
        return [{ st: st.flags[s.f] ? got : st, c: NORMAL }];
      }
      case "put":
        return [{ st: log(st, { t: "put", h: s.h }), c: NORMAL }];
      case "touch":
        return [{ st: log(st, { t: "touch", h: s.h }), c: NORMAL }];
      case "pass":
        // A call that throws took nothing: the exceptional path leaves with the state before the
        // call (as a caught throwing sink does, §2.1).
        return throwing(log(st, { t: "pass", h: s.h, site: s }), s, ctx, st);
      case "push":
        return [{ st: log(st, { t: "handoff", h: s.h, at: callPos(s) }), c: NORMAL }];
      case "kthread": {
        const ok = log(st, { t: "handoff", h: s.h, at: callPos(s) });
        if (!s.onErr) return [{ st: ok, c: NORMAL }];
        return [{ st: ok, c: NORMAL }, ...list(s.onErr, st, ctx)];
      }
      case "set":
        return [{ st: { flags: { ...st.flags, [s.f]: s.v }, log: st.log }, c: NORMAL }];
      case "if": {
        const outs: Out[] = [];
        for (const t of test(s.c, st, s, ctx)) {
          if (t.c) outs.push({ st: t.st, c: t.c });
          else outs.push(...list(t.value ? s.then : s.else, t.st, ctx));
        }
        return outs;
      }
      case "return": {
        if (ctx.cb) return [{ st, c: { k: "cbReturn" } }];
        const after = s.h ? log(st, { t: "handoff", h: s.h, at: pos(s) }) : st;
        return [{ st: after, c: { k: "return", at: pos(s), kind: "return" } }];
      }
      case "throw":
        return [{ st, c: { k: "throw", at: pos(s), kind: "throw", site: null } }];
      case "mayThrow":
        return throwing(st, s, ctx);
      case "yield":
        return [
          { st, c: NORMAL },
          { st, c: { k: "return", at: pos(s), kind: "yield" } },
        ];
      case "try": {
        let outs = list(s.body, st, { ...ctx, inTry: true });
        if (s.handler) {
          const handler = s.handler;
          const handlerCtx = { ...ctx, inTry: ctx.inTry || s.fin !== null };
          outs = outs.flatMap((o) => (o.c.k === "throw" ? list(handler, o.st, handlerCtx) : [o]));
        }
        if (s.fin) {
          const fin = s.fin;
          outs = outs.flatMap((o) => list(fin, o.st, ctx).map((f) => (f.c.k === "normal" ? { st: f.st, c: o.c } : f)));
        }
        return outs;
      }
      case "label":
        return list(s.body, st, ctx).map((o) => (o.c.k === "break" && o.c.n === s.n ? { st: o.st, c: NORMAL } : o));
      case "break":
        return [{ st, c: { k: "break", n: s.n } }];
      case "using":
        // `using d1 = …, d2 = …;` then the body; disposal in reverse order on every way out.
        return list(s.body, st, { ...ctx, inTry: true }).map((o) => {
          let after = o.st;
          for (const h of [...s.hs].reverse()) after = log(after, { t: "put", h });
          return { st: after, c: o.c };
        });
      case "iife":
        return list(s.body, st, { inTry: false, cb: true }).map((o) => ({ st: o.st, c: NORMAL }));
      case "forEach": {
        const entered = log(st, { t: "loop", site: s, flags: `${+st.flags.f1}${+st.flags.f2}${+st.flags.f3}` });
        const results: Out[] = [{ st: entered, c: NORMAL }];
        let frontier: Out[] = [{ st: entered, c: NORMAL }];
        // 0..n runs; past MAX_REFS + 2 runs every owned count has reached 0 and a further run
        // repeats findings already made, so unrolling that far is exact.
        for (let i = 0; i < MAX_REFS + 2; i++) {
          frontier = frontier.flatMap((o) => list(s.body, o.st, { inTry: false, cb: true }).map((r) => ({ st: r.st, c: NORMAL })));
          results.push(...frontier);
        }
        return results;
      }
    }
  };

  // Prologue.
  let st: St = { flags: { f1: false, f2: false, f3: false }, log: null };
  if (p.handles.includes("a")) st = log(st, { t: "acquire", h: "a", line: printed.initLine });
  if (p.handles.includes("o")) {
    const locked = p.lookup === "locked" || p.lookup === "lockedIife";
    st = log(st, { t: "get", h: "o", at: printed.lookupGet!, locked, site: printed });
  }
  const outs = list(p.body, st, { inTry: false, cb: false });
  // Dead code (a statement no path reaches although no flag guards it: code after a block that
  // always leaves, a catch clause whose try cannot throw) is harmless, except where the analysis
  // reads it syntactically: a callback is analysed as a function of its own, and a put anywhere
  // makes every call a borrow (§2.2 says "on some path"). The fragment has no dead puts or callbacks.
  const syntactic = (s: Stmt) => s.k === "put" || s.k === "using" || s.k === "forEach" || s.k === "iife";
  const dead = (stmts: readonly Stmt[], guarded: boolean): boolean =>
    stmts.some((s) => {
      if (!guarded && !reached.has(s) && syntactic(s)) return true;
      const g = guarded || (s.k === "if" && s.c.k === "flag");
      return (["then", "else", "body", "handler", "fin", "onErr"] as const).some((k) => {
        const child = (s as Record<string, unknown>)[k];
        return Array.isArray(child) && dead(child as Stmt[], g);
      });
    });
  if (dead(p.body, false)) throw new OutsideFragment("dead code");
  // The analysis keeps apart the exits carried by the two innermost finally bodies a path runs;
  // deeper ones share states under the state cap (src/analysis/state.ts, exitKey).
  const finallyDepth = (stmts: readonly Stmt[], depth: number): number =>
    Math.max(
      depth,
      ...stmts.map((s) =>
        Math.max(
          ...(["then", "else", "body", "handler", "fin", "onErr"] as const).map((k) => {
            const child = (s as Record<string, unknown>)[k];
            return Array.isArray(child) ? finallyDepth(child as Stmt[], k === "fin" ? depth + 1 : depth) : depth;
          }),
        ),
      ),
    );
  if (finallyDepth(p.body, 0) >= 3) throw new OutsideFragment("finally bodies nested three deep");
  const toLog = (o: Out): Ev[] => {
    let exit: Ev;
    const c = o.c;
    if (c.k === "return") exit = { t: "exit", kind: c.kind, at: c.at, site: null };
    else if (c.k === "throw") exit = { t: "exit", kind: c.kind, at: c.at, site: c.site };
    else if (c.k === "normal") exit = { t: "exit", kind: "functionEnd", at: printed.end, site: END, flags: `${+o.st.flags.f1}${+o.st.flags.f2}${+o.st.flags.f3}` };
    else throw new Error(`completion ${c.k} escaped the function`);
    const evs: Ev[] = [exit];
    for (let l = o.st.log; l; l = l.prev) evs.push(l.ev);
    return evs.reverse();
  };

  const logs: Ev[][] = outs.map(toLog);
  const reachedWithFlags = new Set(reached);
  flagsKnown = false;
  const graphLogs: Ev[][] = list(p.body, st, { inTry: false, cb: false }).map(toLog);
  flagsKnown = true;
  reached.clear();
  for (const s of reachedWithFlags) reached.add(s);

  // Phase 2a: borrow evidence per unknown-callee call (DESIGN §2.2), on any path of the graph:
  // a use after the call that only an impossible flag combination reaches still counts.
  const putSomewhere = new Set<Handle>();
  const borrow = new Set<Stmt>();
  const handleOf = (e: Ev): Handle | null =>
    e.t === "get" || e.t === "put" || e.t === "touch" || e.t === "pass" || e.t === "handoff" || e.t === "acquire" ? e.h : null;
  for (const evs of graphLogs) {
    const later = new Set<Handle>();
    for (let i = evs.length - 1; i >= 0; i--) {
      const e = evs[i]!;
      if (e.t === "put") putSomewhere.add(e.h);
      if (e.t === "pass" && later.has(e.h)) borrow.add(e.site);
      const h = handleOf(e);
      if (h && e.t !== "acquire") later.add(h);
    }
  }

  // Phase 2b: replay.
  interface Ref {
    readonly line: number;
  }
  interface HState {
    own: Ref[];
    debt: Pos | null;
    silent: boolean;
  }
  const found = new Map<string, OracleFinding>();
  const add = (f: OracleFinding) => found.set(findingKey(f), f);
  interface Candidate {
    readonly f: OracleFinding;
    readonly site: Stmt;
  }
  const candidates: Candidate[] = [];
  const loopEntries = new Map<Stmt, Set<string>>();
  const pointStates = new Map<Stmt, Set<string>>();
  for (const evs of logs) {
    const hs = new Map<Handle, HState>();
    const get = (h: Handle) => {
      let s = hs.get(h);
      if (!s) hs.set(h, (s = { own: [], debt: null, silent: false }));
      return s;
    };
    const signature = (flags: string) =>
      [...hs]
        .filter(([, x]) => x.own.length > 0 || x.debt || x.silent)
        .map(([h, x]) => `${h}:${x.own.map((r) => r.line).join("/")}:${x.debt ? x.debt.line : 0}:${x.silent ? 1 : 0}`)
        .sort()
        .join() + flags;
    const payDebtByUse = (h: Handle, s: HState) => {
      if (s.debt) add({ type: "handoffWithoutRef", handle: h, line: s.debt.line, column: s.debt.column, ref: null });
      s.debt = null;
    };
    for (const e of evs) {
      switch (e.t) {
        case "acquire":
          get(e.h).own.push({ line: e.line });
          break;
        case "get": {
          const s = get(e.h);
          if (s.debt) {
            add({ type: "getAfterHandoff", handle: e.h, line: e.at.line, column: e.at.column, ref: s.debt.line });
            s.debt = null;
            break;
          }
          if (s.own.length >= MAX_REFS) throw new OutsideFragment(`more than ${MAX_REFS} references on \`${e.h}\``);
          if (e.h === "o" && s.own.length === 0 && !e.locked) {
            add({ type: "lookupWithoutLock", handle: "o", line: e.at.line, column: e.at.column, ref: printed.lookupLine });
          }
          s.own.push({ line: e.at.line });
          break;
        }
        case "put": {
          const s = get(e.h);
          // A put with no reference of our own and no hand-off before it: a double put, or a function
          // that consumes its caller's reference (DESIGN §2.4), which changes what the parameter owns
          // on entry for every path. Neither is in the fragment.
          if (s.own.length === 0 && !s.debt) throw new OutsideFragment(`put of \`${e.h}\` without a reference`);
          payDebtByUse(e.h, s);
          s.own.pop();
          break;
        }
        case "touch":
          payDebtByUse(e.h, get(e.h));
          break;
        case "pass": {
          const s = get(e.h);
          payDebtByUse(e.h, s);
          if (!putSomewhere.has(e.h) && !borrow.has(e.site)) s.silent = true;
          break;
        }
        case "handoff": {
          const s = get(e.h);
          payDebtByUse(e.h, s);
          if (s.own.length > 0) {
            s.own.pop();
            // An object created here whose last reference goes: the function holds nothing now.
            if (e.h === "a" && s.own.length === 0) s.debt = e.at;
          } else {
            s.debt = e.at;
          }
          break;
        }
        case "loop":
        case "at": {
          const sig = signature(e.flags);
          const map = e.t === "loop" ? loopEntries : pointStates;
          const set = map.get(e.site) ?? new Set<string>();
          set.add(sig);
          map.set(e.site, set);
          break;
        }
        case "exit":
          if (e.site === END) {
            const set = pointStates.get(END) ?? new Set<string>();
            set.add(signature(e.flags ?? ""));
            pointStates.set(END, set);
          }
          for (const [h, s] of hs) {
            if (s.silent || s.own.length === 0) continue;
            const ref = s.own[s.own.length - 1]!;
            const f: OracleFinding = { type: "leak", handle: h, line: e.at.line, column: e.at.column, ref: ref.line, exit: e.kind };
            if (e.kind === "callThrows") candidates.push({ f, site: e.site! });
            else add(f);
          }
          break;
      }
    }
  }
  // The analysis iterates a forEach body as a loop, with at most 8 states per node: several
  // different states entering the loop multiply with the iterations' counts and get joined before
  // every issue is found. Only loops entered in at most MAX_LOOP_ENTRIES states are in the fragment.
  for (const set of loopEntries.values()) {
    if (set.size > MAX_LOOP_ENTRIES) throw new OutsideFragment(`forEach entered in ${set.size} different states`);
  }
  // Likewise for any statement: the analysis joins more than 8 states per node (then it is silent on
  // the merged handles, a documented bound). Where the oracle's own abstraction of the paths (owned
  // references with their lines, debts, transfers, flags) reaching a statement already has more
  // than MAX_POINT_STATES states, the bound may bite: outside the fragment. (A margin under 8: the
  // analysis' states may distinguish a little more than these.)
  for (const [site, set] of pointStates) {
    if (set.size > MAX_POINT_STATES) {
      throw new OutsideFragment(`${set.size} states at line ${site === END ? printed.end.line : printed.stmt.get(site)!.line}`);
    }
  }
  // "Reported once per reference, at the first call that can throw, naming it" (§2.2): of the
  // throw leaks of one reference (handle and line where it was taken), only the first call in
  // source order is reported.
  const order = (c: Candidate) => {
    const at = printed.call.get(c.site)!;
    return at.line * 1000 + at.column;
  };
  candidates.sort((x, y) => order(x) - order(y));
  const first = new Map<string, Stmt>();
  for (const c of candidates) {
    const k = `${c.f.handle}:${c.f.ref}`;
    const site = first.get(k) ?? c.site;
    first.set(k, site);
    if (site === c.site) add(c.f);
  }
  // A handle is tracked only when the function applies a kref operation to it somewhere (the kref
  // preset has no types: `queue.push(p)` of an object never got or put is not a hand-off of a handle).
  const tracked = new Set<string>();
  if (p.handles.includes("a")) tracked.add("a");
  if (p.handles.includes("o")) tracked.add("o");
  const collect = (stmts: readonly Stmt[]): void => {
    for (const s of stmts) {
      if (s.k === "get" || s.k === "put" || s.k === "flagGet") tracked.add(s.h);
      if (s.k === "using") for (const h of s.hs) tracked.add(h);
      for (const k of ["then", "else", "body", "handler", "fin", "onErr"] as const) {
        const child = (s as Record<string, unknown>)[k];
        if (Array.isArray(child)) collect(child as Stmt[]);
      }
    }
  };
  collect(p.body);
  return { findings: [...found.values()].filter((f) => tracked.has(f.handle)), paths: logs.length };
}
