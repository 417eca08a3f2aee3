// Findings: what the analysis of one function reports, in terms rules and fixes can use
// (locations, names, lines, templates), built from the solver's issues.
import type { TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES as T } from "@typescript-eslint/types";
import type { FunctionNode, Node, Position } from "./ast.js";
import { calleeParts, displayName, pathName, skipTypeWrappers } from "./ast.js";
import type { Cfg, CfgNode } from "./cfg/types.js";
import type { Classifier } from "./events/classifier.js";
import { isTempPath } from "./events/temps.js";
import { LOCK_FUNCTIONS } from "./kinds/locks.js";
import type { State } from "./state.js";
import { NO_EXIT, UNKNOWN_LOCKS } from "./state.js";
import type { Issue, Leak } from "./transfer.js";

export type LeakExit =
  | "return"
  | "throw"
  | "break"
  | "continue"
  | "yield"
  | "callThrows"
  | "functionEnd"
  | "blockEnd"
  | "iterationEnd"
  | "rebind"
  /** An acquire's result that no variable keeps dies still owned: reported at the acquire. */
  | "unbound";

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
  /** Puts of the function's other handles: wrapping one in a new `try` changes its exceptional paths. */
  readonly otherPuts: readonly Node[];
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
  /** The function's calls that take or release a lock (built-in or defined by a kind). */
  readonly lockCalls: ReadonlyMap<Node, LockCall>;
}

/** A call that takes or releases a lock, and the lock's source name when it has one. */
export interface LockCall {
  readonly op: "lock" | "unlock";
  readonly lock: string | null;
}

export type Finding = LeakFinding | GetAfterHandoffFinding | HandoffWithoutRefFinding | LookupWithoutLockFinding;


export function withKnownLock(finding: Finding, guards: Guards): Finding {
  if (finding.type !== "lookupWithoutLock") return finding;
  const knownLock = finding.locationPath ? (guards.get(finding.locationPath) ?? null) : null;
  return knownLock === finding.knownLock ? finding : { ...finding, knownLock };
}


export interface FunctionAnalysis {
  readonly cfg: Cfg;
  readonly classifier: Classifier;
  readonly states: readonly (readonly State[])[];
  readonly issues: readonly Issue[];
  readonly leaks: readonly Leak[];
  /** CFG nodes where the state cap joined paths. */
  readonly capped: readonly number[];
}


export function findingsOf(analysis: FunctionAnalysis, guards: Guards, text: string): Finding[] {
  noteGuardedLookups(analysis, guards);
  const findings: Finding[] = [];
  const cache = new Map<string, Templates>();
  const templatesOf = (name: string): Templates => {
    let t = cache.get(name);
    if (!t) cache.set(name, (t = templates(analysis, name, text)));
    return t;
  };
  // The same issue is often found on several states of one node: build its finding once.
  const seen = new Set<string>();
  for (const issue of analysis.issues) {
    const key = issueKey(issue);
    if (seen.has(key)) continue;
    seen.add(key);
    const finding = toFinding(analysis, issue, templatesOf);
    if (finding) findings.push(finding);
  }
  return findings;
}

function issueKey(issue: Issue): string {
  switch (issue.kind) {
    case "leak":
      return `l${issue.refSite}:${issue.node}:${issue.exitAt}:${issue.name}`;
    case "lateGet":
      return `g${issue.getSite}:${issue.handoffSite}:${issue.name}`;
    case "unrefHandoff":
      return `h${issue.handoffSite}:${issue.borrowed ? 1 : 0}:${issue.name}`;
    case "unlockedGet":
      return `u${issue.getSite}:${issue.lookupSite}:${issue.mode}:${issue.name}`;
  }
}

interface Templates {
  readonly put: string | null;
  readonly get: string | null;
  /** Puts of the function's other handles. */
  readonly otherPuts: readonly Node[];
}

/**
 * Lock calls seen guarding a lookup, by the looked-up location's path: a fix for an unguarded
 * lookup of the same location can take the same lock.
 */
export type Guards = Map<string, Node>;

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
function templates(analysis: FunctionAnalysis, name: string, text: string): Templates {
  let put: string | null = null;
  let get: string | null = null;
  const calls = analysis.classifier.trackedCalls().sort((a, b) => a[0].range[0] - b[0].range[0]);
  for (const [call, m] of calls) {
    // By the path the call names: a put of another expression (`vm.unwrapResult(…).dispose()`) is
    // not a put of a variable that happens to be called `handle`.
    if (!m.handle || pathName(m.handle) !== name || call.type !== T.CallExpression) continue;
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
  // A releaser handle (`const release = await mutex.acquire()`, a callback's `done`) is put by calling it.
  if (put === null) {
    const releaser = analysis.classifier.releaserOf(name);
    if (releaser !== null) put = `${releaser}()`;
  }
  return { put, get, otherPuts: putsOfOtherHandles(analysis, name) };
}

function toFinding(analysis: FunctionAnalysis, issue: Issue, templatesOf: (name: string) => Templates): Finding | null {
  const { cfg } = analysis;
  switch (issue.kind) {
    case "leak": {
      return leakFinding(analysis, issue, templatesOf);
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
        getTemplate: templatesOf(issue.name).get,
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
        lockCalls: lockCallsOf(cfg, analysis.classifier),
      };
    }
  }
}

/** Steps that take or release a lock, by their AST node (computed once per graph). */
const lockCallCache = new WeakMap<Cfg, ReadonlyMap<Node, LockCall>>();
function lockCallsOf(cfg: Cfg, classifier: Classifier): ReadonlyMap<Node, LockCall> {
  let calls = lockCallCache.get(cfg);
  if (!calls) {
    const found = new Map<Node, LockCall>();
    for (const node of cfg.nodes) {
      if (node.kind !== "step") continue;
      for (const event of node.events) {
        if (event.t === "lock" || event.t === "unlock") found.set(node.ast, { op: event.t, lock: lockNameOf(event.key, classifier) });
      }
    }
    lockCallCache.set(cfg, (calls = found));
  }
  return calls;
}

/** The source name of a lock key: `o3.lock` → `dev.lock`, `~text` → `text`; null if unknown. */
function lockNameOf(key: string, classifier: Classifier): string | null {
  if (key.startsWith("~")) return key.slice(1);
  const dot = key.indexOf(".");
  const root = dot < 0 ? key : key.slice(0, dot);
  const name = root === "this" ? "this" : classifier.scope.nameOfKey(root);
  return name === null ? null : name + (dot < 0 ? "" : key.slice(dot));
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

function leakFinding(analysis: FunctionAnalysis, leak: Leak, templatesOf: (name: string) => Templates): LeakFinding | null {
  const { cfg, states } = analysis;
  const refNode = cfg.nodes[leak.refSite];
  if (!refNode) return null;
  // A reference present at entry was handed to this callback where the callback is created.
  const refAst = refNode.kind === "entry" ? cfg.fn : refNode.ast;
  if (!refAst) return null;
  if (isTemporary(refNode, leak.name)) return unboundFinding(analysis, leak, refAst);
  const acquiredLine = refAst.loc.start.line;
  const origin = leak.exitAt !== NO_EXIT ? leak.exitAt : leak.node;
  const onEveryPath = (states[origin] ?? []).every((state) => holds(state, leak.name));
  let where: Pick<LeakFinding, "exit" | "loc" | "node" | "block">;
  if (leak.exitAt !== NO_EXIT) {
    const exitNode = cfg.nodes[leak.exitAt];
    if (!exitNode || !exitNode.ast) return null;
    const exit = exitNode.kind === "step" && exitNode.exitKind ? exitNode.exitKind : "callThrows";
    where = { exit, loc: rangeOf(exitNode.ast), node: exitNode.ast, block: null };
  } else {
    const at = cfg.nodes[leak.node] as CfgNode;
    if (at.kind === "scopeExit") {
      const exit = at.fallThrough === "function" ? "functionEnd" : at.fallThrough === "block" ? "blockEnd" : "iterationEnd";
      const loc = { start: at.at, end: { line: at.at.line, column: at.at.column + 1 } };
      where = { exit, loc, node: null, block: at.ast };
    } else if (at.ast) {
      where = { exit: "rebind", loc: rangeOf(at.ast), node: at.ast, block: null };
    } else {
      return null;
    }
  }
  const refAtAcquire = refNode.kind === "entry" ? null : refNode.ast;
  // One literal, no spreads: V8 copies spread objects slowly, and there is one per finding.
  return {
    type: "leak",
    handle: leak.name,
    acquiredLine,
    fn: cfg.fn,
    refNode: refAtAcquire,
    onEveryPath,
    putTemplate: templatesOf(leak.name).put,
    otherPuts: templatesOf(leak.name).otherPuts,
    disposable: disposableOf(analysis, refAtAcquire),
    exit: where.exit,
    loc: where.loc,
    node: where.node,
    block: where.block,
  };
}

/** Was the leaked reference taken into a temporary value (an acquire no variable keeps) and still named so? */
function isTemporary(refNode: CfgNode, name: string): boolean {
  return refNode.kind === "step" && refNode.events.some((e) => e.t === "acquire" && isTempPath(e.path) && e.name === name);
}

/**
 * An acquire's temporary value died owned where the expression taking it was done with it: the
 * reference was never put. Reported once, at the acquire. Its other deaths (an exception on the
 * way, before the value reached its consumer) say nothing more and are not reported.
 */
function unboundFinding(analysis: FunctionAnalysis, leak: Leak, call: Node): LeakFinding | null {
  const at = analysis.cfg.nodes[leak.node];
  if (leak.exitAt !== NO_EXIT || !at || at.kind !== "step") return null;
  return {
    type: "leak",
    handle: leak.name,
    acquiredLine: call.loc.start.line,
    fn: analysis.cfg.fn,
    refNode: call,
    onEveryPath: false,
    putTemplate: null,
    otherPuts: [],
    disposable: null,
    exit: "unbound",
    loc: rangeOf(call),
    node: call,
    block: null,
  };
}

function putsOfOtherHandles(analysis: FunctionAnalysis, name: string): Node[] {
  const puts: Node[] = [];
  for (const [call, m] of analysis.classifier.trackedCalls()) {
    if (m.operation === "put" && m.handle && displayName(m.handle) !== name) puts.push(call);
  }
  return puts;
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

export function dedupe(findings: Finding[]): Finding[] {
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

