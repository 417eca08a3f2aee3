// Resource kinds: which calls take, drop and hand off references, and how a kind behaves.
// The built-in kref preset and the library presets are written in the same model as user kinds.
import type { TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES as T } from "@typescript-eslint/types";
import type { Node } from "../ast.js";
import { calleeParts, isFunction, skipTypeWrappers } from "../ast.js";
import type { Provenance, ReceiverSources, Verdict } from "./provenance.js";
import type { TypeOracle } from "./types.js";

export type Operation = "acquire" | "get" | "tryGet" | "put" | "sink";
export const OPERATIONS: readonly Operation[] = ["acquire", "get", "tryGet", "put", "sink"];

/** Where the handle sits in a matched call. */
export type HandlePosition =
  /** Argument n; with `fieldOfHandle`, the argument is a field of the handle (`kref_get(dev.refcount)`). */
  | { readonly arg: number; readonly fieldOfHandle: boolean }
  /** The object the method is called on (`client.release()`). */
  | { readonly receiver: true }
  /** The call's (awaited) result, bound by a declaration (`const client = await pool.connect()`). */
  | { readonly result: true }
  /** The result is a releaser function, or a tuple whose element 1 is one (`[value, release]`). */
  | { readonly releaser: true }
  /** Element n of the (awaited) result, destructured: `const [conn, done] = await pool.take()`. */
  | { readonly element: number }
  /**
   * The handle is given to a callback, the call's last argument, as its parameters: the error
   * (the handle was not acquired when it is truthy), the handle, and a releaser function
   * (`pool.connect((err, client, done) => …)`). Parameter indexes; each is optional.
   */
  | { readonly callback: CallbackParams };

export interface CallbackParams {
  readonly error?: number;
  readonly handle?: number;
  readonly releaser?: number;
}

export interface CallPattern {
  /** Plain function calls by name: `kref_get(…)`, `open(…)`. */
  readonly functions?: readonly string[];
  /** Method calls by name: `pool.connect()`, `client.release()`. */
  readonly methods?: readonly string[];
  /** Constructor calls by class name: `new DisposableStack()` (with a `result` handle). */
  readonly constructors?: readonly string[];
  readonly handle: HandlePosition;
  /**
   * Not a match when the first argument is a call of one of these methods: what the call
   * returns then is no handle (quickjs `vm.unwrapResult(rt.executePendingJobs())` is a count).
   */
  readonly unlessArgumentOf?: readonly string[];
  /** Constructors also match through a namespace (`new vscode.CancellationTokenSource()`). */
  readonly throughNamespace?: boolean;
}

/**
 * Critical sections a kind defines (settings' `lock`, `unlock`, `scoped`). The handle position
 * names the lock: an argument, the receiver; for `lock`, `"releaser"` means the declared result
 * ends the section when called; for `scoped`, the function-literal last argument runs holding it.
 */
export interface LockPatterns {
  readonly lock: readonly CallPattern[];
  readonly unlock: readonly CallPattern[];
  readonly scoped: readonly CallPattern[];
}

/** A lock operation of a call: on which lock (null: the callee itself names it). */
export interface LockOperation {
  readonly op: "lock" | "unlock" | "scoped";
  readonly lock: Node | null;
  readonly releaser: boolean;
}

/** Function and method names, matched by the callee's own name (`setProp` in `vm.setProp(…)`). */
export interface CallNames {
  readonly functions?: readonly string[];
  readonly methods?: readonly string[];
}

/**
 * How code asks whether a handle is still live: a property read (`h.alive`) or a method called
 * without arguments (`m.isDeleted()`). `trueMeans`: what a true answer says. A test of one narrows
 * like a null check: where the handle is not live, nothing is held.
 */
export interface LivenessQuery {
  readonly property?: string;
  readonly method?: string;
  readonly trueMeans: "live" | "dead";
}

export interface ResourceKind {
  readonly name: string;
  /**
   * What calls the kind does not list (`throws`, `nothrow`) do: "explicit": only `throw`
   * statements, and calls inside `try`, may throw; "any-call": every call may throw while one of
   * its handles is held.
   */
  readonly throwModel: "explicit" | "any-call";
  /**
   * Calls of this kind that may throw whatever the model, inside `try` or not, for every handle
   * held; its own tracked operations included (quickjs `unwrapResult`, which otherwise, like every
   * tracked operation, never throws). See throws.ts for which receivers count.
   */
  readonly throws?: CallNames;
  /** Calls of this kind that never throw (quickjs `setProp`: no host exception). */
  readonly nothrow?: CallNames;
  /**
   * Calls of this kind that report failure only through the promise they return (pg's `query`):
   * they never throw where they are called; awaiting them may, and a rejection skips the
   * success callbacks of a `.then` on them (see chains.ts `rejectionSkipsRelease`).
   */
  readonly rejects?: CallNames;
  /** Liveness queries of the kind's handles (`alive`, `isDeleted()`). */
  readonly liveness?: readonly LivenessQuery[];
  /**
   * Properties of the kind's objects that are static handles, never disposed (quickjs
   * `vm.undefined`, `vm.global`): a handle found equal to one holds nothing of its own.
   */
  readonly staticHandles?: readonly string[];
  /**
   * A result dropped by an expression statement is a leak (`emitter.onDidChange(listener);`):
   * for kinds whose handles no other operation can reach once dropped. Not for kinds with a put
   * on the lending object (an async-mutex lock dropped by `await mutex.acquire()` is released by
   * `mutex.release()`).
   */
  readonly reportDiscarded?: true;
  readonly concurrency: "threads" | "event-loop";
  /**
   * Modules whose import turns the kind on in a file (import-aware). Empty: always on; the
   * operation names must then be distinctive.
   */
  readonly modules: readonly string[];
  /**
   * Under typed matching, declarations in files whose path contains one of these also count as
   * the kind's own: VS Code's own sources declare its API's types under `src/vs/…`, not in the
   * `vscode` module.
   */
  readonly declaredUnder?: readonly string[];
  readonly operations: Readonly<Record<Operation, readonly CallPattern[]>>;
  /** Handles are Disposable (`using`) or AsyncDisposable (`await using`). */
  readonly disposable?: "sync" | "async";
  /**
   * Function or method names so particular to this kind that a call of one turns the kind on in
   * a file that imports none of `modules` (`createModelReference`).
   */
  readonly distinctive?: readonly string[];
  readonly locks?: LockPatterns;
  /**
   * A call the analysis does not know only borrows this kind's handles: passing one as an
   * argument never takes it (QuickJS, embind: ownership moves only through named operations such
   * as `consume` or `manage`). Unset: DESIGN §2.2's borrow evidence decides.
   */
  readonly passBorrows?: boolean;
  /**
   * Library kinds: where the receivers of its acquires come from (provenance.ts). Set: an
   * acquire matches only on a receiver from the library, or of unknown origin with a distinctive
   * name or usage evidence. Unset (kref, user kinds, the stacks): names alone match.
   */
  readonly receivers?: ReceiverSources;
}

const field = (arg: number): HandlePosition => ({ arg, fieldOfHandle: true });

export const krefPreset: ResourceKind = {
  name: "kref",
  throwModel: "explicit",
  concurrency: "threads",
  modules: [],
  operations: {
    acquire: [{ functions: ["kref_init", "krefInit"], handle: field(0) }],
    get: [{ functions: ["kref_get", "krefGet"], handle: field(0) }],
    tryGet: [{ functions: ["kref_get_unless_zero", "krefGetUnlessZero"], handle: field(0) }],
    put: [
      {
        functions: ["kref_put", "krefPut", "kref_put_mutex", "krefPutMutex", "kref_put_lock", "krefPutLock"],
        handle: field(0),
      },
    ],
    sink: [],
  },
};

export interface MatchedCall {
  readonly kind: ResourceKind;
  readonly operation: Operation;
  /** The expression that denotes the handle, or null when the handle is the call's result. */
  readonly handle: Node | null;
  readonly position: HandlePosition;
}

/** A call named in a kind's throw lists. */
export interface ListedCall {
  readonly kind: ResourceKind;
  /** Which list names it. */
  readonly list: "throws" | "nothrow" | "rejects";
}

interface Entry {
  readonly kind: ResourceKind;
  readonly operation: Operation;
  readonly pattern: CallPattern;
}

/**
 * Typed matching: library operations are confirmed by the declaring module of the receiver's
 * type. Kinds in `byName` (imported, forced, distinctive) still match by name where the checker
 * cannot tell; the others match only where it confirms.
 */
export interface TypedMatching {
  readonly oracle: TypeOracle;
  readonly byName: ReadonlySet<ResourceKind>;
}

/** Every name a kind's throw lists give, with the list and whether it names a method. */
export function listedCallsOf(kind: ResourceKind): { name: string; isMethod: boolean; list: ListedCall["list"] }[] {
  const out: { name: string; isMethod: boolean; list: ListedCall["list"] }[] = [];
  for (const list of ["nothrow", "rejects", "throws"] as const) {
    for (const name of kind[list]?.functions ?? []) out.push({ name, isMethod: false, list });
    for (const name of kind[list]?.methods ?? []) out.push({ name, isMethod: true, list });
  }
  return out;
}

/** Lookup from called name to operations, for the kinds active in one file. */
export class KindTable {
  private readonly byFunction = new Map<string, Entry[]>();
  private readonly byMethod = new Map<string, Entry[]>();
  private readonly byConstructor = new Map<string, Entry[]>();
  /** Lock patterns by called name: plain calls and method calls. */
  private readonly lockByFunction = new Map<string, { op: LockOperation["op"]; pattern: CallPattern }[]>();
  private readonly lockByMethod = new Map<string, { op: LockOperation["op"]; pattern: CallPattern }[]>();
  private readonly triggers: readonly Trigger[];
  /**
   * A few substrings one of which every tracked name contains (their first four characters, when
   * they share few: every kref name starts with `kref`), or null. Most files contain none, and a
   * substring test is much cheaper than the pattern's.
   */
  private readonly anchors: readonly string[] | null;
  /** Throw lists by called name: plain calls and method calls, with the kind listing each. */
  private readonly listedFunctions = new Map<string, ListedCall[]>();
  private readonly listedMethods = new Map<string, ListedCall[]>();
  /** Liveness queries by name: properties and methods (what a true answer means). */
  private readonly livenessProperties = new Map<string, LivenessQuery["trueMeans"]>();
  private readonly livenessMethods = new Map<string, LivenessQuery["trueMeans"]>();
  /** Names that only ever end a reference (see `onlyEnds`). */
  private readonly endingNames = new Set<string>();
  /** Typed-matching verdicts, per callee node and kind (match runs several times per call). */
  private readonly verdicts = new Map<Node, Map<ResourceKind, boolean>>();
  readonly kinds: readonly ResourceKind[];
  /** The built-in `disposable` kind, when it is active here. */
  readonly disposableKind: ResourceKind | null;
  /** Hand-off method names a destructured call may stand for (see `matchDetachedSink`). */
  private readonly detachedSinks = new Set<string>();

  /** Receiver provenance of the file being analysed, for library kinds without type information (null: names alone). */
  private readonly provenance: Provenance | null = null;

  constructor(
    kinds: readonly ResourceKind[],
    private readonly typed: TypedMatching | null = null,
  ) {
    this.kinds = kinds;
    this.disposableKind = kinds.find((k) => k.name === "disposable") ?? null;
    const names = new Set<string>();
    for (const kind of kinds) {
      for (const operation of OPERATIONS) {
        for (const pattern of kind.operations[operation]) {
          for (const name of pattern.functions ?? []) add(this.byFunction, name, { kind, operation, pattern });
          for (const name of pattern.methods ?? []) add(this.byMethod, name, { kind, operation, pattern });
          // Only kinds whose handles move through named operations alone (QuickJS `manage`): a
          // destructured `use` or `add` could be anything's.
          if (operation === "sink" && kind.passBorrows === true && "arg" in pattern.handle) for (const name of pattern.methods ?? []) this.detachedSinks.add(name);
          for (const name of pattern.constructors ?? []) add(this.byConstructor, name, { kind, operation, pattern });
          for (const name of [...(pattern.functions ?? []), ...(pattern.methods ?? []), ...(pattern.constructors ?? [])]) names.add(name);
        }
      }
      for (const op of ["lock", "unlock", "scoped"] as const) {
        for (const pattern of kind.locks?.[op] ?? []) {
          for (const name of pattern.functions ?? []) add(this.lockByFunction, name, { op, pattern });
          for (const name of pattern.methods ?? []) add(this.lockByMethod, name, { op, pattern });
        }
      }
      for (const entry of listedCallsOf(kind)) {
        add(entry.isMethod ? this.listedMethods : this.listedFunctions, entry.name, { kind, list: entry.list });
      }
      for (const query of kind.liveness ?? []) {
        if (query.property !== undefined) this.livenessProperties.set(query.property, query.trueMeans);
        if (query.method !== undefined) this.livenessMethods.set(query.method, query.trueMeans);
      }
    }
    this.triggers = triggerPatterns([...names]);
    this.anchors = anchorsOf([...names]);
    for (const name of names) if (this.endsOnly(name)) this.endingNames.add(name);
  }

  /**
   * Does every operation of this name put or hand off a handle of a kind that has no get, and
   * is the name no lock operation? A function whose tracked calls all have such names holds no
   * reference it took itself and cannot look one up: no rule can report anything in it (its
   * parameters are borrowed), so the analysis need not run there.
   */
  onlyEnds(name: string): boolean {
    return this.endingNames.has(name);
  }

  private endsOnly(name: string): boolean {
    if (this.lockByFunction.has(name) || this.lockByMethod.has(name)) return false;
    const entries = [...(this.byFunction.get(name) ?? []), ...(this.byMethod.get(name) ?? []), ...(this.byConstructor.get(name) ?? [])];
    return entries.every(
      ({ kind, operation }) =>
        (operation === "put" || operation === "sink") && kind.operations.get.length === 0 && kind.operations.tryGet.length === 0,
    );
  }

  /** Cheap text test: can this source contain any tracked call at all? */
  mayMatchText(text: string): boolean {
    if (this.anchors !== null && !this.anchors.some((anchor) => text.includes(anchor))) return false;
    return this.triggers.some((trigger) => trigger.test(text));
  }

  /**
   * Sorted offsets in `text` where a tracked name may start (inside longer words, comments and
   * strings too): a walk looking for tracked calls need not enter a node that spans none.
   */
  occurrences(text: string): number[] {
    return occurrencesOf(this.triggers, text);
  }

  isTrackedName(name: string): boolean {
    return this.byFunction.has(name) || this.byMethod.has(name) || this.byConstructor.has(name);
  }

  /** The kinds whose throw lists name this call (`throws`: listed as throwing, else as not). */
  listedCalls(name: string, isMethod: boolean): readonly ListedCall[] {
    return (isMethod ? this.listedMethods : this.listedFunctions).get(name) ?? [];
  }

  /**
   * What a true answer of this liveness query means, if some active kind defines it: `h.alive`
   * (a property) or `m.isDeleted()` (a method, `call` true).
   */
  livenessOf(name: string, call: boolean): LivenessQuery["trueMeans"] | null {
    return (call ? this.livenessMethods : this.livenessProperties).get(name) ?? null;
  }

  /** A lock, unlock or scoped-lock call defined by one of the kinds, if the call is one. */
  lockOperationOf(call: TSESTree.CallExpression): LockOperation | null {
    if (this.lockByFunction.size === 0 && this.lockByMethod.size === 0) return null;
    const { name, receiver } = calleeParts(call.callee);
    if (name === null) return null;
    const candidates = receiver === null ? this.lockByFunction.get(name) : this.lockByMethod.get(name);
    for (const { op, pattern } of candidates ?? []) {
      const position = pattern.handle;
      if ("releaser" in position && op === "lock") return { op, lock: receiver ? skipTypeWrappers(receiver) : null, releaser: true };
      const lock = nodeAt(position, call, receiver);
      if (lock) return { op, lock, releaser: false };
    }
    return null;
  }

  /** Under typed matching, may this library kind match a call with this callee and receiver? */
  private typeAllows(kind: ResourceKind, callee: Node, receiver: Node | null): boolean {
    const typed = this.typed;
    if (!typed || kind.modules.length === 0) return true;
    let byKind = this.verdicts.get(callee);
    if (!byKind) this.verdicts.set(callee, (byKind = new Map()));
    let allowed = byKind.get(kind);
    if (allowed === undefined) {
      const declared = typed.oracle.declaredIn(callee, receiver, kind.modules, kind.declaredUnder);
      allowed = declared ?? typed.byName.has(kind);
      byKind.set(kind, allowed);
    }
    return allowed;
  }

  match(call: TSESTree.CallExpression | TSESTree.NewExpression): MatchedCall | null {
    const { name, receiver } = calleeParts(call.callee);
    if (name === null) return null;
    if (call.type === T.NewExpression) {
      // A plain class name: `new DisposableStack()`, not `new lib.DisposableStack()`, unless the
      // pattern says its classes are also reached through a namespace.
      const entry = this.byConstructor.get(name)?.find((e) => "result" in e.pattern.handle && (receiver === null || e.pattern.throughNamespace === true));
      return entry ? { kind: entry.kind, operation: entry.operation, handle: null, position: entry.pattern.handle } : null;
    }
    const candidates = receiver === null ? this.byFunction.get(name) : this.byMethod.get(name);
    if (!candidates) return null;
    // A put or hand-off named by two kinds (`release`: pg's `client.release()`, generic-pool's
    // `pool.release(r)`) belongs to the kind whose object receives it, when provenance knows.
    if (candidates.length > 1 && this.provenance) {
      const owned = this.putOnLibraryReceiver(candidates, call, name, receiver);
      if (owned) return owned;
    }
    // Where two kinds claim one call, the one whose provenance matches wins over an inferred one,
    // and an inferred one over a kind that matches by name alone: a call is one handle, of one kind.
    let inferred: MatchedCall | null = null;
    let byName: MatchedCall | null = null;
    for (const { kind, operation, pattern } of candidates) {
      if (!this.typeAllows(kind, call.callee, receiver)) continue;
      const verdict = this.provenanceOf(kind, operation, call, name, receiver);
      if (verdict === "no") continue;
      const m = this.matchPattern(kind, operation, pattern, call, receiver);
      if (!m) continue;
      if (verdict === "library") return m;
      if (verdict === "inferred") inferred ??= m;
      else byName ??= m;
    }
    return inferred ?? byName;
  }

  /** Can a destructured plain call stand for a hand-off here at all? */
  get hasDetachedSinks(): boolean {
    return this.detachedSinks.size > 0;
  }

  /**
   * A plain call of a kind's hand-off method taken off its object (`({ manage }) => manage(h)`,
   * `const { manage } = scope`): that hand-off, matched by name alone, since matching a hand-off
   * can only silence findings.
   */
  matchDetachedSink(call: TSESTree.CallExpression, method: string): MatchedCall | null {
    if (!this.detachedSinks.has(method)) return null;
    for (const { kind, operation, pattern } of this.byMethod.get(method) ?? []) {
      if (operation !== "sink" || !("arg" in pattern.handle) || kind.passBorrows !== true) continue;
      const m = this.matchPattern(kind, operation, pattern, call, null);
      if (m) return m;
    }
    return null;
  }

  /**
   * This table for one file, matching library acquires by receiver provenance: a view that
   * shares the lookups (the table itself may serve many files), with the file's provenance.
   */
  withProvenance(provenance: Provenance | null): KindTable {
    if (!provenance) return this;
    const view = Object.create(this) as KindTable;
    Object.defineProperty(view, "provenance", { value: provenance });
    return view;
  }

  /**
   * The put or hand-off, among several kinds', whose receiver is that kind's library object: by
   * provenance, or by usage evidence, when the argument it puts holds the result of that kind's
   * acquire (`const c = await this.pool.acquire(); … this.pool.release(c)` on an untyped pool).
   */
  private putOnLibraryReceiver(candidates: readonly Entry[], call: TSESTree.CallExpression, name: string, receiver: Node | null): MatchedCall | null {
    if (!this.provenance || receiver === null) return null;
    for (const { kind, operation, pattern } of candidates) {
      if ((operation !== "put" && operation !== "sink") || !kind.receivers || !("arg" in pattern.handle)) continue;
      if (!this.typeAllows(kind, call.callee, receiver)) continue;
      if (
        this.provenance.verdict(kind, kind.receivers, call, name, receiver) !== "library" &&
        !this.provenance.putsHandleOf(kind, kind.receivers, call, name, receiver, pattern)
      ) {
        continue;
      }
      const m = this.matchPattern(kind, operation, pattern, call, receiver);
      if (m) return m;
    }
    return null;
  }

  /**
   * Receiver provenance of a library kind's acquire; puts and hand-offs match by name. Where the
   * file has provenance, an acquire of a kind that describes no receivers (kref, the stacks, user
   * kinds) matches by name alone: it gives way to a kind whose provenance or usage evidence
   * claims the call.
   */
  private provenanceOf(kind: ResourceKind, operation: Operation, call: TSESTree.CallExpression, name: string, receiver: Node | null): Verdict | "name" {
    const sources = kind.receivers;
    if (!this.provenance || operation === "put" || operation === "sink") return "library";
    if (!sources) return "name";
    return this.provenance.verdict(kind, sources, call, name, receiver);
  }

  private matchPattern(kind: ResourceKind, operation: Operation, pattern: CallPattern, call: TSESTree.CallExpression, receiver: Node | null): MatchedCall | null {
    if (pattern.unlessArgumentOf && argumentIsCallOf(call, pattern.unlessArgumentOf)) return null;
    const position = pattern.handle;
    if ("arg" in position || "receiver" in position) {
      const handle = nodeAt(position, call, receiver);
      return handle ? { kind, operation, handle, position } : null;
    }
    if ("callback" in position) {
      const last = call.arguments[call.arguments.length - 1];
      if (last && isFunction(last)) return { kind, operation, handle: null, position };
      return null;
    }
    return { kind, operation, handle: null, position };
  }
}

/** Is the call's first argument (awaited or not) a call of one of `methods`? */
function argumentIsCallOf(call: TSESTree.CallExpression, methods: readonly string[]): boolean {
  const first = call.arguments[0];
  if (!first || first.type === T.SpreadElement) return false;
  let e = skipTypeWrappers(first);
  if (e.type === T.AwaitExpression) e = skipTypeWrappers(e.argument);
  if (e.type !== T.CallExpression) return false;
  const { name } = calleeParts(e.callee);
  return name !== null && methods.includes(name);
}

/** Characters of alternatives per pre-test pattern: far below any engine limit, one pattern for the presets. */
const TRIGGER_CHUNK = 4096;
/** Names longer than this are looked up with includes(), never put in a pattern. */
const TRIGGER_NAME = 256;

/** The pre-test: can `text` contain one of `names`? An alternation, or one long name by substring. */
type Trigger = RegExp | { readonly name: string; test(text: string): boolean };

/** Sorted offsets of every match of the triggers in `text` (one pass per trigger). */
export function occurrencesOf(triggers: readonly Trigger[], text: string): number[] {
  const offsets: number[] = [];
  for (const trigger of triggers) {
    if (trigger instanceof RegExp) {
      const global = new RegExp(trigger.source, "g");
      for (let m = global.exec(text); m !== null; m = global.exec(text)) offsets.push(m.index);
    } else {
      for (let i = text.indexOf(trigger.name); i >= 0; i = text.indexOf(trigger.name, i + 1)) offsets.push(i);
    }
  }
  return triggers.length > 1 ? offsets.sort((a, b) => a - b) : offsets;
}

/** The same pre-test for any list of names (a file's own helper functions). */
export function triggersFor(names: readonly string[]): readonly Trigger[] {
  return triggerPatterns(names);
}

/** The names' distinct four-character prefixes, if there are at most three; else null. */
function anchorsOf(names: readonly string[]): string[] | null {
  const prefixes = new Set(names.map((name) => name.slice(0, 4)));
  return prefixes.size > 0 && prefixes.size <= 3 ? [...prefixes] : null;
}

/**
 * The pre-test as alternations of escaped names of at most TRIGGER_NAME characters, each
 * alternation at most TRIGGER_CHUNK characters long, and plain substring tests for longer names:
 * no list of names, however long or many, makes a regular expression too large to compile.
 */
function triggerPatterns(names: readonly string[]): Trigger[] {
  const triggers: Trigger[] = [];
  let chunk: string[] = [];
  let length = 0;
  const flush = () => {
    if (chunk.length > 0) triggers.push(new RegExp(chunk.join("|")));
    chunk = [];
    length = 0;
  };
  for (const name of names) {
    if (name.length > TRIGGER_NAME) {
      triggers.push({ name, test: (text) => text.includes(name) });
      continue;
    }
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    if (length + escaped.length > TRIGGER_CHUNK) flush();
    chunk.push(escaped);
    length += escaped.length + 1;
  }
  flush();
  return triggers;
}

/** The node an argument or receiver position designates in a call, or null when it has none. */
function nodeAt(position: HandlePosition, call: TSESTree.CallExpression, receiver: Node | null): Node | null {
  if ("arg" in position) {
    const arg = call.arguments[position.arg];
    if (!arg || arg.type === T.SpreadElement) return null;
    return position.fieldOfHandle ? ownerOfField(arg) : skipTypeWrappers(arg);
  }
  if ("receiver" in position) return receiver ? skipTypeWrappers(receiver) : null;
  return null;
}

/** The callback parameters of a call matched with a callback handle position, if it is one. */
export function callbackParamsOf(m: MatchedCall | null): CallbackParams | null {
  return m && "callback" in m.position ? m.position.callback : null;
}

function add<V>(map: Map<string, V[]>, name: string, value: V): void {
  const list = map.get(name) ?? [];
  list.push(value);
  map.set(name, list);
}

/** `dev.refcount` → `dev`; a bare identifier designates itself (`kref_init(r)`). */
function ownerOfField(arg: Node): Node | null {
  const e = skipTypeWrappers(arg);
  if (e.type === T.MemberExpression) return skipTypeWrappers(e.object);
  if (e.type === T.Identifier) return e;
  return null;
}
