// The pre-scan of one function: one walk that finds what the function has to track (its tracked
// calls, the roots that can hold a handle, what it puts, its boolean facts, its releasers) before
// any event is built. The Classifier extends it with event building.
import type { TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES as T } from "@typescript-eslint/types";
import type { FunctionNode, Node } from "../ast.js";
import { booleanLiteral, callWithLastArgument, calleeParts, isFunction, pushChildren, skipTypeWrappers, walkOwnBody } from "../ast.js";
import { CALL_SINKS, awaited, hasGet, resultIsChecked } from "../call-tables.js";
import type { CallbackHandle, Event, FunctionSummary, SummaryLookup } from "../event-types.js";
import type { KindTable, MatchedCall, ResourceKind } from "../kinds/kinds.js";
import { callbackParamsOf } from "../kinds/kinds.js";
import type { FunctionScope, PathKey } from "../scope.js";
import { isLocalPath, rootOf } from "../scope.js";
import { isInlined } from "../sync-callbacks.js";
import { bindingOf } from "./bindings.js";
import { detachedSinkMatch, disposePutMatch, pgClientMatch, promisedCheckoutMatch } from "./lifecycles.js";
import type { FunctionLocks } from "./locks.js";
import { lockingPutArg } from "./locks.js";
import { Temps, isTempPath } from "./temps.js";

export class FunctionFacts {
  /** Roots of paths that can hold a handle in this function (handle roots and their aliases). */
  readonly relevant = new Set<PathKey>();
  /** Roots of handles whose kind has a get: only those can be handed off without a reference. */
  readonly owingRoots = new Set<PathKey>();
  /** Paths that the function puts somewhere: unknown callees only borrow these. */
  readonly putPaths = new Set<PathKey>();
  /**
   * Field paths known to hold a handle (`port.dev` in `kref_get(port.dev.ref)`, `s.client` in
   * `s.client.release()`). Any other field of a handle (`e.id`) is a plain value: storing it is
   * no hand-off (issue 12, "positional hand-offs").
   */
  private readonly handleFields = new Set<PathKey>();
  /** Put methods of handles by path (see isPutMethodOf). */
  private readonly putMethods = new Map<PathKey, Set<string>>();
  /**
   * Boolean locals worth a path-sensitive fact: tested more than once, assigned a boolean literal
   * and tested, or assigned from a try-get or a checked hand-off.
   */
  readonly factVars = new Set<PathKey>();
  /** Some kind used in this function lets every call throw, not only calls inside `try`. */
  anyCallThrows = false;
  /**
   * Per kind, the paths this function uses as that kind's objects: receivers and handles of its
   * tracked calls (`vm` of `vm.newString()`, `h` of `h.dispose()`) and the results they bind. A
   * kind's throw lists apply to method calls on these (throws.ts).
   */
  readonly kindReceivers = new Map<ResourceKind, Set<PathKey>>();
  /** Releaser variables that are handles of a kind: calling one is a put. */
  private readonly releaserHandles = new Set<PathKey>();
  protected readonly matched = new Map<Node, MatchedCall>();
  /**
   * Locals bound only by acquires of a `passBorrows` kind (QuickJS, embind): passing one to a call
   * the analysis does not know leaves it owned (`vm.setProp(o, "k", h)` does not take `h`).
   */
  protected readonly passBorrowed = new Set<PathKey>();
  /** The put calls of this function's own body, by the path they put. */
  protected readonly putCalls = new Map<PathKey, Node[]>();
  /** Acquires whose result no variable binds: their temporary values (temps.ts). */
  protected temps: Temps | null = null;
  /**
   * Set when this function is the callback through which a call hands over a handle
   * (`pool.connect((err, client, done) => …)`): the function starts owning it.
   */
  readonly callbackHandle: CallbackHandle | null;

  constructor(
    readonly fn: FunctionNode,
    readonly scope: FunctionScope,
    readonly table: KindTable,
    private readonly summaries: SummaryLookup | null,
    protected readonly locks: FunctionLocks,
  ) {
    this.callbackHandle = this.noteCallbackHandle();
    this.prescan();
  }

  /** Paths of the parameters by which a callback receives a handle, made relevant here. */
  private noteCallbackHandle(): CallbackHandle | null {
    const call = callWithLastArgument(this.fn);
    if (!call) return null;
    const m = this.table.match(call);
    const params = callbackParamsOf(m);
    if (!m || !params) return null;
    const param = (index: number | undefined): { path: PathKey; name: string } | null => {
      const p = index === undefined ? undefined : this.fn.params[index];
      return p && p.type === T.Identifier ? { path: this.scope.keyOfIdentifier(p), name: p.name } : null;
    };
    const handle = param(params.handle);
    const releaser = param(params.releaser);
    const error = param(params.error);
    // The callback must declare every parameter the pattern names: \`signal.connect((sender, args) => …)\`
    // or a connection's \`connect((err) => …)\` look the same by name and are not checkouts.
    if ((params.handle !== undefined && !handle) || (params.releaser !== undefined && !releaser) || (params.error !== undefined && !error)) {
      return null;
    }
    // The releaser is a put; the handle is put only where the callback says so (`conn.release()`
    // adds it when prescanned). A callback that hands the handle on (`cb(null, conn)`,
    // `resolve(new Wrapper(conn))`) without putting it is a layer, not a user: DESIGN §2.2.
    for (const p of [handle, releaser]) {
      if (!p) continue;
      this.relevant.add(p.path);
      if (p === releaser) this.putPaths.add(p.path);
    }
    if (releaser) this.releaserHandles.add(releaser.path);
    // The handle is the kind's object here: its throw lists apply to calls on it (`client.query`).
    if (handle) this.kindObjects(m.kind)?.add(handle.path);
    // `if (err)` tells whether the handle came at all: a path-sensitive fact.
    if (error) this.factVars.add(error.path);
    if (m.kind.throwModel === "any-call") this.anyCallThrows = true;
    return {
      name: (handle ?? releaser)?.name ?? "",
      paths: [handle, releaser].filter((p): p is { path: PathKey; name: string } => p !== null).map((p) => p.path),
      releaserName: releaser?.name ?? null,
      errorFact: error ? `f${error.path}` : null,
      anyCall: m.kind.throwModel === "any-call",
    };
  }

  /** The summary of a same-file function called here by name, if it has one. */
  summaryOfCall(call: Node): FunctionSummary | null {
    if (!this.summaries) return null;
    const fn = this.sameFileFunctionOf(call);
    return fn ? this.summaries(fn) : null;
  }

  /** The function of this file a call calls by name (not this function itself), if it is one. */
  sameFileFunctionOf(call: Node): Node | null {
    if (call.type !== T.CallExpression) return null;
    const callee = skipTypeWrappers(call.callee);
    if (callee.type !== T.Identifier) return null;
    const fn = this.functionBoundTo(callee, true);
    return fn && fn !== this.fn ? fn : null;
  }

  /**
   * The function of this file a name is bound to: a declaration, a `const f = () => …`, or — one
   * level deep — a property destructured from what a same-file function returns
   * (`const { unmarshal } = await setup()`, where `setup` returns `{ unmarshal: (h) => … }`).
   */
  private functionBoundTo(id: TSESTree.Identifier, throughReturns: boolean): Node | null {
    const variable = this.scope.variableOf(id);
    const definition = variable?.defs[0];
    const def = definition?.node;
    if (!definition || !def) return null;
    // A function declaration; a parameter's definition node is the function that declares it.
    if (definition.type === "FunctionName") return isFunction(def) || def.type === T.TSDeclareFunction ? def : null;
    if (definition.type !== "Variable" || def.type !== T.VariableDeclarator || !def.init) return null;
    if (isFunction(def.init)) return def.init;
    if (!throughReturns || def.id.type !== T.ObjectPattern) return null;
    const property = def.id.properties.find((p) => p.type === T.Property && p.value === variable?.identifiers[0]);
    if (!property || property.type !== T.Property || property.computed || property.key.type !== T.Identifier) return null;
    let init = skipTypeWrappers(def.init);
    if (init.type === T.AwaitExpression) init = skipTypeWrappers(init.argument);
    if (init.type !== T.CallExpression) return null;
    const factoryCallee = skipTypeWrappers(init.callee);
    const factory = factoryCallee.type === T.Identifier ? this.functionBoundTo(factoryCallee, false) : null;
    return factory && isFunction(factory) ? returnedMember(factory, property.key.name) : null;
  }

  /** The kind's put methods called on the handle itself (`client.end`, `conn.release`), by handle path. */
  private notePutMethods(path: PathKey, kind: ResourceKind): void {
    for (const pattern of kind.operations.put) {
      if (!("receiver" in pattern.handle)) continue;
      for (const method of pattern.methods ?? []) {
        const methods = this.putMethods.get(path) ?? new Set<string>();
        methods.add(method);
        this.putMethods.set(path, methods);
      }
    }
  }

  /**
   * Is `method` a put of the handle at `path` (its kind puts it with `path.method()`)? Reading it
   * as a value (`client.end.bind(client)`, `emitter.on("drain", conn.release)`) gives the put to
   * code that runs later.
   */
  isPutMethodOf(path: PathKey, method: string): boolean {
    return this.putMethods.get(path)?.has(method) ?? false;
  }

  /**
   * Source names of the variables that may hold a handle, a fact or a releaser here (roots of
   * relevant paths, fact variables, releasers, lock releasers), or null when one has no name.
   * `this` is told by `thisIsRelevant`. For the sparse start of the graph (inert.ts).
   */
  get watchedNames(): ReadonlySet<string> | null {
    if (this.watched !== undefined) return this.watched;
    const names = new Set<string>();
    for (const keys of [this.relevant, this.factVars, this.releaserHandles, this.locks.releaserKeys()]) {
      for (const key of keys) {
        const root = rootOf(key);
        if (isTempPath(root) || root === "this") continue;
        const name = this.scope.nameOfKey(root);
        if (name === null) return (this.watched = null);
        names.add(name);
      }
    }
    return (this.watched = names);
  }
  private watched: ReadonlySet<string> | null | undefined = undefined;

  /** `this` or a field of it may hold a handle. */
  get thisIsRelevant(): boolean {
    return this.relevant.has("this");
  }

  /** Does this function itself have anything to track (own operations or handles of nested callbacks)? */
  get hasWork(): boolean {
    return this.matched.size > 0 || this.relevant.size > 0;
  }

  matchOf(node: Node): MatchedCall | undefined {
    return this.matched.get(node);
  }

  /** Is this call a tracked operation of some active kind? */
  isTrackedCall(call: Node): boolean {
    return this.matched.has(call);
  }

  /** The tracked calls of this function's own body, in no particular order. */
  trackedCalls(): [Node, MatchedCall][] {
    return [...this.matched];
  }

  /** One walk over the function (nested functions included, but told apart). */
  private prescan(): void {
    const aliasPairs: [PathKey, PathKey][] = [];
    // Variables bound by acquires of kinds whose handles a call never takes by being passed, and
    // variables bound by any other acquire (a variable in both may hold either: passes count).
    const borrowedWhenPassed = new Set<PathKey>();
    const passable = new Set<PathKey>();
    const testedOnce = new Set<PathKey>();
    const literalFlags = new Set<PathKey>();
    const usings: TSESTree.VariableDeclarator[] = [];
    const declarators: TSESTree.VariableDeclarator[] = [];
    // Parallel stacks: each node, and whether it sits in a nested function.
    const stack: Node[] = [this.fn];
    const nestedStack: boolean[] = [false];
    while (stack.length > 0) {
      const node = stack.pop() as Node;
      const nested = nestedStack.pop() as boolean;
      if (nested) {
        // A nested callback operating on one of our locals makes it relevant here: handing it
        // to that callback is a hand-off this function must take a reference for.
        if (node.type === T.CallExpression && this.table.isTrackedName(calleeParts(node.callee).name ?? "")) {
          const m = this.table.match(node);
          const path = m?.handle ? this.scope.pathOf(m.handle) : null;
          if (m && path !== null && path.startsWith("v")) {
            this.relevant.add(rootOf(path));
            if (path.includes(".")) this.handleFields.add(path);
            if (hasGet(m.kind)) this.owingRoots.add(rootOf(path));
          }
        }
      } else if (node.type === T.CallExpression || node.type === T.NewExpression) {
        const m = this.matchCall(node);
        const summary = m ? null : this.summaryOfCall(node);
        if (summary) this.noteSummaryCall(node as TSESTree.CallExpression, summary);
        if (m) {
          this.matched.set(node, m);
          if (m.kind.throwModel === "any-call") this.anyCallThrows = true;
          this.noteKindReceiver(node, m);
          const path = m.handle ? this.scope.pathOf(m.handle) : null;
          if (path !== null) {
            this.relevant.add(rootOf(path));
            if (hasGet(m.kind)) this.owingRoots.add(rootOf(path));
            if (m.operation === "put") {
              this.putPaths.add(path);
              const calls = this.putCalls.get(path);
              if (calls) calls.push(node);
              else this.putCalls.set(path, [node]);
            }
            if (path.includes(".")) this.handleFields.add(path);
            this.notePutMethods(path, m.kind);
          }
          for (const bound of this.boundHandlesOf(node, m)) {
            this.relevant.add(bound.path);
            if (m.operation === "acquire" && m.kind.passBorrows) borrowedWhenPassed.add(bound.path);
            else passable.add(bound.path);
            this.notePutMethods(bound.path, m.kind);
            if ("releaser" in m.position) {
              this.releaserHandles.add(bound.path);
              this.putPaths.add(bound.path);
            }
          }
        }
      } else if (node.type === T.VariableDeclarator && node.init) {
        if (node.parent?.type === T.VariableDeclaration && (node.parent.kind === "using" || node.parent.kind === "await using")) {
          usings.push(node);
        }
        if (node.id.type === T.Identifier && booleanLiteral(node.init) !== null) literalFlags.add(this.scope.keyOfIdentifier(node.id));
        this.noteAlias(node.id, node.init, aliasPairs);
        this.locks.noteReleaser(node);
        declarators.push(node);
      } else if (node.type === T.AssignmentExpression && node.operator === "=") {
        const left = skipTypeWrappers(node.left);
        if (left.type === T.Identifier && booleanLiteral(node.right) !== null) literalFlags.add(this.scope.keyOfIdentifier(left));
        this.noteAlias(node.left, node.right, aliasPairs);
      } else if (
        node.type === T.IfStatement ||
        node.type === T.ConditionalExpression ||
        node.type === T.WhileStatement ||
        (node.type === T.LogicalExpression && node.operator !== "??")
      ) {
        // `if (flag)`, `flag ? … : …`, `flag && …`, `!flag || …`: a test of a boolean local.
        const test = skipTypeWrappers(node.type === T.LogicalExpression ? node.left : node.test);
        const bare = test.type === T.UnaryExpression && test.operator === "!" ? skipTypeWrappers(test.argument) : test;
        if (bare.type === T.Identifier) {
          const key = this.scope.keyOfIdentifier(bare);
          if (testedOnce.has(key)) this.factVars.add(key);
          testedOnce.add(key);
        }
      }
      // Synchronous callbacks run here, in this activation: their calls are this function's own.
      const inner = nested || (node !== this.fn && isFunction(node) && !isInlined(node));
      const before = stack.length;
      pushChildren(node, stack);
      for (let i = before; i < stack.length; i++) nestedStack.push(inner);
    }
    for (const path of borrowedWhenPassed) if (!passable.has(path) && isLocalPath(path)) this.passBorrowed.add(path);
    // Acquires whose value no variable keeps get temporary paths; a variable that keeps a `?:`
    // value with an acquire in it takes the handle over (before aliases spread relevance).
    const temps = new Temps(
      [...this.matched],
      (call) => bindingOf(call) !== null,
      (call) => this.sameFileFunctionOf(call) !== null,
      this.scope,
    );
    if (temps.size > 0) {
      this.temps = temps;
      for (const path of temps.paths()) this.relevant.add(path);
      for (const target of temps.keeperTargets()) {
        const path = this.scope.pathOf(target);
        if (path !== null) this.relevant.add(rootOf(path));
      }
    }
    // Aliases make both sides relevant; iterate because chains (`a = b; c = a`) propagate. Only
    // a value that may be a handle passes relevance on: a root, or a field known to hold a handle.
    // A store into a field (`port.index = index`) makes the container relevant, never the stored
    // value: other fields of a relevant object are plain values (`e.id`, a port's index).
    for (const path of this.putPaths) if (path.includes(".")) this.handleFields.add(path);
    const carries = (path: PathKey): boolean => !path.includes(".") || this.handleFields.has(path);
    let changed = true;
    while (changed) {
      changed = false;
      for (const [a, b] of aliasPairs) {
        const ra = rootOf(a);
        const rb = rootOf(b);
        for (const roots of [this.relevant, this.owingRoots]) {
          if (roots.has(ra) === roots.has(rb)) continue;
          const [from, to, path] = roots.has(ra) ? [ra, rb, a] : [rb, ra, b];
          if (!carries(path) || roots.has(to) || !roots.has(from)) continue;
          roots.add(to);
          changed = true;
        }
      }
    }
    // A releaser moved into another local (`release = ticket`, `const release = await pending`)
    // is a releaser too: calling it puts the handle.
    if (this.releaserHandles.size > 0) {
      changed = true;
      while (changed) {
        changed = false;
        for (const [a, b] of aliasPairs) {
          if (!isLocalPath(a) || !isLocalPath(b) || a.includes(".") || b.includes(".")) continue;
          if (this.releaserHandles.has(a) === this.releaserHandles.has(b)) continue;
          for (const key of [a, b]) {
            this.releaserHandles.add(key);
            this.putPaths.add(key);
          }
          changed = true;
        }
      }
    }
    // A `using` declaration puts what its disposal puts.
    for (const declarator of usings) for (const path of this.disposedPaths(declarator)) this.putPaths.add(path);
    // A local set to `true`/`false` and tested remembers its value per path.
    for (const key of literalFlags) if (testedOnce.has(key) && key.startsWith("v")) this.factVars.add(key);
    // Try-get and fallible hand-off results stored in a local become facts.
    for (const d of declarators) {
      if (d.id.type === T.Identifier && d.init && this.resultFactOf(d.init) !== null) {
        this.factVars.add(this.scope.keyOfIdentifier(d.id));
      }
    }
  }

  /** The set of the kind's objects here, for a kind with throw lists (null: it has none). */
  private kindObjects(kind: ResourceKind): Set<PathKey> | null {
    if (!kind.nothrow && !kind.throws && !kind.rejects) return null;
    let paths = this.kindReceivers.get(kind);
    if (!paths) this.kindReceivers.set(kind, (paths = new Set()));
    return paths;
  }

  /**
   * Does this function use `path` as the kind's object (any kind's, without one), or is it a
   * property of one (`vm.runtime` of a `vm` that makes QuickJS handles)? One level only, and
   * never a property of `this` (a class that puts its own object is no library object).
   */
  usesAsKindObject(path: PathKey, kind?: ResourceKind): boolean {
    const dot = path.lastIndexOf(".");
    const owner = dot < 0 || path.slice(0, dot) === "this" ? null : path.slice(0, dot);
    for (const [k, paths] of this.kindReceivers) {
      if (kind !== undefined && k !== kind) continue;
      if (paths.has(path) || (owner !== null && paths.has(owner))) return true;
    }
    return false;
  }

  /** Records the paths a tracked call uses as its kind's objects (see `kindReceivers`). */
  private noteKindReceiver(call: Node, m: MatchedCall): void {
    const paths = this.kindObjects(m.kind);
    if (!paths) return;
    const { receiver } = call.type === T.CallExpression ? calleeParts(call.callee) : { receiver: null };
    for (const node of [receiver, m.handle]) {
      const path = node ? this.scope.pathOf(node) : null;
      if (path !== null) paths.add(path);
    }
    for (const bound of this.boundHandlesOf(call, m)) paths.add(bound.path);
  }

  /**
   * Does this callback argument release a handle of this function: a releaser variable
   * (`.finally(release)`), or a function whose body puts one (`() => client.release()`)?
   */
  releasesHandle(arg: Node): boolean {
    const a = skipTypeWrappers(arg);
    if (a.type === T.Identifier) return this.releaserHandles.has(this.scope.keyOfIdentifier(a));
    if (!isFunction(a)) return false;
    let found = false;
    walkOwnBody(a, (node) => {
      if (found) return false;
      if (node.type !== T.CallExpression) return true;
      const m = this.matchCall(node);
      if (m && m.operation === "put" && m.handle && this.scope.pathOf(m.handle) !== null && this.relevant.has(rootOf(this.scope.pathOf(m.handle) as PathKey))) found = true;
      const callee = skipTypeWrappers(node.callee);
      if (callee.type === T.Identifier && this.releaserHandles.has(this.scope.keyOfIdentifier(callee))) found = true;
      return !found;
    });
    return found;
  }

  /**
   * The operation a call is, of the lifecycles below or of the kind table.
   *
   * Lifecycles the kind table cannot match by name (lifecycles.ts): a pg `Client` made here, a
   * callback checkout wrapped in `new Promise(…)`, a hand-off method destructured off its object
   * (`({ manage }) => manage(h)`), and the disposable kind's `dispose(x)` / `x[Symbol.dispose]()`.
   */
  protected matchCall(node: TSESTree.CallExpression | TSESTree.NewExpression): MatchedCall | null {
    return this.lifecycleMatch(node) ?? this.table.match(node);
  }

  private lifecycleMatch(node: TSESTree.CallExpression | TSESTree.NewExpression): MatchedCall | null {
    return (
      pgClientMatch(node, this.scope) ??
      promisedCheckoutMatch(node, this.table) ??
      detachedSinkMatch(node, this.scope, this.table) ??
      disposePutMatch(node, this.scope, this.table)
    );
  }

  /** Is `name` a releaser variable of this function (calling it puts its handle)? */
  isReleaserHandle(name: string): boolean {
    for (const key of this.releaserHandles) if (this.scope.nameOfKey(key) === name) return true;
    return false;
  }

  /** The function to call to put the handle named `name`, when a releaser stands for it. */
  releaserOf(name: string): string | null {
    if (this.isReleaserHandle(name)) return name;
    return this.callbackHandle?.name === name ? this.callbackHandle.releaserName : null;
  }

  /** Calling a releaser variable puts the handle it stands for. */
  releaserPutOf(call: TSESTree.CallExpression | TSESTree.NewExpression): Event | null {
    if (call.type !== T.CallExpression || this.releaserHandles.size === 0) return null;
    const callee = skipTypeWrappers(call.callee);
    if (callee.type !== T.Identifier) return null;
    const key = this.scope.keyOfIdentifier(callee);
    return this.releaserHandles.has(key) ? { t: "put", path: key, name: callee.name } : null;
  }

  /** A call of a same-file acquirer binds an owned handle; of a consumer, puts its argument. */
  private noteSummaryCall(call: TSESTree.CallExpression, summary: FunctionSummary): void {
    for (const index of summary.consumes) {
      const arg = call.arguments[index];
      const path = arg ? this.scope.pathOf(arg) : null;
      if (path !== null) {
        this.relevant.add(rootOf(path));
        this.putPaths.add(path);
      }
    }
    if (summary.acquires) for (const bound of this.resultBindingOf(call)) this.relevant.add(bound.path);
  }

  private noteAlias(left: Node, right: Node, pairs: [PathKey, PathKey][]): void {
    const l = this.scope.pathOf(left);
    const r = this.scope.pathOf(awaited(right));
    if (l !== null && r !== null) pairs.push([l, r]);
  }

  /**
   * The path of an expression that may hold a handle of this function, for hand-offs: a relevant
   * root, or a field known to hold one (`e.id` is a plain value even when `e` is a handle).
   */
  handlePath(expression: Node): PathKey | null {
    const path = this.relevantPath(expression);
    return path !== null && path.includes(".") && !this.handleFields.has(path) ? null : path;
  }

  /** The relevant path an expression denotes, if any (a temporary value's included). */
  relevantPath(expression: Node): PathKey | null {
    const path = this.scope.pathOf(expression) ?? this.temps?.pathOf(expression) ?? null;
    return path !== null && this.relevant.has(rootOf(path)) ? path : null;
  }

  /** The fact recording whether a call succeeded: a try-get, or a fallible hand-off whose result is kept or tested. */
  /** The fact a call's result carries (a try-get, a checked fallible hand-off or locking put). */
  resultFactOf(expression: Node): string | null {
    const e = skipTypeWrappers(expression);
    if (e.type !== T.CallExpression) return null;
    const m = this.matched.get(e);
    if (m && m.operation === "tryGet") return `c${e.range[0]}`;
    if (m && m.operation === "put" && lockingPutArg(e) && resultIsChecked(e)) return `c${e.range[0]}`;
    const { name, receiver } = calleeParts(e.callee);
    const sink = name !== null && receiver === null ? CALL_SINKS.get(name) : undefined;
    return sink?.fallible && resultIsChecked(e) ? `c${e.range[0]}` : null;
  }

  /**
   * The variables a call's result binds, for operations whose handle is the result:
   * `const c = await pool.connect()` → `c`; a releaser `const release = await m.acquire()` →
   * `release`, or `const [value, release] = await sem.acquire()` → `release`.
   */
  boundHandlesOf(call: Node, m: MatchedCall): { path: PathKey; name: string }[] {
    if (m.handle !== null || callbackParamsOf(m) !== null) return [];
    return this.resultBindingOf(call, "releaser" in m.position ? "releaser" : "element" in m.position ? m.position.element : null);
  }

  /**
   * The variable a call's (awaited) result is declared or assigned into (element 1 of a tuple
   * for releasers; element i of `const [a, b] = await Promise.all([…])`; see bindings.ts).
   */
  protected resultBindingOf(call: Node, element: number | "releaser" | null = null): { path: PathKey; name: string }[] {
    const binding = bindingOf(call);
    if (!binding) return [];
    let id: Node | null = binding.target;
    // A releaser may come alone or as element 1 of a \`[value, release]\` tuple.
    if (element === "releaser" && id.type === T.ArrayPattern) id = id.elements[1] ?? null;
    else if (typeof element === "number") id = id.type === T.ArrayPattern ? (id.elements[element] ?? null) : null;
    if (!id || id.type !== T.Identifier) return [];
    const path = this.scope.keyOfIdentifier(id);
    // Assigning to a variable of an enclosing scope stores the handle there: a hand-off, not a binding.
    if (!isLocalPath(path)) return [];
    return [{ path, name: id.name }];
  }

  /** Paths a `using` declaration puts when its scope ends. */
  disposedPaths(declarator: TSESTree.VariableDeclarator): PathKey[] {
    const paths: PathKey[] = [];
    const own = this.relevantPath(declarator.id);
    if (own !== null) paths.push(own);
    const init = declarator.init ? skipTypeWrappers(declarator.init) : null;
    if (init && init.type === T.ObjectExpression) {
      for (const property of init.properties) {
        if (property.type !== T.Property || !isFunction(property.value)) continue;
        walkOwnBody(property.value, (node) => {
          if (node.type !== T.CallExpression) return true;
          const m = this.table.match(node);
          if (m && m.operation === "put" && m.handle) {
            const path = this.relevantPath(m.handle);
            if (path !== null) paths.push(path);
          }
          return true;
        });
      }
    }
    return paths;
  }
}

/** The function a factory's returned object literal gives as property `name`, if one does. */
function returnedMember(factory: FunctionNode, name: string): Node | null {
  const objects: TSESTree.ObjectExpression[] = [];
  if (factory.body.type === T.ObjectExpression) objects.push(factory.body);
  else if (factory.body.type === T.BlockStatement) {
    walkOwnBody(factory, (node) => {
      if (node.type === T.ReturnStatement && node.argument && skipTypeWrappers(node.argument).type === T.ObjectExpression) {
        objects.push(skipTypeWrappers(node.argument) as TSESTree.ObjectExpression);
      }
      return true;
    });
  }
  for (const object of objects) {
    for (const p of object.properties) {
      if (p.type !== T.Property || p.computed || p.key.type !== T.Identifier || p.key.name !== name) continue;
      if (isFunction(p.value)) return p.value;
    }
  }
  return null;
}
