// Entry point of the analysis: one run per file, shared by every rule through a cache keyed on
// the Program node. Knows nothing of ESLint reporting: it returns findings with locations.
import type { TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES as T } from "@typescript-eslint/utils";
import type { FunctionNode, Node, Position } from "./ast.js";
import { calleeParts, displayName, forEachChild, isFunction, skipTypeWrappers, walkOwnBody } from "./ast.js";
import { buildCfg } from "./cfg/build.js";
import type { Cfg, CfgNode } from "./cfg/types.js";
import { UnsupportedSyntax } from "./cfg/types.js";
import type { SummaryLookup } from "./events.js";
import { Classifier, deferredCallOf } from "./events.js";
import { Summaries } from "./summaries.js";
import { NO_ANNOTATIONS, collectAnnotations } from "./annotations.js";
import { LOCK_FUNCTIONS, scopedLockOf } from "./spec/locks.js";
import type { ScopeManagerLike, VariableLike } from "./scope.js";
import { FunctionScope } from "./scope.js";
import { solve } from "./solve.js";
import { KindTable } from "./spec/kinds.js";
import { activeKinds, importedModules, parseSettings } from "./spec/settings.js";
import type { ResourceKind } from "./spec/kinds.js";
import { AMBIGUOUS_EXIT, NO_EXIT, State, UNKNOWN_LOCKS } from "./state.js";
import type { Issue, Leak } from "./transfer.js";
import { initialState } from "./transfer.js";

export type LeakExit =
  | "return"
  | "throw"
  | "break"
  | "continue"
  | "callThrows"
  | "functionEnd"
  | "blockEnd"
  | "iterationEnd"
  | "rebind";

export interface SourceRange {
  readonly start: Position;
  readonly end: Position;
}

export interface LeakFinding {
  readonly type: "leak";
  readonly handle: string;
  /** Line of the step that took the reference that is not put. */
  readonly acquiredLine: number;
  readonly exit: LeakExit;
  /** What to underline: the exit statement, the throwing call, or the closing brace. */
  readonly loc: SourceRange;
  /** The AST node of the exit, when the exit is a node (not a closing brace). */
  readonly node: Node | null;
  readonly fn: FunctionNode;
  /** The call that took the reference (null when a callback was handed it on entry). */
  readonly refNode: Node | null;
  /** For an exit at a closing brace: the block (or function body) that ends there. */
  readonly block: Node | null;
  /** Every path reaching this exit holds the reference (a put here cannot double-put). */
  readonly onEveryPath: boolean;
  /** Source of an existing put of this handle in the function, to copy (release argument included). */
  readonly putTemplate: string | null;
  /** The handle's kind is Disposable: `using` / `await using` can replace the explicit puts. */
  readonly disposable: "sync" | "async" | null;
}

/** A get after a hand-off that had no reference of its own: the get came too late. */
export interface GetAfterHandoffFinding {
  readonly type: "getAfterHandoff";
  readonly handle: string;
  readonly handoffLine: number;
  readonly loc: SourceRange;
  readonly node: Node;
  readonly fn: FunctionNode;
  /** The hand-off step's node (a call, an assignment, a callback). */
  readonly handoffNode: Node;
  /** The hand-off can fail and its result is tested: moving the get before it needs more care. */
  readonly fallible: boolean;
}

/** A hand-off of a handle the function held no reference for, which it then kept using. */
export interface HandoffWithoutRefFinding {
  readonly type: "handoffWithoutRef";
  readonly handle: string;
  readonly loc: SourceRange;
  readonly node: Node;
  readonly fn: FunctionNode;
  readonly handoffNode: Node;
  /** The handle was borrowed (the caller's reference keeps it alive across a get we add). */
  readonly borrowed: boolean;
  /** A get of this handle in the kind's spelling, built from another operation on it. */
  readonly getTemplate: string | null;
}

/** A get on a looked-up handle that is not in the critical section of the lookup. */
export interface LookupWithoutLockFinding {
  readonly type: "lookupWithoutLock";
  readonly handle: string;
  readonly lookupLine: number;
  /** The shared location read: `globalObj`, `this.cache`, `table.get(…)`. */
  readonly location: string;
  readonly mode: "threads" | "event-loop";
  readonly loc: SourceRange;
  readonly node: Node;
  readonly fn: FunctionNode;
  /** The lookup step's node (declarator, assignment, loop head, or the get itself). */
  readonly lookupNode: Node | null;
  /** The looked-up location as an access path, when it is one. */
  readonly locationPath: string | null;
  /** A lock call that guards the same location elsewhere in the file, if any. */
  readonly knownLock: Node | null;
  /** The lock a `@kref-guarded-by` annotation names for the location, if any. */
  readonly annotatedLock: string | null;
}

export type Finding = LeakFinding | GetAfterHandoffFinding | HandoffWithoutRefFinding | LookupWithoutLockFinding;

export interface FunctionReport {
  readonly fn: FunctionNode;
  /** Null when the function was analysed; otherwise why it was skipped (silently). */
  readonly skipped: string | null;
}

export interface FileAnalysis {
  readonly findings: readonly Finding[];
  readonly functions: readonly FunctionReport[];
  /** A bad `settings.kref`: the message names the key and what was expected. Nothing was analysed. */
  readonly configError: string | null;
}

export interface AnalysisInput {
  readonly program: TSESTree.Program;
  readonly scopeManager: ScopeManagerLike | null;
  readonly text: string;
  /** Explicit kinds (tests, tools); otherwise they come from `settings` and the file's imports. */
  readonly kinds?: readonly ResourceKind[];
  /** The raw `settings.kref` value. */
  readonly settings?: unknown;
}

const cache = new WeakMap<TSESTree.Program, FileAnalysis>();

/** Analyses a file once; every rule linting the same Program gets the same result. */
export function analyzeFile(input: AnalysisInput): FileAnalysis {
  const cached = cache.get(input.program);
  if (cached) return cached;
  const result = analyzeUncached(input);
  cache.set(input.program, result);
  return result;
}

const EMPTY: FileAnalysis = { findings: [], functions: [], configError: null };

export function analyzeUncached(input: AnalysisInput): FileAnalysis {
  let kinds = input.kinds;
  let useAnnotations = true;
  if (!kinds) {
    const parsed = parseSettings(input.settings);
    if (!parsed.ok) return { ...EMPTY, configError: parsed.error };
    kinds = activeKinds(parsed.settings, importedModules(input.program));
    useAnnotations = parsed.settings.annotations;
  }
  const table = new KindTable(kinds);
  // Most files never mention a tracked operation: one regular-expression test and done.
  const annotated = useAnnotations && input.text.includes("@kref-");
  if (!input.scopeManager || !(table.mayMatchText(input.text) || annotated)) return EMPTY;
  const annotations = annotated ? collectAnnotations(input.program, input.text) : NO_ANNOTATIONS;
  const calls = new CallIndex(input.program);
  const direct = calls.functionsCalling((name) => table.isTrackedName(name));
  if (direct.length === 0 && annotations.functions.size === 0) return EMPTY;
  ensureParents(input.program);
  const ids = new Map<VariableLike, number>();
  const scopeManager = input.scopeManager;
  // One analysis per function: a helper analysed for its summary is not analysed again.
  const analysed = new Map<FunctionNode, FunctionAnalysis>();
  const analyse = (fn: FunctionNode, lookup: SummaryLookup): FunctionAnalysis => {
    let analysis = analysed.get(fn);
    if (!analysis) {
      analysis = analyzeFunctionDetailed(fn, scopeManager, table, ids, undefined, lookup, annotations.guards);
      analysed.set(fn, analysis);
    }
    return analysis;
  };
  const summaries = new Summaries(table, (fn, lookup) => returnsOwned(analyse(fn, lookup)), annotations);
  // Callers of same-file helpers (named functions with kref calls, or annotated ones) are
  // analysed too; summaries are computed lazily, when a call to the helper is classified.
  const helpers = new Set(
    [...direct, ...annotations.functions.keys()].map(nameOfFunction).filter((n): n is string => n !== null),
  );
  const candidates =
    helpers.size === 0 ? direct : calls.functionsCalling((name) => table.isTrackedName(name) || helpers.has(name));
  const findings: Finding[] = [];
  const functions: FunctionReport[] = [];
  const guards: Guards = new Map();
  for (const fn of candidates) {
    try {
      findings.push(...findingsOf(analyse(fn, summaries.lookup), guards, input.text));
      functions.push({ fn, skipped: null });
    } catch (error) {
      // Anything the analysis does not model makes that one function silent, never a crash. An
      // unexpected error is a bug of ours: the function is skipped too, and tests look for it.
      const reason = error instanceof UnsupportedSyntax ? error.message : `internal error: ${String(error)}`;
      functions.push({ fn, skipped: reason });
    }
  }
  findings.sort((a, b) => a.loc.start.line - b.loc.start.line || a.loc.start.column - b.loc.start.column);
  return { findings: dedupe(findings.map((f) => withKnownLock(f, guards))), functions, configError: null };
}

function withKnownLock(finding: Finding, guards: Guards): Finding {
  if (finding.type !== "lookupWithoutLock") return finding;
  const knownLock = finding.locationPath ? (guards.get(finding.locationPath) ?? null) : null;
  return { ...finding, knownLock };
}

export interface FunctionAnalysis {
  readonly cfg: Cfg;
  readonly classifier: Classifier;
  readonly states: readonly (readonly State[])[];
  readonly issues: readonly Issue[];
  readonly leaks: readonly Leak[];
}

/** The full analysis of one function, for tests and tools. Throws UnsupportedSyntax. */
export function analyzeFunctionDetailed(
  fn: FunctionNode,
  manager: ScopeManagerLike,
  table: KindTable,
  ids: Map<VariableLike, number> = new Map(),
  maxStates?: number,
  summaries: SummaryLookup | null = null,
  lockGuards: ReadonlyMap<string, string> = new Map(),
): FunctionAnalysis {
  const scope = FunctionScope.of(manager, fn, ids);
  if (!scope) throw new UnsupportedSyntax("no scope for function");
  const classifier = new Classifier(fn, scope, table, summaries, lockGuards);
  if (!classifier.hasWork) throw new UnsupportedSyntax("nothing to track");
  const cfg = buildCfg(fn, classifier, manager);
  const { states, issues } = solve(cfg, entryState(fn, classifier, cfg), { putPaths: classifier.putPaths }, maxStates);
  const leaks = issues.filter((i): i is Leak => i.kind === "leak");
  return { cfg, classifier, states, issues, leaks };
}

/**
 * The state a function starts in, from how it is called:
 * - a callback handed to another task (`setTimeout`, `.then`, …) owns one reference to every
 *   captured handle it operates on (the hand-off gave it one), except handles its enclosing
 *   function only looked up and never took a reference on: those are stale lookups here;
 * - the callback of a scoped lock (`runExclusive`, `locks.request`) runs holding that lock;
 * - any other callback may run while its caller holds locks we cannot see: locks unknown.
 */
function entryState(fn: FunctionNode, classifier: Classifier, cfg: Cfg): State {
  const pathOf = (n: Node): string | null => classifier.scope.pathOf(n);
  const lock = scopedLockOf(fn, pathOf, classifier.initOf);
  if (lock !== null) return initialState([], [], cfg.entry, [lock]);
  if (!deferredCallOf(fn)) {
    const parent = fn.parent;
    const isCallback = parent && (parent.type === T.CallExpression || parent.type === T.NewExpression) && parent.callee !== fn;
    return isCallback ? initialState([], [], cfg.entry, [UNKNOWN_LOCKS]) : State.initial();
  }
  // Only kinds with a get can give a callback a reference of its own; others are borrowed.
  const captured = [...classifier.relevant].filter(
    (root) => root.startsWith("o") && !classifier.isShared(root) && classifier.owingRoots.has(root),
  );
  if (captured.length === 0) return State.initial();
  const lookups = lookupsOnlyOutside(fn, classifier);
  const owned: { path: string; name: string }[] = [];
  const lookedUp: { path: string; name: string }[] = [];
  for (const path of captured) {
    const name = classifier.scope.nameOfKey(path) ?? path;
    (lookups.has(name) ? lookedUp : owned).push({ path, name });
  }
  return initialState(owned, lookedUp, cfg.entry, []);
}

/**
 * Names of the enclosing function's variables initialised by a lookup on which that function
 * never takes a reference itself.
 */
function lookupsOnlyOutside(fn: FunctionNode, classifier: Classifier): Set<string> {
  let outer: Node | undefined = fn.parent;
  while (outer && !isFunction(outer) && outer.type !== T.Program) outer = outer.parent;
  const lookedUp = new Set<string>();
  const referenced = new Set<string>();
  if (!outer) return lookedUp;
  walkOwnBody(outer, (node) => {
    if (node.type === T.VariableDeclarator && node.id.type === T.Identifier && node.init && classifier.isLookup(node.init)) {
      lookedUp.add(node.id.name);
    }
    if (node.type === T.CallExpression && classifier.table.isTrackedName(calleeParts(node.callee).name ?? "")) {
      const m = classifier.table.match(node);
      if (m && m.operation !== "put" && m.handle) referenced.add(displayName(m.handle));
    }
    return true;
  });
  for (const name of referenced) lookedUp.delete(name);
  return lookedUp;
}

function findingsOf(analysis: FunctionAnalysis, guards: Guards, text: string): Finding[] {
  noteGuardedLookups(analysis, guards);
  const findings: Finding[] = [];
  for (const issue of analysis.issues) {
    const finding = toFinding(analysis, issue, text);
    if (finding) findings.push(finding);
  }
  return findings;
}

/**
 * Lock calls seen guarding a lookup, by the looked-up location's path: a fix for an unguarded
 * lookup of the same location can take the same lock.
 */
type Guards = Map<string, Node>;

function noteGuardedLookups({ cfg, states, classifier }: FunctionAnalysis, guards: Guards): void {
  cfg.nodes.forEach((node, id) => {
    if (node.kind !== "step" || !node.events.some((e) => e.t === "bind" && e.lookup)) return;
    const location = lookupLocation(node.ast, classifier);
    if (location === null || guards.has(location)) return;
    for (const state of states[id] ?? []) {
      for (const [key, site] of state.locks) {
        const call = cfg.nodes[site]?.ast;
        if (key !== UNKNOWN_LOCKS && call && call.type === T.CallExpression && isPlainLockCall(call)) {
          guards.set(location, call);
          return;
        }
      }
    }
  });
}

function isPlainLockCall(call: TSESTree.CallExpression): boolean {
  const { name, receiver } = calleeParts(call.callee);
  return name !== null && (receiver === null ? LOCK_FUNCTIONS.has(name) : name === "lock");
}

/** The shared location a lookup step reads, as an access path (`o3`, `this.cache`). */
function lookupLocation(ast: Node | null, classifier: Classifier): string | null {
  const source = ast ? lookupSource(ast) : null;
  if (!source) return null;
  const e = skipTypeWrappers(source);
  const base =
    e.type === T.CallExpression
      ? (calleeParts(e.callee).receiver ?? null)
      : e.type === T.MemberExpression && e.computed
        ? e.object
        : e;
  return base ? classifier.scope.pathOf(base) : null;
}

function annotatedLockOf(ast: Node, classifier: Classifier): string | null {
  const source = lookupSource(ast);
  return source ? classifier.guardNameOf(source) : null;
}

function lookupSource(ast: Node): Node | null {
  if (ast.type === T.VariableDeclarator) return ast.init ?? null;
  if (ast.type === T.AssignmentExpression) return ast.right;
  if (ast.type === T.VariableDeclaration && ast.parent && (ast.parent.type === T.ForOfStatement || ast.parent.type === T.ForInStatement)) {
    return ast.parent.right;
  }
  return null;
}

/** For a reference taken by `const h = [await] acquire(…)` of a Disposable kind: which `using`. */
function disposableOf(analysis: FunctionAnalysis, refNode: Node | null): "sync" | "async" | null {
  if (!refNode || refNode.type !== T.VariableDeclarator || !refNode.init) return null;
  let init = skipTypeWrappers(refNode.init);
  if (init.type === T.AwaitExpression) init = skipTypeWrappers(init.argument);
  const m = analysis.classifier.matchOf(init);
  return m?.kind.disposable ?? null;
}

/** Operations of this function on the handle named `name`, as source text. */
function templates(analysis: FunctionAnalysis, name: string, text: string): { put: string | null; get: string | null } {
  let put: string | null = null;
  let get: string | null = null;
  const calls = analysis.classifier.trackedCalls().sort((a, b) => a[0].range[0] - b[0].range[0]);
  for (const [call, m] of calls) {
    if (!m.handle || displayName(m.handle) !== name || call.type !== T.CallExpression) continue;
    if (m.operation === "put" && put === null) {
      // Keep an `await` the put had (`await fh.close()`), so the copy behaves the same.
      const awaited = call.parent?.type === T.AwaitExpression;
      put = `${awaited ? "await " : ""}${text.slice(call.range[0], call.range[1])}`;
    }
    const spelled = m.kind.operations.get[0]?.functions;
    const arg = call.arguments[0];
    if (get === null && spelled && arg) {
      const camel = /^[a-z]+[A-Z]/.test(calleeParts(call.callee).name ?? "");
      const fn = spelled.find((f) => /_/.test(f) !== camel) ?? spelled[0];
      get = `${fn}(${text.slice(arg.range[0], arg.range[1])})`;
    }
  }
  return { put, get };
}

function toFinding(analysis: FunctionAnalysis, issue: Issue, text: string): Finding | null {
  const { cfg } = analysis;
  switch (issue.kind) {
    case "leak": {
      const finding = leakFinding(cfg, issue, analysis.states);
      return finding && { ...finding, putTemplate: templates(analysis, issue.name, text).put, disposable: disposableOf(analysis, finding.refNode) };
    }
    case "lateGet": {
      const get = cfg.nodes[issue.getSite];
      const handoff = cfg.nodes[issue.handoffSite];
      if (!get?.ast || !handoff?.ast) return null;
      const fallible = handoff.kind === "step" && handoff.events.some((e) => e.t === "sink" && e.fact !== null);
      return {
        type: "getAfterHandoff",
        handle: issue.name,
        handoffLine: handoff.ast.loc.start.line,
        loc: rangeOf(get.ast),
        node: get.ast,
        fn: cfg.fn,
        handoffNode: handoff.ast,
        fallible,
      };
    }
    case "unrefHandoff": {
      const handoff = cfg.nodes[issue.handoffSite];
      const at = handoffTarget(handoff);
      if (!at || !handoff?.ast) return null;
      return {
        type: "handoffWithoutRef",
        handle: issue.name,
        loc: rangeOf(at),
        node: at,
        fn: cfg.fn,
        handoffNode: handoff.ast,
        borrowed: issue.borrowed,
        getTemplate: templates(analysis, issue.name, text).get,
      };
    }
    case "unlockedGet": {
      const get = cfg.nodes[issue.getSite];
      const lookup = cfg.nodes[issue.lookupSite];
      if (!get?.ast || !lookup) return null;
      const lookupAst = lookup.kind === "entry" ? cfg.fn : lookup.ast;
      if (!lookupAst) return null;
      return {
        type: "lookupWithoutLock",
        handle: issue.name,
        lookupLine: lookupAst.loc.start.line,
        location: lookup.kind === "entry" ? "the enclosing function" : describeLookup(lookupAst, get.ast),
        mode: issue.mode,
        loc: rangeOf(get.ast),
        node: get.ast,
        fn: cfg.fn,
        lookupNode: lookup.kind === "entry" ? null : lookup.ast,
        knownLock: null,
        annotatedLock: lookup.ast ? annotatedLockOf(lookup.ast, analysis.classifier) : null,
        locationPath: lookupLocation(lookup.ast, analysis.classifier),
      };
    }
  }
}

/** Names the shared location a lookup step read. */
function describeLookup(ast: Node, get: Node): string {
  let source: Node | null | undefined = null;
  if (ast.type === T.VariableDeclarator) source = ast.init;
  else if (ast.type === T.AssignmentExpression) source = ast.right;
  else if (ast.type === T.VariableDeclaration && ast.parent && (ast.parent.type === T.ForOfStatement || ast.parent.type === T.ForInStatement)) {
    source = ast.parent.right;
  } else if (ast === get && ast.type === T.CallExpression) {
    const arg = ast.arguments[0];
    source = arg && arg.type === T.MemberExpression ? arg.object : arg;
  }
  return source ? describeExpression(source) : "shared memory";
}

function describeExpression(node: Node): string {
  const e = skipTypeWrappers(node);
  if (e.type === T.CallExpression) return `${describeExpression(e.callee)}(…)`;
  if (e.type === T.MemberExpression && e.computed) return `${describeExpression(e.object)}[…]`;
  if (e.type === T.AwaitExpression) return describeExpression(e.argument);
  return displayName(e);
}

/** What to underline for a hand-off step: the sink's own target (callee, assignment). */
function handoffTarget(node: CfgNode | undefined): Node | null {
  if (!node || node.kind !== "step") return null;
  for (const event of node.events) if (event.t === "sink") return event.at;
  return node.ast;
}

function leakFinding(cfg: Cfg, leak: Leak, states: FunctionAnalysis["states"]): LeakFinding | null {
  if (leak.exitAt === AMBIGUOUS_EXIT) return null;
  const refNode = cfg.nodes[leak.refSite];
  if (!refNode) return null;
  // A reference present at entry was handed to this callback where the callback is created.
  const refAst = refNode.kind === "entry" ? cfg.fn : refNode.ast;
  if (!refAst) return null;
  const acquiredLine = refAst.loc.start.line;
  const origin = leak.exitAt !== NO_EXIT ? leak.exitAt : leak.node;
  const onEveryPath = (states[origin] ?? []).every((state) => holds(state, leak.name));
  const base = {
    type: "leak" as const,
    handle: leak.name,
    acquiredLine,
    fn: cfg.fn,
    refNode: refNode.kind === "entry" ? null : refNode.ast,
    onEveryPath,
    putTemplate: null,
    disposable: null,
  };
  if (leak.exitAt !== NO_EXIT) {
    const exitNode = cfg.nodes[leak.exitAt];
    if (!exitNode || !exitNode.ast) return null;
    const exit = exitNode.kind === "step" && exitNode.exitKind ? exitNode.exitKind : "callThrows";
    return { ...base, exit, loc: rangeOf(exitNode.ast), node: exitNode.ast, block: null };
  }
  const at = cfg.nodes[leak.node] as CfgNode;
  if (at.kind === "scopeExit") {
    const exit = at.fallThrough === "function" ? "functionEnd" : at.fallThrough === "block" ? "blockEnd" : "iterationEnd";
    const loc = { start: at.at, end: { line: at.at.line, column: at.at.column + 1 } };
    return { ...base, exit, loc, node: null, block: at.ast };
  }
  if (!at.ast) return null;
  return { ...base, exit: "rebind", loc: rangeOf(at.ast), node: at.ast, block: null };
}

/** Every `return` of the function hands out a handle that it owns on every path reaching it. */
function returnsOwned({ cfg, states }: FunctionAnalysis): boolean {
  let returns = 0;
  for (const node of cfg.nodes) {
    if (node.kind !== "step") continue;
    for (const event of node.events) {
      if (event.t !== "return") continue;
      const incoming = states[node.id] ?? [];
      if (incoming.length === 0) continue;
      if (event.path === null) return false;
      const path = event.path;
      const owned = incoming.every((state) => {
        const id = state.bind.get(path);
        const obj = id === undefined ? undefined : state.objs.get(id);
        return obj !== undefined && obj.refs.length > 0 && !obj.unknown;
      });
      if (!owned) return false;
      returns++;
    }
  }
  return returns > 0;
}

/** The name a function is called by in its file, if it has one. */
function nameOfFunction(fn: Node): string | null {
  if (fn.type === T.FunctionDeclaration || fn.type === T.TSDeclareFunction) return fn.id?.name ?? null;
  const parent = fn.parent;
  return parent && parent.type === T.VariableDeclarator && parent.id.type === T.Identifier ? parent.id.name : null;
}

/** Does this state own a reference on the object named `name`? */
function holds(state: State, name: string): boolean {
  for (const obj of state.objs.values()) {
    if (obj.name === name && obj.refs.length > 0 && !obj.unknown && obj.escape === 0) return true;
  }
  return false;
}

function rangeOf(node: Node): SourceRange {
  return { start: node.loc.start, end: node.loc.end };
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  // Under the any-call throw model many calls may throw while one reference is held: report the
  // first of them only ("not put if the call at line N throws"), once per reference.
  const throwing = new Set<string>();
  return findings.filter((f) => {
    if (f.type === "leak" && f.exit === "callThrows") {
      const reference = `${f.fn.range[0]}:${f.handle}:${f.acquiredLine}`;
      if (throwing.has(reference)) return false;
      throwing.add(reference);
    }
    const detail =
      f.type === "leak"
        ? `${f.acquiredLine}:${f.exit}`
        : f.type === "getAfterHandoff"
          ? f.handoffLine
          : f.type === "lookupWithoutLock"
            ? f.lookupLine
            : "";
    const key = `${f.type}:${f.loc.start.line}:${f.loc.start.column}:${f.handle}:${detail}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Where calls by name sit: the innermost function around each call, and each function's outer one. */
export class CallIndex {
  private readonly innermostByName = new Map<string, FunctionNode[]>();
  private readonly outer = new Map<FunctionNode, FunctionNode | null>();

  constructor(program: TSESTree.Program) {
    const walk = (node: Node, fn: FunctionNode | null): void => {
      if (node.type === T.CallExpression && fn) {
        const { name } = calleeParts(node.callee);
        if (name !== null) {
          const list = this.innermostByName.get(name);
          if (list) list.push(fn);
          else this.innermostByName.set(name, [fn]);
        }
      }
      let inner = fn;
      if (isFunction(node)) {
        this.outer.set(node, fn);
        inner = node;
      }
      forEachChild(node, (child) => walk(child, inner));
    };
    walk(program, null);
  }

  /** Functions containing a call to one of the names, directly or in a nested function. */
  functionsCalling(accept: (name: string) => boolean): FunctionNode[] {
    const found = new Set<FunctionNode>();
    for (const [name, fns] of this.innermostByName) {
      if (!accept(name)) continue;
      for (const innermost of fns) {
        for (let fn: FunctionNode | null | undefined = innermost; fn && !found.has(fn); fn = this.outer.get(fn)) found.add(fn);
      }
    }
    return [...found].sort((a, b) => a.range[0] - b.range[0]);
  }
}

/**
 * Functions that contain a tracked call, directly or in a nested function (a callback may operate
 * on a handle of its enclosing function), in source order.
 */
export function functionsWithTrackedCalls(program: TSESTree.Program, table: KindTable): FunctionNode[] {
  return new CallIndex(program).functionsCalling((name) => table.isTrackedName(name));
}

/** ESLint sets `parent` on every node; plain parser output (tests, tools) may not have it. */
function ensureParents(program: TSESTree.Program): void {
  const first = program.body[0];
  if (!first || first.parent) return;
  const stack: Node[] = [program];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    forEachChild(node, (child) => {
      (child as { parent?: Node }).parent = node;
      stack.push(child);
    });
  }
}
