// Entry point of the analysis: one run per file, shared by every rule through a cache keyed on
// the Program node. Knows nothing of ESLint reporting: it returns findings with locations.
import type { TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES as T } from "@typescript-eslint/utils";
import type { FunctionNode, Node, Position } from "./ast.js";
import { calleeParts, forEachChild, isFunction } from "./ast.js";
import { buildCfg } from "./cfg/build.js";
import type { Cfg, CfgNode } from "./cfg/types.js";
import { UnsupportedSyntax } from "./cfg/types.js";
import { Classifier } from "./events.js";
import type { ScopeManagerLike, VariableLike } from "./scope.js";
import { FunctionScope } from "./scope.js";
import { solve } from "./solve.js";
import { KindTable, krefPreset } from "./spec/kinds.js";
import type { ResourceKind } from "./spec/kinds.js";
import { AMBIGUOUS_EXIT, NO_EXIT, State } from "./state.js";
import type { Leak } from "./transfer.js";

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

export type Finding = LeakFinding;

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
  const cfg = buildCfg(fn, classifier, manager);
  const { states, leaks } = solve(cfg, State.initial(), { putPaths: classifier.putPaths }, maxStates);
  return { cfg, classifier, states, leaks };
}

function analyzeFunction(
  fn: FunctionNode,
  manager: ScopeManagerLike,
  table: KindTable,
  ids: Map<VariableLike, number>,
): Finding[] {
  const { cfg, leaks } = analyzeFunctionDetailed(fn, manager, table, ids);
  const findings: Finding[] = [];
  for (const leak of leaks) {
    const finding = leakFinding(cfg, leak);
    if (finding) findings.push(finding);
  }
  return findings;
}

function leakFinding(cfg: Cfg, leak: Leak): LeakFinding | null {
  if (leak.exitAt === AMBIGUOUS_EXIT) return null;
  const refNode = cfg.nodes[leak.refSite];
  if (!refNode || !refNode.ast) return null;
  const acquiredLine = refNode.ast.loc.start.line;
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
    const key = `${f.type}:${f.loc.start.line}:${f.loc.start.column}:${f.handle}:${f.acquiredLine}:${f.exit}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Functions that directly contain a tracked call (nested functions are their own candidates). */
export function functionsWithTrackedCalls(program: TSESTree.Program, table: KindTable): FunctionNode[] {
  const found = new Set<FunctionNode>();
  const stack: { node: Node; fn: FunctionNode | null }[] = [{ node: program, fn: null }];
  while (stack.length > 0) {
    const { node, fn } = stack.pop() as { node: Node; fn: FunctionNode | null };
    if (node.type === T.CallExpression && fn && !found.has(fn)) {
      const { name } = calleeParts(node.callee);
      if (name !== null && table.isTrackedName(name)) found.add(fn);
    }
    const inner = isFunction(node) ? node : fn;
    forEachChild(node, (child) => stack.push({ node: child, fn: inner }));
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
