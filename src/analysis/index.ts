// Entry point of the analysis: one run per file, shared by every rule through a cache keyed on
// the Program node. Knows nothing of ESLint reporting: it returns findings with locations.
import type { TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES as T } from "@typescript-eslint/utils";
import type { FunctionNode, Node, Position } from "./ast.js";
import { calleeParts, forEachChild, isFunction } from "./ast.js";
import { buildCfg } from "./cfg/build.js";
import type { Cfg, CfgNode } from "./cfg/types.js";
import { UnsupportedSyntax } from "./cfg/types.js";
import { Classifier, deferredCallOf } from "./events.js";
import type { ScopeManagerLike, VariableLike } from "./scope.js";
import { FunctionScope } from "./scope.js";
import { solve } from "./solve.js";
import { KindTable, krefPreset } from "./spec/kinds.js";
import type { ResourceKind } from "./spec/kinds.js";
import { AMBIGUOUS_EXIT, NO_EXIT, State } from "./state.js";
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
}

/** A get after a hand-off that had no reference of its own: the get came too late. */
export interface GetAfterHandoffFinding {
  readonly type: "getAfterHandoff";
  readonly handle: string;
  readonly handoffLine: number;
  readonly loc: SourceRange;
  readonly node: Node;
}

/** A hand-off of a handle the function held no reference for, which it then kept using. */
export interface HandoffWithoutRefFinding {
  readonly type: "handoffWithoutRef";
  readonly handle: string;
  readonly loc: SourceRange;
  readonly node: Node;
}

export type Finding = LeakFinding | GetAfterHandoffFinding | HandoffWithoutRefFinding;

export interface FunctionReport {
  readonly fn: FunctionNode;
  /** Null when the function was analysed; otherwise why it was skipped (silently). */
  readonly skipped: string | null;
}

export interface FileAnalysis {
  readonly findings: readonly Finding[];
  readonly functions: readonly FunctionReport[];
}

export interface AnalysisInput {
  readonly program: TSESTree.Program;
  readonly scopeManager: ScopeManagerLike | null;
  readonly text: string;
  readonly kinds?: readonly ResourceKind[];
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

const EMPTY: FileAnalysis = { findings: [], functions: [] };

export function analyzeUncached(input: AnalysisInput): FileAnalysis {
  const table = new KindTable(input.kinds ?? [krefPreset]);
  // Most files never mention a tracked operation: one regular-expression test and done.
  if (!input.scopeManager || !table.mayMatchText(input.text)) return EMPTY;
  const candidates = functionsWithTrackedCalls(input.program, table);
  if (candidates.length === 0) return EMPTY;
  ensureParents(input.program);
  const ids = new Map<VariableLike, number>();
  const findings: Finding[] = [];
  const functions: FunctionReport[] = [];
  for (const fn of candidates) {
    try {
      findings.push(...analyzeFunction(fn, input.scopeManager, table, ids));
      functions.push({ fn, skipped: null });
    } catch (error) {
      // Anything the analysis does not model makes that one function silent, never a crash.
      if (!(error instanceof UnsupportedSyntax)) throw error;
      functions.push({ fn, skipped: error.message });
    }
  }
  return { findings: dedupe(findings), functions };
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
): FunctionAnalysis {
  const scope = FunctionScope.of(manager, fn, ids);
  if (!scope) throw new UnsupportedSyntax("no scope for function");
  const classifier = new Classifier(fn, scope, table);
  if (!classifier.hasWork) throw new UnsupportedSyntax("nothing to track");
  const cfg = buildCfg(fn, classifier, manager);
  const { states, issues } = solve(cfg, entryState(fn, classifier, cfg), { putPaths: classifier.putPaths }, maxStates);
  const leaks = issues.filter((i): i is Leak => i.kind === "leak");
  return { cfg, classifier, states, issues, leaks };
}

/**
 * A callback handed to another task (`setTimeout`, `.then`, …) owns, on entry, one reference to
 * every handle it captures and operates on: the hand-off gave it one.
 */
function entryState(fn: FunctionNode, classifier: Classifier, cfg: Cfg): State {
  if (!deferredCallOf(fn)) return State.initial();
  const captured = [...classifier.relevant].filter((root) => root.startsWith("o"));
  if (captured.length === 0) return State.initial();
  const names = new Map<string, string>();
  for (const root of captured) names.set(root, classifier.scope.nameOfKey(root) ?? root);
  return initialState(captured.map((path) => ({ path, name: names.get(path) as string })), cfg.entry);
}

function analyzeFunction(
  fn: FunctionNode,
  manager: ScopeManagerLike,
  table: KindTable,
  ids: Map<VariableLike, number>,
): Finding[] {
  const { cfg, issues } = analyzeFunctionDetailed(fn, manager, table, ids);
  const findings: Finding[] = [];
  for (const issue of issues) {
    const finding = toFinding(cfg, issue);
    if (finding) findings.push(finding);
  }
  return findings;
}

function toFinding(cfg: Cfg, issue: Issue): Finding | null {
  switch (issue.kind) {
    case "leak":
      return leakFinding(cfg, issue);
    case "lateGet": {
      const get = cfg.nodes[issue.getSite];
      const handoff = cfg.nodes[issue.handoffSite];
      if (!get?.ast || !handoff?.ast) return null;
      return {
        type: "getAfterHandoff",
        handle: issue.name,
        handoffLine: handoff.ast.loc.start.line,
        loc: rangeOf(get.ast),
        node: get.ast,
      };
    }
    case "unrefHandoff": {
      const at = handoffTarget(cfg.nodes[issue.handoffSite]);
      return at ? { type: "handoffWithoutRef", handle: issue.name, loc: rangeOf(at), node: at } : null;
    }
  }
}

/** What to underline for a hand-off step: the sink's own target (callee, assignment). */
function handoffTarget(node: CfgNode | undefined): Node | null {
  if (!node || node.kind !== "step") return null;
  for (const event of node.events) if (event.t === "sink") return event.at;
  return node.ast;
}

function leakFinding(cfg: Cfg, leak: Leak): LeakFinding | null {
  if (leak.exitAt === AMBIGUOUS_EXIT) return null;
  const refNode = cfg.nodes[leak.refSite];
  if (!refNode) return null;
  // A reference present at entry was handed to this callback where the callback is created.
  const refAst = refNode.kind === "entry" ? cfg.fn : refNode.ast;
  if (!refAst) return null;
  const acquiredLine = refAst.loc.start.line;
  const base = { type: "leak" as const, handle: leak.name, acquiredLine };
  if (leak.exitAt !== NO_EXIT) {
    const exitNode = cfg.nodes[leak.exitAt];
    if (!exitNode || !exitNode.ast) return null;
    const exit = exitNode.kind === "step" && exitNode.exitKind ? exitNode.exitKind : "callThrows";
    return { ...base, exit, loc: rangeOf(exitNode.ast), node: exitNode.ast };
  }
  const at = cfg.nodes[leak.node] as CfgNode;
  if (at.kind === "scopeExit") {
    const exit = at.fallThrough === "function" ? "functionEnd" : at.fallThrough === "block" ? "blockEnd" : "iterationEnd";
    return { ...base, exit, loc: { start: at.at, end: { line: at.at.line, column: at.at.column + 1 } }, node: null };
  }
  if (!at.ast) return null;
  return { ...base, exit: "rebind", loc: rangeOf(at.ast), node: at.ast };
}

function rangeOf(node: Node): SourceRange {
  return { start: node.loc.start, end: node.loc.end };
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const detail = f.type === "leak" ? `${f.acquiredLine}:${f.exit}` : f.type === "getAfterHandoff" ? f.handoffLine : "";
    const key = `${f.type}:${f.loc.start.line}:${f.loc.start.column}:${f.handle}:${detail}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Functions that contain a tracked call, directly or in a nested function (a callback may operate
 * on a handle of its enclosing function), innermost first in source order.
 */
export function functionsWithTrackedCalls(program: TSESTree.Program, table: KindTable): FunctionNode[] {
  const found = new Set<FunctionNode>();
  const stack: { node: Node; fns: readonly FunctionNode[] }[] = [{ node: program, fns: [] }];
  while (stack.length > 0) {
    const { node, fns } = stack.pop() as { node: Node; fns: readonly FunctionNode[] };
    if (node.type === T.CallExpression && fns.length > 0) {
      const { name } = calleeParts(node.callee);
      if (name !== null && table.isTrackedName(name)) for (const fn of fns) found.add(fn);
    }
    const inner = isFunction(node) ? [...fns, node] : fns;
    forEachChild(node, (child) => stack.push({ node: child, fns: inner }));
  }
  return [...found].sort((a, b) => a.range[0] - b.range[0]);
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
