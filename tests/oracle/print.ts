// Prints an oracle Program to TypeScript, one statement per line, and records where each node
// lands, so that the oracle can name findings by (line, column) without re-parsing.
import type { Cond, Handle, Lookup, Program, Stmt } from "./ast.js";

export interface Pos {
  readonly line: number;
  readonly column: number;
}

export interface Printed {
  /** A deep copy of the program: every node is a distinct object (fast-check shares constants),
   * so the maps below can be keyed by node. Interpret this copy. */
  readonly program: Program;
  readonly text: string;
  /** Start of each statement. */
  readonly stmt: Map<Stmt, Pos>;
  /** Start of the interesting call of a statement (the get, the hand-off, the throwing call). */
  readonly call: Map<Stmt, Pos>;
  /** Line of `kref_init(a.ref)`. */
  readonly initLine: number;
  /** Line of `const o = globalObj;` and of the prologue's `kref_get(o.ref)`. */
  readonly lookupLine: number;
  readonly lookupGet: Pos | null;
  /** The function's closing brace. */
  readonly end: Pos;
}

const disposer = (h: Handle, n: number) => `d${n} = { [Symbol.dispose]() { kref_put(${h}.ref, release); } }`;

export function print(original: Program): Printed {
  const p: Program = JSON.parse(JSON.stringify(original)) as Program; // not structuredClone: it keeps sharing
  const lines: string[] = [];
  const stmt = new Map<Stmt, Pos>();
  const call = new Map<Stmt, Pos>();
  let counter = 0;
  const emit = (indent: number, text: string): Pos => {
    lines.push("  ".repeat(indent) + text);
    return { line: lines.length, column: indent * 2 };
  };
  const cond = (c: Cond) => (c.k === "unknown" ? "cond()" : `${c.neg ? "!" : ""}${c.f}`);
  const block = (stmts: readonly Stmt[], indent: number) => {
    for (const s of stmts) one(s, indent);
  };
  const one = (s: Stmt, ind: number): void => {
    const at = (text: string, callOffset = 0): Pos => {
      const pos = emit(ind, text);
      stmt.set(s, pos);
      call.set(s, { line: pos.line, column: pos.column + callOffset });
      return pos;
    };
    switch (s.k) {
      case "get":
        at(`kref_get(${s.h}.ref);`);
        return;
      case "flagGet":
        at(`${s.f} && kref_get(${s.h}.ref);`, s.f.length + 4);
        return;
      case "put":
        at(`kref_put(${s.h}.ref, release);`);
        return;
      case "touch":
        at(`${s.h}.n++;`);
        return;
      case "pass":
        at(`use(${s.h});`);
        return;
      case "push":
        at(`queue.push(${s.h});`);
        return;
      case "kthread":
        if (!s.onErr) {
          at(`kthread_run(worker, ${s.h}, "x");`);
          return;
        } else {
          const t = `t${++counter}`;
          at(`const ${t} = kthread_run(worker, ${s.h}, "x");`, `const ${t} = `.length);
          emit(ind, `if (IS_ERR(${t})) {`);
          block(s.onErr, ind + 1);
          emit(ind, "}");
          return;
        }
      case "set":
        at(`${s.f} = ${s.v};`);
        return;
      case "if":
        at(`if (${cond(s.c)}) {`, 4);
        block(s.then, ind + 1);
        if (s.else.length > 0) {
          emit(ind, "} else {");
          block(s.else, ind + 1);
        }
        emit(ind, "}");
        return;
      case "return":
        at(s.h ? `return ${s.h};` : "return;");
        return;
      case "throw":
        at("throw failure;");
        return;
      case "mayThrow":
        at("mayThrow();");
        return;
      case "yield":
        at("yield;");
        return;
      case "try":
        at("try {");
        block(s.body, ind + 1);
        if (s.handler) {
          emit(ind, "} catch {");
          block(s.handler, ind + 1);
        }
        if (s.fin) {
          emit(ind, "} finally {");
          block(s.fin, ind + 1);
        }
        emit(ind, "}");
        return;
      case "label":
        at(`L${s.n}: {`);
        block(s.body, ind + 1);
        emit(ind, "}");
        return;
      case "break":
        at(`break L${s.n};`);
        return;
      case "using":
        at("{");
        emit(ind + 1, `using ${s.hs.map((h) => disposer(h, ++counter)).join(", ")};`);
        block(s.body, ind + 1);
        emit(ind, "}");
        return;
      case "forEach":
        at("items.forEach(() => {");
        block(s.body, ind + 1);
        emit(ind, "});");
        return;
      case "iife":
        at("(() => {");
        block(s.body, ind + 1);
        emit(ind, "})();");
        return;
    }
  };

  emit(0, `function${p.generator ? "*" : ""} f(p: Obj, q: Obj) {`);
  let initLine = 0;
  if (p.handles.includes("a")) {
    emit(1, "const a = alloc();");
    initLine = emit(1, "kref_init(a.ref);").line;
  }
  const flags = new Set<string>();
  const collect = (stmts: readonly Stmt[]): void => {
    for (const s of stmts) {
      if (s.k === "set" || s.k === "flagGet") flags.add(s.f);
      if (s.k === "if" && s.c.k === "flag") flags.add(s.c.f);
      for (const key of ["then", "else", "body", "handler", "fin", "onErr"] as const) {
        const child = (s as Record<string, unknown>)[key];
        if (Array.isArray(child)) collect(child as Stmt[]);
      }
    }
  };
  collect(p.body);
  for (const f of [...flags].sort()) emit(1, `let ${f} = false;`);
  let lookupLine = 0;
  let lookupGet: Pos | null = null;
  if (p.handles.includes("o")) {
    const l: Lookup = p.lookup;
    const locked = l === "locked" || l === "unlockedEarly" || l === "lockedIife";
    if (locked) emit(1, "mutex_lock(objLock);");
    lookupLine = emit(1, "const o = globalObj;").line;
    if (l === "unlockedEarly") emit(1, "mutex_unlock(objLock);");
    if (l === "lockedIife" || l === "unlockedIife") {
      emit(1, "(() => {");
      lookupGet = emit(2, "kref_get(o.ref);");
      emit(1, "})();");
    } else {
      lookupGet = emit(1, "kref_get(o.ref);");
    }
    if (l === "locked" || l === "lockedIife") emit(1, "mutex_unlock(objLock);");
  }
  block(p.body, 1);
  const end = emit(0, "}");
  return { program: p, text: lines.join("\n") + "\n", stmt, call, initLine, lookupLine, lookupGet, end };
}
