// Entry point of the analysis: one run per file, shared by every rule through a cache keyed on
// the Program node. Knows nothing of ESLint reporting: it returns findings with locations.
import type { TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES as T } from "@typescript-eslint/types";
import type { FunctionNode, Node } from "./ast.js";
import { callWithLastArgument, calleeParts, displayName, forEachChild, isFunction, pushChildren } from "./ast.js";
import { borrowingPasses } from "./borrows.js";
import { withLocalDisposables } from "./kinds/disposable.js";
import { buildCfg } from "./cfg/build.js";
import { UnsupportedSyntax } from "./cfg/types.js";
import { deferredCallOf } from "./call-tables.js";
import type { SummaryLookup } from "./event-types.js";
import { Classifier } from "./events/classifier.js";
import type { ReturnedValue } from "./summaries.js";
import { Summaries, returnedValueOf } from "./summaries.js";
import { isInlined, walkActivation } from "./sync-callbacks.js";
import type { Finding, FunctionAnalysis, Guards } from "./findings.js";
import { dedupe, findingsOf, withKnownLock } from "./findings.js";

export type {
  Finding,
  FunctionAnalysis,
  GetAfterHandoffFinding,
  HandoffWithoutRefFinding,
  LeakExit,
  LeakFinding,
  LockCall,
  LookupWithoutLockFinding,
  SourceRange,
} from "./findings.js";
import { NO_ANNOTATIONS, collectAnnotations } from "./annotations.js";
import { lockKeyOf, scopedLockOf } from "./kinds/locks.js";
import type { ScopeManagerLike } from "./scope.js";
import { FileNames, FunctionScope } from "./scope.js";
import { spansAny } from "./offsets.js";
import { solve } from "./solve.js";
import { KindTable, callbackParamsOf, occurrencesOf, triggersFor } from "./kinds/kinds.js";
import type { KrefSettings } from "./kinds/settings.js";
import { activeKinds, allKinds, forcedKinds, importedModules, parseSettings } from "./kinds/settings.js";
import { provenanceFor } from "./kinds/provenance.js";
import type { TypeServices } from "./kinds/types.js";
import { TypeOracle } from "./kinds/types.js";
import type { ResourceKind } from "./kinds/kinds.js";
import { NO_EXIT, State, UNKNOWN_LOCKS } from "./state.js";
import type { Leak } from "./transfer.js";
import { callbackEntryStates, initialState } from "./transfer.js";

export interface FunctionReport {
  readonly fn: FunctionNode;
  /** Null when the function was analysed; otherwise why it was skipped (silent for the rules). */
  readonly skipped: string | null;
  /** Lines where the state cap joined paths: handles they disagree on are silent from there. */
  readonly merged: readonly number[];
}

export interface FileAnalysis {
  readonly findings: readonly Finding[];
  readonly functions: readonly FunctionReport[];
  /** `settings.kref.debug`: the rules show `functions`' skips and merges. */
  readonly debug: boolean;
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
  /** Type information from the parser, used when `settings.kref.typed` is on. */
  readonly types?: TypeServices | null;
  /** Bounds of the analysis, for tests (a state cap of 1 must lose precision). */
  readonly limits?: Limits;
}

/** The analysis' bounds: states kept per CFG node before they are joined, graph nodes per function. */
export interface Limits {
  readonly maxStates?: number;
  readonly maxNodes?: number;
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

const EMPTY: FileAnalysis = { findings: [], functions: [], debug: false, configError: null };

/** Why a function whose tracked calls only put or hand off is not analysed (see `KindTable.onlyEnds`). */
export const ONLY_ENDS = "only puts or hand-offs of kinds without a get: no reference is taken here";

export function analyzeUncached(input: AnalysisInput): FileAnalysis {
  let table: KindTable;
  let useAnnotations = true;
  let debug = false;
  const names = new FileNames();
  if (input.kinds) {
    table = new KindTable(input.kinds);
  } else {
    const parsed = settingsOf(input.settings);
    if (!parsed.ok) return { ...EMPTY, configError: parsed.error };
    const active = withLocalDisposables(
      activeKinds(parsed.settings, importedModules(input.program), input.text),
      parsed.settings.disposable,
      input.program,
      input.types ?? null,
    );
    useAnnotations = parsed.settings.annotations;
    debug = parsed.settings.debug;
    // Typed: every kind is in the table, and types decide where the file's imports do not.
    table =
      parsed.settings.typed && input.types
        ? new KindTable(
            // Kinds without modules have no declaring module to confirm: only the active ones.
            // (The disposable kind is not a preset: it comes from `active`, made for this file.)
            [...allKinds(parsed.settings).filter((k) => k.modules.length > 0 || active.includes(k)), ...active.filter((k) => k.name === "disposable")],
            { oracle: new TypeOracle(input.types), byName: new Set(active) },
          )
        : tableOf(parsed.settings, active).withProvenance(
            provenanceFor(input.program, input.scopeManager, names, active, forcedKinds(parsed.settings, active)),
          );
  }
  // Most files never mention a tracked operation: one regular-expression test and done.
  const annotated = useAnnotations && input.text.includes("@kref-");
  if (!input.scopeManager || !(table.mayMatchText(input.text) || annotated)) return EMPTY;
  const annotations = annotated ? collectAnnotations(input.program, input.text) : NO_ANNOTATIONS;
  // Before anything asks whether a callback runs in place (`isInlined` reads `parent`).
  ensureParents(input.program);
  const calls = new CallIndex(input.program, table.occurrences(input.text), (name) => table.isTrackedName(name));
  // A function whose tracked calls only put or hand off (`h.dispose()` of a parameter) holds no
  // reference of its own: it is not analysed, and `settings.kref.debug` says so.
  const starts = (name: string): boolean => table.isTrackedName(name) && !table.onlyEnds(name);
  const direct = calls.functionsCalling(starts);
  const endsOnly = (): FunctionReport[] => {
    const analysedSet = new Set(candidates);
    return calls
      .functionsCalling((name) => table.onlyEnds(name))
      .filter((fn) => !analysedSet.has(fn))
      .map((fn) => ({ fn, skipped: ONLY_ENDS, merged: [] }));
  };
  let candidates: readonly FunctionNode[] = direct;
  if (direct.length === 0 && annotations.functions.size === 0) return debug ? { ...EMPTY, debug, functions: endsOnly() } : EMPTY;
  const scopeManager = input.scopeManager;
  // One analysis per function: a helper analysed for its summary is not analysed again. An
  // analysis is dropped once its findings are out (only its summary bit is kept), so that its
  // graph and states die young instead of surviving to the end of the file.
  const analysed = new Map<FunctionNode, FunctionAnalysis>();
  const ownedReturns = new Map<FunctionNode, ReturnedValue>();
  const analyse = (fn: FunctionNode, lookup: SummaryLookup): FunctionAnalysis => {
    let analysis = analysed.get(fn);
    if (!analysis) {
      analysis = analyzeFunctionDetailed(fn, scopeManager, table, {
        names,
        limits: input.limits,
        summaries: lookup,
        lockGuards: annotations.guards,
      });
      analysed.set(fn, analysis);
    }
    return analysis;
  };
  const ownsReturn = (fn: FunctionNode, lookup: SummaryLookup): ReturnedValue => {
    let owned = ownedReturns.get(fn);
    if (owned === undefined) ownedReturns.set(fn, (owned = returnedValueOf(analyse(fn, lookup))));
    return owned;
  };
  const summaries = new Summaries(table, ownsReturn, annotations);
  // Callers of same-file helpers (named functions with kref calls, or annotated ones) are
  // analysed too; summaries are computed lazily, when a call to the helper is classified.
  const helpers = new Set(
    [...direct, ...annotations.functions.keys()].map(nameOfFunction).filter((n): n is string => n !== null),
  );
  // Calls of the helpers are found by a second walk, led only by where their names occur (the
  // first index already holds the tracked names'): the functions calling either are the union.
  let calling = direct;
  if (helpers.size > 0) {
    const helperCalls = new CallIndex(input.program, occurrencesOf(triggersFor([...helpers]), input.text), (name) => helpers.has(name));
    const callers = helperCalls.functionsCalling((name) => helpers.has(name));
    if (callers.length > 0) calling = [...new Set([...direct, ...callers])].sort((a, b) => a.range[0] - b.range[0]);
  }
  // Callbacks handed a handle as parameters own it, whether or not they call a tracked name.
  const handedTo = calls.callbacksOf((call) => callbackParamsOf(table.match(call)) !== null, (name) => table.isTrackedName(name));
  candidates = handedTo.length === 0 ? calling : [...new Set([...calling, ...handedTo])].sort((a, b) => a.range[0] - b.range[0]);
  const findings: Finding[] = [];
  const functions: FunctionReport[] = [];
  const guards: Guards = new Map();
  for (const fn of candidates) {
    try {
      const analysis = analyse(fn, summaries.lookup);
      findings.push(...findingsOf(analysis, guards, input.text));
      functions.push({ fn, skipped: null, merged: mergedLines(analysis) });
      // Only a named function can be a helper whose summary a later caller asks for.
      if (nameOfFunction(fn) !== null && !ownedReturns.has(fn)) ownedReturns.set(fn, returnedValueOf(analysis));
      analysed.delete(fn);
    } catch (error) {
      // Anything the analysis does not model makes that one function silent, never a crash. An
      // unexpected error is a bug of ours: the function is skipped too, and tests look for it.
      const reason = error instanceof UnsupportedSyntax ? error.message : `internal error: ${String(error)}`;
      functions.push({ fn, skipped: reason, merged: [] });
    }
  }
  if (debug) functions.push(...endsOnly());
  findings.sort((a, b) => a.loc.start.line - b.loc.start.line || a.loc.start.column - b.loc.start.column);
  return { findings: dedupe(findings.map((f) => withKnownLock(f, guards))), functions, debug, configError: null };
}

// ESLint hands every file of a configuration the same settings object, and most files of a
// project activate the same kinds: the parsed settings and the kind table (with its compiled
// pre-test) are made once and shared. A table holds no per-file state when matching by name.
const parsedSettings = new WeakMap<object, ReturnType<typeof parseSettings>>();
const tables = new WeakMap<KrefSettings, Map<string, KindTable>>();
const kindIds = new WeakMap<ResourceKind, number>();

function settingsOf(raw: unknown): ReturnType<typeof parseSettings> {
  if (typeof raw !== "object" || raw === null) return parseSettings(raw);
  let parsed = parsedSettings.get(raw);
  if (!parsed) parsedSettings.set(raw, (parsed = parseSettings(raw)));
  return parsed;
}

function tableOf(settings: KrefSettings, active: readonly ResourceKind[]): KindTable {
  // A file's own disposable classes make a kind for that file alone: its table is not kept.
  if (active.some((k) => k.name === "disposable" && k !== settings.disposable?.kind)) return new KindTable(active);
  let bySet = tables.get(settings);
  if (!bySet) tables.set(settings, (bySet = new Map()));
  const key = active.map(idOf).join(",");
  let table = bySet.get(key);
  if (!table) bySet.set(key, (table = new KindTable(active)));
  return table;
}

function idOf(kind: ResourceKind): number {
  let id = kindIds.get(kind);
  if (id === undefined) kindIds.set(kind, (id = nextKindId++));
  return id;
}
let nextKindId = 0;

/** The full analysis of one function, for tests and tools. Throws UnsupportedSyntax. */
export function analyzeFunctionDetailed(
  fn: FunctionNode,
  manager: ScopeManagerLike,
  table: KindTable,
  options: {
    readonly names?: FileNames;
    readonly limits?: Limits | undefined;
    readonly summaries?: SummaryLookup | null;
    /** `@kref-guarded-by` lock names by shared location. */
    readonly lockGuards?: ReadonlyMap<string, string>;
  } = {},
): FunctionAnalysis {
  const { names = new FileNames(), limits = {}, summaries = null, lockGuards = new Map() } = options;
  const scope = FunctionScope.of(manager, fn, names);
  if (!scope) throw new UnsupportedSyntax("no scope for function");
  const classifier = new Classifier(fn, scope, table, summaries, lockGuards);
  if (!classifier.hasWork) throw new UnsupportedSyntax("nothing to track");
  // The entry is the graph's first node (0): its states are known before the graph is built.
  const entry = entryState(fn, classifier, ENTRY);
  const cfg = buildCfg(fn, classifier, limits.maxNodes, { entryHoldsNothing: holdsNothing(entry) });
  if (cfg.entry !== ENTRY) throw new Error("the entry is not the graph's first node");
  const { states, issues, capped } = solve(cfg, entry, { putPaths: classifier.putPaths, borrows: borrowingPasses(cfg, classifier.putPaths) }, limits.maxStates);
  const leaks = issues.filter((i): i is Leak => i.kind === "leak");
  return { cfg, classifier, states, issues, leaks, capped };
}

const ENTRY = 0;

/** No handle bound, no object, no fact: a state nothing can leak from. */
function holdsNothing(entry: State | readonly State[]): boolean {
  const states = entry instanceof State ? [entry] : entry;
  return states.every((s) => s.bind.size === 0 && s.objs.size === 0 && s.facts.size === 0 && s.exitAt === NO_EXIT);
}

/** Source lines of the nodes where the state cap joined paths, in order. */
function mergedLines({ cfg, capped }: FunctionAnalysis): number[] {
  const lines = new Set<number>();
  for (const id of capped) {
    const ast = cfg.nodes[id]?.ast;
    if (ast) lines.add(ast.loc.start.line);
  }
  return [...lines].sort((a, b) => a - b);
}

/**
 * The state a function starts in, from how it is called:
 * - a callback that is handed a handle as parameters (`pool.connect((err, client, done) => …)`)
 *   owns it, unless its error parameter is set;
 * - a callback handed to another task (`setTimeout`, `.then`, …) owns one reference to every
 *   captured handle it operates on (the hand-off gave it one), except handles its enclosing
 *   function only looked up and never took a reference on: those are stale lookups here;
 * - the callback of a scoped lock (`runExclusive`, `locks.request`) runs holding that lock;
 * - any other callback may run while its caller holds locks we cannot see: locks unknown.
 */
function entryState(fn: FunctionNode, classifier: Classifier, entry: number): State | State[] {
  const handed = classifier.callbackHandle;
  if (handed) return callbackEntryStates(handed.paths, handed.name, entry, handed.errorFact, handed.anyCall);
  const pathOf = (n: Node): string | null => classifier.scope.pathOf(n);
  const lock = scopedLockOf(fn, pathOf, classifier.initOf) ?? definedScopedLockOf(fn, classifier);
  if (lock !== null) return initialState([], [], entry, [lock]);
  if (!deferredCallOf(fn)) {
    const parent = fn.parent;
    const isCallback = parent && (parent.type === T.CallExpression || parent.type === T.NewExpression) && parent.callee !== fn;
    return isCallback ? initialState([], [], entry, [UNKNOWN_LOCKS]) : State.initial();
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
  return initialState(owned, lookedUp, entry, []);
}

/** The lock a kind's `scoped` pattern holds while `fn`, its function-literal last argument, runs. */
function definedScopedLockOf(fn: FunctionNode, classifier: Classifier): string | null {
  const call = callWithLastArgument(fn);
  if (!call) return null;
  const defined = classifier.table.lockOperationOf(call);
  if (!defined || defined.op !== "scoped" || !defined.lock) return null;
  return lockKeyOf(defined.lock, (n) => classifier.scope.pathOf(n));
}

/**
 * Names of the enclosing function's variables initialised by a lookup on which that function
 * never takes a reference itself.
 */
function lookupsOnlyOutside(fn: FunctionNode, classifier: Classifier): ReadonlySet<string> {
  let outer: Node | undefined = fn.parent;
  while (outer && !(isFunction(outer) && !isInlined(outer)) && outer.type !== T.Program) outer = outer.parent;
  if (!outer) return new Set();
  // Many callbacks share one enclosing function: walk it once (kind tables are shared between
  // files with the same kinds; the enclosing node, unique to its file, keys the result).
  let byOuter = outerLookups.get(classifier.table);
  if (!byOuter) outerLookups.set(classifier.table, (byOuter = new WeakMap()));
  let lookedUp = byOuter.get(outer);
  if (!lookedUp) byOuter.set(outer, (lookedUp = unreferencedLookups(outer, classifier)));
  return lookedUp;
}

const outerLookups = new WeakMap<KindTable, WeakMap<Node, ReadonlySet<string>>>();

function unreferencedLookups(outer: Node, classifier: Classifier): ReadonlySet<string> {
  const lookedUp = new Set<string>();
  const referenced = new Set<string>();
  walkActivation(outer, (node) => {
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

/** The name a function is called by in its file, if it has one. */
function nameOfFunction(fn: Node): string | null {
  if (fn.type === T.FunctionDeclaration || fn.type === T.TSDeclareFunction) return fn.id?.name ?? null;
  const parent = fn.parent;
  return parent && parent.type === T.VariableDeclarator && parent.id.type === T.Identifier ? parent.id.name : null;
}

/** Where calls by name sit: the innermost function around each call, and each function's outer one. */
class CallIndex {
  private readonly innermostByName = new Map<string, FunctionNode[]>();
  private readonly outer = new Map<FunctionNode, FunctionNode | null>();
  /** Calls whose last argument is a function literal, by called name. */
  private readonly withCallback = new Map<string, TSESTree.CallExpression[]>();

  /**
   * `offsets`: sorted text offsets where a name of interest may occur. A node spanning none of
   * them holds no call by such a name, so the walk does not enter it: on a file with a few
   * tracked calls, the walk follows the paths to them instead of visiting the whole tree.
   */
  constructor(
    program: TSESTree.Program,
    offsets: readonly number[],
    /** The names worth recording (the index is asked about no others). */
    records: (name: string) => boolean,
  ) {
    // Iterative walk with the innermost function of each node kept alongside it.
    const nodes: Node[] = [program];
    const fns: (FunctionNode | null)[] = [null];
    while (nodes.length > 0) {
      const node = nodes.pop() as Node;
      let fn = fns.pop() as FunctionNode | null;
      if ((node.type === T.CallExpression || node.type === T.NewExpression) && fn) {
        const { name } = calleeParts(node.callee);
        if (name !== null && records(name)) {
          const list = this.innermostByName.get(name);
          if (list) list.push(fn);
          else this.innermostByName.set(name, [fn]);
          const last = node.arguments[node.arguments.length - 1];
          if (node.type === T.CallExpression && last && isFunction(last)) {
            const calls = this.withCallback.get(name);
            if (calls) calls.push(node);
            else this.withCallback.set(name, [node]);
          }
        }
      }
      // A synchronous callback's calls belong to the function it runs in (it is inlined there).
      if (isFunction(node) && !(fn && isInlined(node))) {
        this.outer.set(node, fn);
        fn = node;
      }
      const before = nodes.length;
      pushChildren(node, nodes);
      let kept = before;
      for (let i = before; i < nodes.length; i++) {
        const child = nodes[i] as Node;
        if (spansAny(offsets, child.range[0], child.range[1])) nodes[kept++] = child;
      }
      nodes.length = kept;
      for (let i = before; i < kept; i++) fns.push(fn);
    }
  }

  /** The function-literal last arguments of calls to accepted names that `hands` accepts. */
  callbacksOf(hands: (call: TSESTree.CallExpression) => boolean, accept: (name: string) => boolean): FunctionNode[] {
    const found: FunctionNode[] = [];
    for (const [name, calls] of this.withCallback) {
      if (!accept(name)) continue;
      for (const call of calls) {
        const last = call.arguments[call.arguments.length - 1];
        if (last && isFunction(last) && hands(call)) found.push(last);
      }
    }
    return found;
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
