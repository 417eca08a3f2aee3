// Builds the CFG of one function. Expressions are evaluated in JavaScript order; a node is
// emitted only where something can happen to a handle (an event), control can split
// (a branch) or an exception can leave (a call inside `try`). A `finally` body is built once;
// every path through it keeps its pending exit in the state, and a `dispatch` node after the
// body sends each path on the way it came (fall through, or its return/throw/break/continue), so
// nesting costs linear graph size and paths on different exits are never merged.
import type { TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES as T } from "@typescript-eslint/types";
import type { FunctionNode, Node, Position } from "../ast.js";
import { endPosition, forEachChild, skipTypeWrappers } from "../ast.js";
import { inlineRunOf, isInlined, walkActivation } from "../sync-callbacks.js";
import type { Event } from "../event-types.js";
import type { PathKey } from "../scope.js";
import type { Assertion, CfgSource } from "./source.js";
import type { Cfg, CfgNode, Edge, EdgeKind, ExitKind } from "./types.js";
import { UnsupportedSyntax } from "./types.js";

/** A function whose graph grows past this many nodes is skipped (silent), never slow. */
export const MAX_CFG_NODES = 100_000;

interface Dangling {
  readonly from: number;
  readonly kind: EdgeKind;
}

interface UsingEntry {
  readonly paths: readonly PathKey[];
  readonly guard: string;
  readonly declarator: TSESTree.VariableDeclarator;
}

type Ctx =
  /** `throwPad`: where exceptions leaving the scope dispose its `using` declarations (built at the scope's end). */
  | { type: "scope"; node: Node; vars: PathKey[]; usings: UsingEntry[] | null; throwPad: number | null }
  | { type: "loop"; labels: readonly string[]; headVars: PathKey[]; breaks: Dangling[]; continueTo: number }
  | { type: "breakable"; labels: readonly string[]; isSwitch: boolean; breaks: Dangling[] }
  | { type: "catch"; entry: number }
  /** A synchronous callback run in place: its `return`s end the callback, not the function. */
  | { type: "inline"; returns: Dangling[] }
  /** `entry`: the node before the one copy of the body; `jumps`: the exits routed through it, by key. */
  | { type: "finally"; finalizer: TSESTree.BlockStatement; entry: number | null; jumps: Map<string, Jump> }
  /**
   * Building the body of a `finally` that carries exits: a jump leaving it drops the carried one.
   * `leaves`: by jump key, the node that does so (the route on from here is the same for a key).
   */
  | { type: "finallyBody"; finalizer: TSESTree.BlockStatement; leaves: Map<string, number> };

type Jump =
  | { kind: "break" | "continue"; label: string | null }
  | { kind: "return" }
  | { kind: "throw" };

type MutableNode = CfgNode & { succ: Edge[] };

export interface BuildOptions {
  /**
   * Every state the function starts in holds nothing (no handle, no fact): the leading
   * statements the source calls inert get no nodes (a sparse graph; same findings).
   */
  readonly entryHoldsNothing?: boolean;
}

export function buildCfg(fn: FunctionNode, source: CfgSource, maxNodes = MAX_CFG_NODES, options: BuildOptions = {}): Cfg {
  return new Builder(fn, source, maxNodes, options.entryHoldsNothing === true).build();
}

class Builder {
  private readonly nodes: MutableNode[] = [];
  private frontier: Dangling[] = [];
  private ctx: Ctx[] = [];
  /** Number of enclosing contexts that catch exceptions (try, finally, using blocks). */
  private catching = 0;
  /** Pending short-circuit edges of the optional chains being built, innermost last. */
  private chains: Dangling[][] = [];
  private normalExit = -1;
  private throwExit = -1;
  /** Every step that starts an exit (`jumpKey`: how it leaves), for the dispatch after a `finally`. */
  private readonly exitOrigins: { readonly step: number; readonly key: string; readonly at: number }[] = [];
  /** The last call step without events, and the context it was built in (see `continuesThrowOnlyStep`). */
  private lastThrowOnly: {
    readonly id: number;
    readonly ctx: Ctx | undefined;
    readonly depth: number;
    readonly catching: number;
    readonly anyCallOnly: boolean;
  } | null = null;

  constructor(
    private readonly fn: FunctionNode,
    private readonly source: CfgSource,
    private readonly maxNodes: number,
    private readonly entryHoldsNothing: boolean,
  ) {}

  build(): Cfg {
    const entry = this.add({ kind: "entry", ast: null });
    const at = endPosition(this.fn.body);
    this.normalExit = this.add({
      kind: "scopeExit",
      ast: this.fn.body,
      vars: [],
      functionExit: true,
      at,
      fallThrough: "function",
    });
    this.throwExit = this.add({
      kind: "scopeExit",
      ast: this.fn.body,
      vars: [],
      functionExit: true,
      at,
      fallThrough: "function",
    });
    const exit = this.add({ kind: "exit", ast: null });
    this.link([{ from: this.normalExit, kind: "normal" }, { from: this.throwExit, kind: "normal" }], exit);
    this.frontier = [{ from: entry, kind: "normal" }];
    const body = this.fn.body;
    if (body.type === T.BlockStatement) {
      const skipped = this.inertLead(body.body);
      this.blockLike(body, skipped === 0 ? body.body : body.body.slice(skipped), []);
    } else {
      this.expr(body);
      this.step(body, this.source.implicitReturnEvents(body), "return");
    }
    this.link(this.frontier, this.normalExit);
    this.frontier = [];
    return { fn: this.fn, nodes: this.nodes, entry, exit };
  }

  /**
   * How many leading statements of the function's body need no nodes: run from the entry state,
   * which holds nothing, they can neither change it nor find anything (events/inert.ts). Their
   * steps would have no events, their exception edges would carry that empty state to the
   * function's end, and their branches would join again with the same state.
   */
  private inertLead(body: readonly TSESTree.Statement[]): number {
    const inert = this.source.inertAtEntry;
    if (!this.entryHoldsNothing || !inert) return 0;
    let n = 0;
    while (n < body.length && inert.call(this.source, body[n] as Node)) n++;
    return n;
  }

  // ---- graph primitives -------------------------------------------------------------------

  private add(node: DistributiveOmit<CfgNode, "id" | "succ">): number {
    if (this.nodes.length >= this.maxNodes) throw new UnsupportedSyntax("function too large");
    const id = this.nodes.length;
    // The literal passed in is fresh: completing it in place avoids a copy per node.
    const full = node as { id?: number; succ?: Edge[] };
    full.id = id;
    full.succ = [];
    this.nodes.push(full as MutableNode);
    return id;
  }

  private link(from: readonly Dangling[], to: number): void {
    for (const d of from) (this.nodes[d.from] as MutableNode).succ.push({ to, kind: d.kind });
  }

  /** Adds a node after the current frontier, which then continues from it. */
  private emit(node: DistributiveOmit<CfgNode, "id" | "succ">): number {
    const id = this.add(node);
    this.link(this.frontier, id);
    this.frontier = [{ from: id, kind: "normal" }];
    return id;
  }

  private step(ast: Node, events: readonly Event[], exitKind: ExitKind | null = null, anyCallOnly = false): number {
    return this.emit({ kind: "step", ast, events, exitKind, anyCallOnly });
  }

  private land(ast: Node | null): void {
    this.emit({ kind: "land", ast });
  }

  private branch(ast: Node, mode: "truthy" | "nullish"): { t: Dangling; f: Dangling } {
    const id = this.emit({ kind: "branch", ast, condition: this.source.conditionOf(ast, mode) });
    this.frontier = [];
    return { t: { from: id, kind: "true" }, f: { from: id, kind: "false" } };
  }

  private join(extra: readonly Dangling[]): void {
    this.frontier = [...this.frontier, ...extra];
  }

  // ---- exits ------------------------------------------------------------------------------

  /** Sends `from` along a jump or throw through the enclosing contexts, innermost first. */
  private route(jump: Jump, from: Dangling[], level: number = this.ctx.length): void {
    let pending = from;
    for (let i = level - 1; i >= 0; i--) {
      const c = this.ctx[i] as Ctx;
      switch (c.type) {
        case "scope":
          if (jump.kind === "throw") {
            // Locals of the try block are killed where the exception is caught; only disposal runs here.
            if (c.usings && c.usings.length > 0) {
              c.throwPad ??= this.add({ kind: "join", ast: null });
              this.link(pending, c.throwPad);
              return;
            }
            continue;
          }
          pending = this.closeScope(c, pending);
          continue;
        case "loop": {
          const targeted =
            (jump.kind === "break" || jump.kind === "continue") &&
            (jump.label === null || c.labels.includes(jump.label));
          if (targeted && jump.kind === "continue") {
            this.link(pending, c.continueTo);
            return;
          }
          if (jump.kind !== "throw") pending = this.killVars(c.headVars, pending, this.fn.body, "block");
          if (targeted) {
            c.breaks.push(...pending);
            return;
          }
          continue;
        }
        case "breakable":
          if (jump.kind === "break" && (jump.label === null ? c.isSwitch : c.labels.includes(jump.label))) {
            c.breaks.push(...pending);
            return;
          }
          continue;
        case "catch":
          if (jump.kind === "throw") {
            this.link(pending, c.entry);
            return;
          }
          continue;
        case "inline":
          // A throw goes on into the caller's context; break and continue cannot cross a function.
          if (jump.kind === "return") {
            c.returns.push(...pending);
            return;
          }
          continue;
        case "finally":
          c.jumps.set(jumpKey(jump), jump);
          c.entry ??= this.add({ kind: "finally", ast: c.finalizer, op: "enter" });
          this.link(pending, c.entry);
          return;
        case "finallyBody": {
          const key = jumpKey(jump);
          const known = c.leaves.get(key);
          if (known !== undefined) {
            this.link(pending, known);
            return;
          }
          const leave = this.add({ kind: "finally", ast: c.finalizer, op: "leave" });
          c.leaves.set(key, leave);
          this.link(pending, leave);
          pending = [{ from: leave, kind: "normal" }];
          continue;
        }
      }
    }
    if (jump.kind === "return") this.link(pending, this.normalExit);
    else if (jump.kind === "throw") this.link(pending, this.throwExit);
    else throw new UnsupportedSyntax("jump without target");
  }

  /** Records which way a step leaves, for the dispatch after each `finally` it passes. */
  private startsExit(stepId: number, jump: Jump): void {
    const ast = this.nodes[stepId]?.ast;
    if (ast) this.exitOrigins.push({ step: stepId, key: jumpKey(jump), at: ast.range[0] });
  }

  private disposeAll(c: Extract<Ctx, { type: "scope" }>): void {
    const usings = c.usings ?? [];
    for (let i = usings.length - 1; i >= 0; i--) {
      const u = usings[i] as UsingEntry;
      this.step(u.declarator, [{ t: "dispose", paths: u.paths, guard: u.guard }]);
    }
  }

  /** Disposes and kills a scope's locals on the way out; returns the continuing edges. */
  private closeScope(c: Extract<Ctx, { type: "scope" }>, from: Dangling[]): Dangling[] {
    if (from.length === 0) return from;
    const saved = this.frontier;
    this.frontier = from;
    this.disposeAll(c);
    const out = this.killVars(c.vars, this.frontier, c.node, "block");
    this.frontier = saved;
    return out;
  }

  private killVars(vars: PathKey[], from: Dangling[], node: Node, fallThrough: "block" | "iteration"): Dangling[] {
    if (vars.length === 0 || from.length === 0) return from;
    const id = this.add({ kind: "scopeExit", ast: node, vars, functionExit: false, at: endPosition(node), fallThrough });
    this.link(from, id);
    return [{ from: id, kind: "normal" }];
  }

  private exceptionEdge(stepId: number, always = false): void {
    if (this.catching > 0 || this.source.anyCallThrows || always) {
      this.startsExit(stepId, { kind: "throw" });
      this.route({ kind: "throw" }, [{ from: stepId, kind: "exception" }]);
    }
  }

  // ---- statements -------------------------------------------------------------------------

  private relevantLocals(node: Node): PathKey[] {
    return this.source.relevantLocalsOf(node);
  }

  private pushScope(node: Node, vars: PathKey[], hasUsing: boolean): Extract<Ctx, { type: "scope" }> {
    const c: Ctx = { type: "scope", node, vars, usings: hasUsing ? [] : null, throwPad: null };
    this.ctx.push(c);
    if (hasUsing) this.catching++;
    return c;
  }

  private popScope(c: Extract<Ctx, { type: "scope" }>, end: Node, fallThrough: "block" | "iteration" = "block"): void {
    this.ctx.pop();
    if (c.usings) this.catching--;
    if (c.throwPad !== null) {
      // Built now, with every declaration of the block: each disposal is guarded by the fact
      // that its declaration ran, so a throw disposes exactly the declarations before it.
      const after = this.frontier;
      this.frontier = [{ from: c.throwPad, kind: "normal" }];
      this.disposeAll(c);
      this.route({ kind: "throw" }, this.frontier);
      this.frontier = after;
    }
    if (this.frontier.length === 0) return;
    this.disposeAll(c);
    this.frontier = this.killVars(c.vars, this.frontier, end, fallThrough);
  }

  /** A block body: its own scope for let/const/class and `using`. */
  private blockLike(node: Node, body: readonly TSESTree.Statement[], vars: PathKey[]): void {
    const hasUsing = body.some(
      (s) => s.type === T.VariableDeclaration && (s.kind === "using" || s.kind === "await using"),
    );
    if (vars.length === 0 && !hasUsing) {
      for (const s of body) this.statement(s);
      return;
    }
    const c = this.pushScope(node, vars, hasUsing);
    for (const s of body) this.statement(s);
    this.popScope(c, node);
  }

  private statement(s: TSESTree.Statement | TSESTree.Node): void {
    switch (s.type) {
      case T.BlockStatement:
        this.blockLike(s, s.body, this.relevantLocals(s));
        return;
      case T.ExpressionStatement: {
        const asserted = s.expression.type === T.CallExpression ? this.source.assertionOf?.(s.expression) : null;
        if (asserted) this.assertion(s.expression as TSESTree.CallExpression, asserted);
        else this.expr(s.expression);
        return;
      }
      case T.VariableDeclaration:
        this.declaration(s);
        return;
      case T.IfStatement: {
        const { t, f } = this.cond(s.test);
        this.frontier = t;
        this.statement(s.consequent);
        const afterConsequent = this.frontier;
        this.frontier = f;
        if (s.alternate) this.statement(s.alternate);
        this.join(afterConsequent);
        return;
      }
      case T.ReturnStatement: {
        if (s.argument) this.expr(s.argument);
        const inline = this.ctx.some((c) => c.type === "inline");
        const events = inline ? this.source.inlineReturnEvents(s.argument, true) : this.source.eventsOf(s);
        this.startsExit(this.step(s, events, "return"), { kind: "return" });
        this.route({ kind: "return" }, this.frontier);
        this.frontier = [];
        return;
      }
      case T.ThrowStatement:
        this.expr(s.argument);
        this.startsExit(this.step(s, this.source.eventsOf(s), "throw"), { kind: "throw" });
        this.route({ kind: "throw" }, this.frontier);
        this.frontier = [];
        return;
      case T.BreakStatement:
      case T.ContinueStatement: {
        const kind = s.type === T.BreakStatement ? "break" : "continue";
        const jump: Jump = { kind, label: s.label ? s.label.name : null };
        this.startsExit(this.step(s, this.source.eventsOf(s), kind), jump);
        this.route(jump, this.frontier);
        this.frontier = [];
        return;
      }
      case T.WhileStatement:
      case T.DoWhileStatement:
      case T.ForStatement:
      case T.ForInStatement:
      case T.ForOfStatement:
        this.loop(s, []);
        return;
      case T.SwitchStatement:
        this.switchStatement(s, []);
        return;
      case T.LabeledStatement:
        this.labeled(s);
        return;
      case T.TryStatement:
        this.tryStatement(s);
        return;
      case T.FunctionDeclaration:
      case T.ClassDeclaration: {
        const events = this.source.eventsOf(s);
        if (events.length > 0) this.step(s, events);
        return;
      }
      case T.ExportNamedDeclaration:
        if (s.declaration) this.statement(s.declaration);
        return;
      case T.EmptyStatement:
      case T.DebuggerStatement:
      case T.TSTypeAliasDeclaration:
      case T.TSInterfaceDeclaration:
      case T.TSDeclareFunction:
      case T.TSModuleDeclaration:
      case T.TSEnumDeclaration:
      case T.ImportDeclaration:
      case T.ExportAllDeclaration:
      case T.ExportDefaultDeclaration:
      case T.TSExportAssignment:
      case T.TSImportEqualsDeclaration:
      case T.TSNamespaceExportDeclaration:
        return;
      default:
        // `with` and anything newer than this builder: skip the whole function.
        throw new UnsupportedSyntax(s.type);
    }
  }

  private declaration(d: TSESTree.VariableDeclaration): void {
    const using = d.kind === "using" || d.kind === "await using";
    for (const declarator of d.declarations) {
      if (declarator.init) this.expr(declarator.init);
      const events = [...this.source.eventsOf(declarator)];
      if (using) {
        const top = this.ctx[this.ctx.length - 1];
        if (!top || top.type !== "scope" || !top.usings) throw new UnsupportedSyntax("using outside a block");
        const guard = `u${declarator.range[0]}`;
        events.push({ t: "mark", fact: guard });
        top.usings.push({ declarator, guard, paths: this.source.disposedPaths(declarator) });
      }
      if (events.length > 0) this.step(declarator, events);
    }
  }

  private labeled(s: TSESTree.LabeledStatement): void {
    const labels: string[] = [];
    let body: TSESTree.Statement = s;
    while (body.type === T.LabeledStatement) {
      labels.push(body.label.name);
      body = body.body;
    }
    switch (body.type) {
      case T.WhileStatement:
      case T.DoWhileStatement:
      case T.ForStatement:
      case T.ForInStatement:
      case T.ForOfStatement:
        this.loop(body, labels);
        return;
      case T.SwitchStatement:
        this.switchStatement(body, labels);
        return;
      default: {
        const c: Ctx = { type: "breakable", labels, isSwitch: false, breaks: [] };
        this.ctx.push(c);
        this.statement(body);
        this.ctx.pop();
        this.landBreaks(c.breaks, s);
      }
    }
  }

  private landBreaks(breaks: Dangling[], ast: Node): void {
    if (breaks.length === 0) return;
    this.join(breaks);
    this.land(ast);
  }

  private loop(
    s:
      | TSESTree.WhileStatement
      | TSESTree.DoWhileStatement
      | TSESTree.ForStatement
      | TSESTree.ForInStatement
      | TSESTree.ForOfStatement,
    labels: readonly string[],
  ): void {
    const headVars = this.relevantLocals(s);
    if (s.type === T.ForInStatement || s.type === T.ForOfStatement) {
      this.forEachLoop(s, labels, headVars);
      return;
    }
    // A classic `for (let …)` scope lives across iterations: it ends when the loop does.
    const scope = s.type === T.ForStatement && headVars.length > 0 ? this.pushScope(s, headVars, false) : null;
    if (s.type === T.ForStatement && s.init) {
      if (s.init.type === T.VariableDeclaration) this.declaration(s.init);
      else this.expr(s.init);
    }
    const head = this.emit({ kind: "join", ast: null });
    const cont = this.add({ kind: "land", ast: s });
    const c: Ctx = { type: "loop", labels, headVars: [], breaks: [], continueTo: cont };
    let exits: Dangling[];
    if (s.type === T.DoWhileStatement) {
      this.ctx.push(c);
      this.statement(s.body);
      this.ctx.pop();
      this.link(this.frontier, cont);
      this.frontier = [{ from: cont, kind: "normal" }];
      const { t, f } = this.cond(s.test);
      this.link(t, head);
      exits = f;
    } else {
      const { t, f } = s.test ? this.cond(s.test) : { t: this.frontier, f: [] };
      this.frontier = t;
      this.ctx.push(c);
      this.statement(s.body);
      this.ctx.pop();
      this.link(this.frontier, cont);
      this.frontier = [{ from: cont, kind: "normal" }];
      if (s.type === T.ForStatement && s.update) this.expr(s.update);
      this.link(this.frontier, head);
      exits = f;
    }
    this.frontier = exits;
    this.landBreaks(c.breaks, s);
    if (scope) this.popScope(scope, s);
  }

  private forEachLoop(s: TSESTree.ForInStatement | TSESTree.ForOfStatement, labels: readonly string[], headVars: PathKey[]): void {
    this.expr(s.right);
    const next = this.branch(s, "truthy");
    // Each iteration binds its own head variables: they die at the end of every iteration.
    const iterationEnd = this.add({
      kind: "scopeExit",
      ast: s.body,
      vars: headVars,
      functionExit: false,
      at: endPosition(s.body),
      fallThrough: "iteration",
    });
    const cont = this.add({ kind: "land", ast: s });
    this.link([{ from: iterationEnd, kind: "normal" }], cont);
    this.link([{ from: cont, kind: "normal" }], next.t.from);
    const c: Ctx = { type: "loop", labels, headVars, breaks: [], continueTo: iterationEnd };
    this.frontier = [next.t];
    const left = s.left;
    if (left.type === T.VariableDeclaration) {
      if (left.kind === "using" || left.kind === "await using") throw new UnsupportedSyntax("using in a loop head");
      const events = left.declarations.flatMap((d) => this.source.bindPatternFresh(d.id, s.right));
      if (events.length > 0) this.step(left, events);
    } else {
      const events = this.source.bindPatternFresh(left, s.right);
      if (events.length > 0) this.step(left, events);
    }
    this.ctx.push(c);
    this.statement(s.body);
    this.ctx.pop();
    this.link(this.frontier, iterationEnd);
    this.frontier = [next.f];
    this.landBreaks(c.breaks, s);
  }

  private switchStatement(s: TSESTree.SwitchStatement, labels: readonly string[]): void {
    this.expr(s.discriminant);
    const vars = this.relevantLocals(s);
    const scope = vars.length > 0 ? this.pushScope(s, vars, false) : null;
    const c: Ctx = { type: "breakable", labels, isSwitch: true, breaks: [] };
    this.ctx.push(c);
    let noMatch: Dangling[] = this.frontier;
    let fallThrough: Dangling[] = [];
    let defaultEntry: number | null = null;
    for (const kase of s.cases) {
      const entry = this.add({ kind: "join", ast: null });
      if (kase.test) {
        this.frontier = noMatch;
        this.expr(kase.test);
        const { t, f } = this.branch(kase, "truthy");
        this.link([t], entry);
        noMatch = [f];
      } else {
        defaultEntry = entry;
      }
      this.link(fallThrough, entry);
      this.frontier = [{ from: entry, kind: "normal" }];
      for (const statement of kase.consequent) {
        if (statement.type === T.VariableDeclaration && (statement.kind === "using" || statement.kind === "await using")) {
          throw new UnsupportedSyntax("using in a switch case");
        }
        this.statement(statement);
      }
      fallThrough = this.frontier;
    }
    if (defaultEntry !== null) {
      this.link(noMatch, defaultEntry);
      noMatch = [];
    }
    this.ctx.pop();
    this.frontier = [...fallThrough, ...noMatch];
    this.landBreaks(c.breaks, s);
    if (scope) this.popScope(scope, s);
  }

  private tryStatement(s: TSESTree.TryStatement): void {
    let fin: Extract<Ctx, { type: "finally" }> | null = null;
    if (s.finalizer) {
      fin = { type: "finally", finalizer: s.finalizer, entry: null, jumps: new Map() };
      this.ctx.push(fin);
      this.catching++;
    }
    let catchEntry = -1;
    if (s.handler) {
      // Entering the handler ends every scope of the try block.
      catchEntry = this.add({
        kind: "scopeExit",
        ast: s.block,
        vars: this.localsInside(s.block),
        functionExit: false,
        at: endPosition(s.block),
        fallThrough: "block",
      });
      this.ctx.push({ type: "catch", entry: catchEntry });
      this.catching++;
    }
    this.statement(s.block);
    if (s.handler) {
      this.ctx.pop();
      this.catching--;
      const afterTry = this.frontier;
      this.frontier = [{ from: catchEntry, kind: "normal" }];
      this.land(s.handler);
      const handler = s.handler;
      const paramScope = this.pushScope(handler, this.relevantLocals(handler), false);
      if (handler.param) {
        const events = this.source.bindPatternFresh(handler.param);
        if (events.length > 0) this.step(handler.param, events);
      }
      this.statement(handler.body);
      this.popScope(paramScope, handler.body);
      this.join(afterTry);
    }
    if (fin && s.finalizer) {
      this.ctx.pop();
      this.catching--;
      this.finallyBody(s.finalizer, fin, [s.block.range[0], (s.handler ?? s.block).range[1]]);
    }
  }

  /**
   * The one copy of a `finally` body: paths falling through the `try` and paths leaving it by a
   * jump or an exception all run it, then a dispatch node sends each on its way.
   */
  private finallyBody(finalizer: TSESTree.BlockStatement, fin: Extract<Ctx, { type: "finally" }>, region: readonly [number, number]): void {
    if (fin.entry === null) {
      // Only paths falling through: no pending exit to carry.
      if (this.frontier.length > 0) this.statement(finalizer);
      return;
    }
    // Without a path falling through the try, the dispatch has no normal way on (so that no
    // later code looks reachable from the body, for borrow evidence).
    const fallsThrough = this.frontier.length > 0;
    this.link(this.frontier, fin.entry);
    this.frontier = [{ from: fin.entry, kind: "normal" }];
    this.ctx.push({ type: "finallyBody", finalizer, leaves: new Map() });
    this.statement(finalizer);
    this.ctx.pop();
    if (this.frontier.length === 0) return;
    const exits = new Map<number, number>();
    const after = fallsThrough ? this.add({ kind: "join", ast: null }) : -1;
    const dispatch = this.emit({ kind: "dispatch", ast: finalizer, exits, normal: after });
    if (fallsThrough) this.link([{ from: dispatch, kind: "normal" }], after);
    const routes = new Map<string, number>();
    for (const [key, jump] of fin.jumps) {
      const onward = this.add({ kind: "join", ast: null });
      this.link([{ from: dispatch, kind: "normal" }], onward);
      routes.set(key, onward);
      this.route(jump, [{ from: onward, kind: "normal" }]);
    }
    // The exits that entered the body started inside the try or its catch: each goes on its way.
    for (const origin of this.exitOrigins) {
      const to = origin.at >= region[0] && origin.at < region[1] ? routes.get(origin.key) : undefined;
      if (to !== undefined) exits.set(origin.step, to);
    }
    this.frontier = fallsThrough ? [{ from: after, kind: "normal" }] : [];
  }

  private localsInside(block: Node): PathKey[] {
    const vars: PathKey[] = [];
    walkActivation(block, (node) => {
      switch (node.type) {
        // A synchronous callback's own locals die here too (a deferred one declares none of ours).
        case T.ArrowFunctionExpression:
        case T.FunctionExpression:
        case T.BlockStatement:
        case T.ForStatement:
        case T.ForInStatement:
        case T.ForOfStatement:
        case T.SwitchStatement:
        case T.CatchClause:
          vars.push(...this.relevantLocals(node));
      }
      return true;
    });
    return vars;
  }

  // ---- expressions ------------------------------------------------------------------------

  /** Evaluates a test, returning the edges taken when it is truthy and when it is falsy. */
  private cond(test: Node): { t: Dangling[]; f: Dangling[] } {
    const e = skipTypeWrappers(test);
    if (e.type === T.UnaryExpression && e.operator === "!") {
      const { t, f } = this.cond(e.argument);
      return { t: f, f: t };
    }
    if (e.type === T.LogicalExpression && e.operator !== "??") {
      const left = this.cond(e.left);
      this.frontier = e.operator === "&&" ? left.t : left.f;
      const right = this.cond(e.right);
      return e.operator === "&&"
        ? { t: right.t, f: [...left.f, ...right.f] }
        : { t: [...left.t, ...right.t], f: right.f };
    }
    if (e.type === T.ConditionalExpression) {
      const c = this.cond(e.test);
      this.frontier = c.t;
      const a = this.cond(e.consequent);
      this.frontier = c.f;
      const b = this.cond(e.alternate);
      return { t: [...a.t, ...b.t], f: [...a.f, ...b.f] };
    }
    if (e.type === T.SequenceExpression) {
      e.expressions.slice(0, -1).forEach((x) => this.expr(x));
      return this.cond(e.expressions[e.expressions.length - 1] as Node);
    }
    this.expr(e);
    const { t, f } = this.branch(e, "truthy");
    return { t: [t], f: [f] };
  }

  private callStep(node: Node): void {
    const events = this.source.eventsOf(node);
    // A call that takes the handle (a hand-off or a put) throws only where a `catch` can see
    // that it consumed nothing; elsewhere reporting the hand-off itself as a leak is noise.
    const consumes = events.some((e) => e.t === "sink" || e.t === "put" || e.t === "escape");
    const catchable = this.ctx.some((c) => c.type === "catch");
    const verdict = this.source.mayThrow(node);
    // A call an `explicit` kind lists as throwing throws everywhere, for every handle.
    const always = verdict === "always";
    const throws = verdict !== false && (consumes ? catchable : this.catching > 0 || this.source.anyCallThrows || always);
    if (events.length === 0 && !throws) return;
    const anyCallOnly = throws && this.catching === 0 && !always;
    if (events.length === 0 && this.continuesThrowOnlyStep(anyCallOnly)) {
      // The step stands for the call that starts first in the source (`f(g())`: `f`), the one
      // a finding names, as when each call had its own step.
      const step = this.nodes[this.lastThrowOnly?.id ?? -1] as { ast: Node | null } | undefined;
      if (step?.ast && node.range[0] < step.ast.range[0]) step.ast = node;
      return;
    }
    const id = this.step(node, events, null, anyCallOnly);
    if (throws) this.exceptionEdge(id, always);
    if (events.length === 0) this.lastThrowOnly = { id, ctx: this.ctx[this.ctx.length - 1], depth: this.ctx.length, catching: this.catching, anyCallOnly };
  }

  /**
   * Is the frontier the single normal edge out of the last call step without events, in the same
   * context? Then a call after it changes nothing either and throws the same way, with the same
   * state: its exception edge would add nothing but graph and work (a leak on throw is reported
   * at the first call that may throw), so that step stands for both. Test bodies (`expect(…)
   * .toBe(…)` lines) are mostly such runs. A call an `explicit` kind lists as throwing (not
   * `anyCallOnly`) cannot join a step whose edge only `any-call` handles see.
   */
  private continuesThrowOnlyStep(anyCallOnly: boolean): boolean {
    const last = this.lastThrowOnly;
    const only = this.frontier.length === 1 ? this.frontier[0] : undefined;
    return (
      last !== null &&
      only !== undefined &&
      only.from === last.id &&
      only.kind === "normal" &&
      last.depth === this.ctx.length &&
      last.ctx === this.ctx[this.ctx.length - 1] &&
      last.catching === this.catching &&
      (anyCallOnly || !last.anyCallOnly)
    );
  }

  /**
   * `assert(c)`: a branch on `c` whose failing side throws from the call (and whose holding side
   * goes on), so what `c` tells narrows the rest of the function like an `if` that throws.
   */
  private assertion(call: TSESTree.CallExpression, asserted: Assertion): void {
    let holds: Dangling[];
    let fails: Dangling[];
    if (asserted.failsWhenNullish) {
      this.expr(asserted.condition);
      const { t, f } = this.branch(asserted.condition, "nullish");
      [holds, fails] = [[f], [t]];
    } else {
      const { t, f } = this.cond(asserted.condition);
      [holds, fails] = asserted.holds === "truthy" ? [t, f] : [f, t];
    }
    for (const arg of asserted.onFailure) {
      this.frontier = fails;
      this.expr(arg);
      fails.splice(0, fails.length, ...this.frontier);
    }
    if (fails.length > 0) {
      this.frontier = fails;
      const id = this.step(call, this.source.eventsOf(call), null, false);
      this.startsExit(id, { kind: "throw" });
      this.route({ kind: "throw" }, [{ from: id, kind: "exception" }]);
    }
    this.frontier = holds;
    this.lastThrowOnly = null;
  }

  /** `a?.b`: when `a` is nullish the rest of the chain is skipped. */
  private optionalShortCircuit(object: Node): void {
    const { t, f } = this.branch(object, "nullish");
    const chain = this.chains[this.chains.length - 1];
    if (chain) chain.push(t);
    else this.join([t]);
    this.frontier = [f, ...this.frontier];
  }

  private expr(node: Node): void {
    const e = node;
    switch (e.type) {
      case T.Identifier: {
        const events = this.source.eventsOf(e);
        if (events.length > 0) this.step(e, events);
        return;
      }
      case T.Literal:
      case T.ThisExpression:
      case T.Super:
      case T.MetaProperty:
      case T.PrivateIdentifier:
      case T.TemplateElement:
        return;
      case T.TSAsExpression:
      case T.TSNonNullExpression:
      case T.TSSatisfiesExpression:
      case T.TSTypeAssertion:
      case T.TSInstantiationExpression:
        this.expr(e.expression);
        return;
      case T.ChainExpression: {
        this.chains.push([]);
        this.expr(e.expression);
        const shorts = this.chains.pop() as Dangling[];
        this.join(shorts);
        return;
      }
      case T.MemberExpression:
        this.expr(e.object);
        if (e.optional) this.optionalShortCircuit(e.object);
        if (e.computed) this.expr(e.property);
        return;
      case T.CallExpression: {
        const callee = skipTypeWrappers(e.callee);
        if ((callee.type === T.ArrowFunctionExpression || callee.type === T.FunctionExpression) && isInlined(callee)) {
          // An IIFE: its arguments, then its body, here.
          for (const arg of e.arguments) this.expr(arg.type === T.SpreadElement ? arg.argument : arg);
          this.callStep(e);
          this.inlineCallback(callee);
          return;
        }
        if (callee.type === T.MemberExpression) {
          this.expr(callee.object);
          if (callee.optional) this.optionalShortCircuit(callee.object);
          if (callee.computed) this.expr(callee.property);
        } else {
          this.expr(callee);
        }
        if (e.optional) this.optionalShortCircuit(e.callee);
        // A tracked operation reads its handle argument as a plain path: that read is not a use.
        const tracked = this.source.isTrackedCall(e);
        for (const arg of e.arguments) {
          if (tracked && this.source.pathOf(arg) !== null) continue;
          if (isInlined(arg)) continue;
          this.expr(arg.type === T.SpreadElement ? arg.argument : arg);
        }
        this.callStep(e);
        this.inlineArguments(e);
        return;
      }
      case T.NewExpression:
        this.expr(e.callee);
        for (const arg of e.arguments) if (!isInlined(arg)) this.expr(arg.type === T.SpreadElement ? arg.argument : arg);
        this.callStep(e);
        this.inlineArguments(e);
        return;
      case T.TaggedTemplateExpression:
        this.expr(e.tag);
        for (const x of e.quasi.expressions) this.expr(x);
        this.callStep(e);
        return;
      case T.ImportExpression:
        this.expr(e.source);
        this.callStep(e);
        return;
      case T.AwaitExpression:
        if (e.argument) this.expr(e.argument);
        this.callStep(e);
        return;
      case T.YieldExpression:
        if (e.argument) this.expr(e.argument);
        if (this.fn.generator) this.consumerMayStop(e);
        this.callStep(e);
        return;
      case T.AssignmentExpression:
        this.assignment(e);
        return;
      case T.UpdateExpression: {
        this.expr(e.argument);
        const events = this.source.eventsOf(e);
        if (events.length > 0) this.step(e, events);
        return;
      }
      case T.LogicalExpression: {
        this.expr(e.left);
        const { t, f } = this.branch(e.left, e.operator === "??" ? "nullish" : "truthy");
        // `&&` evaluates the right side when the left is truthy, `||` when falsy, `??` when nullish.
        const [evaluate, skip] = e.operator === "||" ? [f, t] : [t, f];
        this.frontier = [evaluate];
        this.expr(e.right);
        this.join([skip]);
        return;
      }
      case T.ConditionalExpression: {
        const { t, f } = this.cond(e.test);
        this.frontier = t;
        this.expr(e.consequent);
        const afterConsequent = this.frontier;
        this.frontier = f;
        this.expr(e.alternate);
        this.join(afterConsequent);
        return;
      }
      case T.SequenceExpression:
        for (const x of e.expressions) this.expr(x);
        return;
      case T.UnaryExpression:
        this.expr(e.argument);
        return;
      case T.BinaryExpression:
        this.expr(e.left);
        this.expr(e.right);
        return;
      case T.ArrayExpression:
        for (const x of e.elements) if (x) this.expr(x.type === T.SpreadElement ? x.argument : x);
        return;
      case T.ObjectExpression:
        for (const p of e.properties) {
          if (p.type === T.SpreadElement) this.expr(p.argument);
          else {
            if (p.computed) this.expr(p.key);
            this.expr(p.value);
          }
        }
        return;
      case T.TemplateLiteral:
        for (const x of e.expressions) this.expr(x);
        return;
      case T.FunctionExpression:
      case T.ArrowFunctionExpression:
      case T.ClassExpression: {
        const events = this.source.eventsOf(e);
        if (events.length > 0) this.step(e, events);
        return;
      }
      default:
        // JSX and other value-only syntax: evaluate the children in order.
        if (e.type.startsWith("TS")) return;
        forEachChild(e, (child) => {
          if (!child.type.startsWith("TS")) this.expr(child);
        });
    }
  }

  /**
   * A generator's consumer may stop at a `yield` (`break` in a `for…of` calls `return()`): the
   * generator then returns from there, through its `finally` blocks.
   */
  private consumerMayStop(e: TSESTree.YieldExpression): void {
    const abort = this.add({ kind: "step", ast: e, events: [{ t: "exit" }], exitKind: "yield", anyCallOnly: false });
    this.link(this.frontier, abort);
    this.startsExit(abort, { kind: "return" });
    this.route({ kind: "return" }, [{ from: abort, kind: "normal" }]);
  }

  /** The synchronous callbacks a call runs before it returns (`forEach`, `new Promise`). */
  private inlineArguments(call: TSESTree.CallExpression | TSESTree.NewExpression): void {
    for (const arg of call.arguments) {
      if ((arg.type === T.ArrowFunctionExpression || arg.type === T.FunctionExpression) && isInlined(arg)) this.inlineCallback(arg);
    }
  }

  /**
   * A synchronous callback's body, run here with the caller's state: once (an IIFE, a promise
   * executor) or zero or more times (array methods). Its `return` ends one run.
   */
  private inlineCallback(fn: TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression): void {
    const repeat = inlineRunOf(fn) === "repeat";
    let head = -1;
    let done: Dangling[] = [];
    if (repeat) {
      head = this.emit({ kind: "join", ast: null });
      const again = this.emit({ kind: "branch", ast: fn, condition: null });
      this.frontier = [{ from: again, kind: "true" }];
      done = [{ from: again, kind: "false" }];
    }
    const c: Extract<Ctx, { type: "inline" }> = { type: "inline", returns: [] };
    this.ctx.push(c);
    const scope = this.pushScope(fn, this.relevantLocals(fn), false);
    const params = fn.params.flatMap((p) => this.source.bindPatternFresh(p));
    if (params.length > 0) this.step(fn, params);
    if (fn.body.type === T.BlockStatement) {
      this.blockLike(fn.body, fn.body.body, []);
    } else {
      this.expr(fn.body);
      const events = this.source.inlineReturnEvents(fn.body, false);
      if (events.length > 0) this.step(fn.body, events);
    }
    this.popScope(scope, fn.body);
    this.ctx.pop();
    if (c.returns.length > 0) {
      this.join(c.returns);
      this.land(fn);
    }
    if (repeat) {
      this.link(this.frontier, head);
      this.frontier = done;
    }
  }

  private assignment(e: TSESTree.AssignmentExpression): void {
    const left = skipTypeWrappers(e.left);
    if (left.type === T.MemberExpression) {
      this.expr(left.object);
      if (left.computed) this.expr(left.property);
    }
    const logical = e.operator === "&&=" || e.operator === "||=" || e.operator === "??=";
    if (!logical) {
      this.expr(e.right);
      const events = this.source.eventsOf(e);
      if (events.length > 0) this.step(e, events);
      return;
    }
    const { t, f } = this.branch(e.left, e.operator === "??=" ? "nullish" : "truthy");
    const [assign, skip] = e.operator === "||=" ? [f, t] : [t, f];
    this.frontier = [assign];
    this.expr(e.right);
    const events = this.source.eventsOf(e);
    if (events.length > 0) this.step(e, events);
    this.join([skip]);
  }
}

/** The way a jump leaves: paths with the same key take the same route after a `finally`. */
function jumpKey(jump: Jump): string {
  return jump.kind === "break" || jump.kind === "continue" ? `${jump.kind}:${jump.label ?? ""}` : jump.kind;
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
export type { Position };
