// AST → lifetime events: the Classifier. The CFG builder asks it what each evaluated node does
// to handles; the solver applies the events (event-types.ts). Only nodes that touch a relevant
// path get events. Calls known by name, whatever the kind, are listed in call-tables.ts.
import type { TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES as T } from "@typescript-eslint/types";
import type { FunctionNode, Node } from "../ast.js";
import {
  callWithLastArgument,
  calleeParts,
  displayName,
  pushChildren,
  isFunction,
  skipTypeWrappers,
  valueParent,
  walkAll,
  walkOwnBody,
} from "../ast.js";
import type { FunctionScope, PathKey } from "../scope.js";
import { rootOf } from "../scope.js";
import type { KindTable, MatchedCall } from "../kinds/kinds.js";
import { callbackParamsOf } from "../kinds/kinds.js";
import { lockKeyOf } from "../kinds/locks.js";
import { conditionOf } from "../conditions.js";
import { isInlined } from "../sync-callbacks.js";

/** `true` / `false` written as a literal, or null. */
function booleanLiteral(node: Node): boolean | null {
  const e = skipTypeWrappers(node);
  return e.type === T.Literal && typeof e.value === "boolean" ? e.value : null;
}
import type { CallbackHandle, Condition, Event, FunctionSummary, SummaryLookup } from "../event-types.js";
import type { CfgSource } from "../cfg/source.js";
import { FunctionLocks, lockingPutArg } from "./locks.js";
import { SharedMemory } from "./shared.js";
import {
  CALL_SINKS,
  CONTAINER_SINKS,
  MESSAGE_SINKS,
  awaited,
  deferredCallOf,
  hasGet,
  isWorkerData,
  resultIsChecked,
} from "../call-tables.js";

export class Classifier implements CfgSource {
  /** Roots of paths that can hold a handle in this function (handle roots and their aliases). */
  readonly relevant = new Set<PathKey>();
  /** Roots of handles whose kind has a get: only those can be handed off without a reference. */
  readonly owingRoots = new Set<PathKey>();
  /** Paths that the function puts somewhere: unknown callees only borrow these. */
  readonly putPaths = new Set<PathKey>();
  /**
   * Boolean locals worth a path-sensitive fact: tested more than once, assigned a boolean literal
   * and tested, or assigned from a try-get or a checked hand-off.
   */
  readonly factVars = new Set<PathKey>();
  /** Some kind used in this function lets every call throw, not only calls inside `try`. */
  anyCallThrows = false;
  /** Releaser variables that are handles of a kind: calling one is a put. */
  private readonly releaserHandles = new Set<PathKey>();
  private readonly matched = new Map<Node, MatchedCall>();
  /**
   * Set when this function is the callback through which a call hands over a handle
   * (`pool.connect((err, client, done) => …)`): the function starts owning it.
   */
  readonly callbackHandle: CallbackHandle | null;
  /** Shared memory and `@kref-guarded-by` guards. */
  private readonly shared: SharedMemory;
  private readonly locks: FunctionLocks;
  /** The initializer of the variable an identifier refers to, if it has exactly one. */
  readonly initOf: (id: TSESTree.Identifier) => Node | null;

  constructor(
    readonly fn: FunctionNode,
    readonly scope: FunctionScope,
    readonly table: KindTable,
    private readonly summaries: SummaryLookup | null = null,
    /** `@kref-guarded-by` lock names by shared location (`globalObj`, `this.cache`, `static x`). */
    guards: ReadonlyMap<string, string> = new Map(),
  ) {
    this.shared = new SharedMemory(scope, guards);
    this.initOf = this.shared.initOf;
    this.locks = new FunctionLocks(scope, table, this.initOf);
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
    for (const p of [handle, releaser]) {
      if (!p) continue;
      this.relevant.add(p.path);
      this.putPaths.add(p.path);
    }
    if (releaser) this.releaserHandles.add(releaser.path);
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
    if (!this.summaries || call.type !== T.CallExpression) return null;
    const callee = skipTypeWrappers(call.callee);
    if (callee.type !== T.Identifier) return null;
    const variable = this.scope.variableOf(callee);
    const def = variable?.defs[0]?.node;
    if (!def) return null;
    const fn =
      isFunction(def) || def.type === T.TSDeclareFunction
        ? def
        : def.type === T.VariableDeclarator && def.init && isFunction(def.init)
          ? def.init
          : null;
    return fn && fn !== this.fn ? this.summaries(fn) : null;
  }

  /** Does this function itself have anything to track (own operations or handles of nested callbacks)? */
  get hasWork(): boolean {
    return this.matched.size > 0 || this.relevant.size > 0;
  }

  matchOf(node: Node): MatchedCall | undefined {
    return this.matched.get(node);
  }

  isTrackedCall(call: Node): boolean {
    return this.matched.has(call);
  }

  pathOf(expression: Node): PathKey | null {
    return this.scope.pathOf(expression);
  }

  /** Locals declared directly in the scope `node` opens that can hold a handle. */
  relevantLocalsOf(node: Node): PathKey[] {
    return this.scope.localsDeclaredBy(node).filter((k) => this.relevant.has(k));
  }

  /** The tracked calls of this function's own body, in no particular order. */
  trackedCalls(): [Node, MatchedCall][] {
    return [...this.matched];
  }

  /** One walk over the function (nested functions included, but told apart). */
  private prescan(): void {
    const aliasPairs: [PathKey, PathKey][] = [];
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
            if (hasGet(m.kind)) this.owingRoots.add(rootOf(path));
          }
        }
      } else if (node.type === T.CallExpression || node.type === T.NewExpression) {
        const m = this.table.match(node);
        const summary = m ? null : this.summaryOfCall(node);
        if (summary) this.noteSummaryCall(node as TSESTree.CallExpression, summary);
        if (m) {
          this.matched.set(node, m);
          if (m.kind.throwModel === "any-call") this.anyCallThrows = true;
          const path = m.handle ? this.scope.pathOf(m.handle) : null;
          if (path !== null) {
            this.relevant.add(rootOf(path));
            if (hasGet(m.kind)) this.owingRoots.add(rootOf(path));
            if (m.operation === "put") this.putPaths.add(path);
          }
          for (const bound of this.boundHandlesOf(node, m)) {
            this.relevant.add(bound.path);
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
    // Aliases make both sides relevant; iterate because chains (`a = b; c = a`) propagate.
    let changed = true;
    while (changed) {
      changed = false;
      for (const [a, b] of aliasPairs) {
        const ra = rootOf(a);
        const rb = rootOf(b);
        if (this.relevant.has(ra) !== this.relevant.has(rb)) {
          this.relevant.add(ra);
          this.relevant.add(rb);
          changed = true;
        }
        if (this.owingRoots.has(ra) !== this.owingRoots.has(rb)) {
          this.owingRoots.add(ra);
          this.owingRoots.add(rb);
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
  private releaserPutOf(call: TSESTree.CallExpression | TSESTree.NewExpression): Event | null {
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

  /** Does this path read memory other code shares: a module or global variable, a field of `this`? */
  isShared(path: PathKey): boolean {
    return this.shared.isShared(path);
  }

  /** The annotated lock guarding the shared location an expression reads, as a lock key. */
  guardOf(expression: Node): string | null {
    return this.shared.guardOf(expression);
  }

  /** The lock name a `@kref-guarded-by` annotation gives the location an expression reads. */
  guardNameOf(expression: Node): string | null {
    return this.shared.guardNameOf(expression);
  }

  /** Does evaluating this expression look a handle up in shared memory? */
  isLookup(expression: Node): boolean {
    return this.shared.isLookup(expression);
  }

  private noteAlias(left: Node, right: Node, pairs: [PathKey, PathKey][]): void {
    const l = this.scope.pathOf(left);
    const r = this.scope.pathOf(awaited(right));
    if (l !== null && r !== null) pairs.push([l, r]);
  }

  /** The relevant path an expression denotes, if any. */
  relevantPath(expression: Node): PathKey | null {
    const path = this.scope.pathOf(expression);
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

  /** May this evaluated node throw (for exceptional edges)? Tracked operations never throw. */
  mayThrow(node: Node): boolean {
    switch (node.type) {
      case T.CallExpression:
        return !this.matched.has(node) && this.releaserPutOf(node) === null;
      case T.NewExpression:
        // Building an error object to throw does not itself throw.
        return !/Error$/.test(calleeParts(node.callee).name ?? "");
      case T.AwaitExpression:
        // Awaiting a pending acquisition: if it rejects, nothing was acquired to leak.
        return this.relevantPath(node.argument) === null;
      case T.YieldExpression:
      case T.TaggedTemplateExpression:
      case T.ImportExpression:
        return true;
      default:
        return false;
    }
  }

  /** Events of an evaluated node, after its sub-expressions were evaluated. */
  eventsOf(node: Node): Event[] {
    switch (node.type) {
      case T.CallExpression:
      case T.NewExpression:
        return this.callEvents(node);
      case T.Identifier:
        return this.identifierEvents(node);
      case T.VariableDeclarator: {
        const lock = this.locks.acquiredLockOf(node.init);
        const binds = [...this.bindEvents(node.id, node.init), ...this.resultAcquireOf(node)];
        return lock === null ? binds : [...binds, { t: "lock", key: lock }];
      }
      case T.AwaitExpression:
      case T.YieldExpression:
        return [{ t: "await" }];
      case T.AssignmentExpression:
        return this.assignmentEvents(node);
      case T.UpdateExpression:
        return this.bindEvents(node.argument, null);
      case T.ReturnStatement:
        return this.returnEvents(node.argument);
      case T.ThrowStatement:
      case T.BreakStatement:
      case T.ContinueStatement:
        return [{ t: "exit" }];
      case T.FunctionExpression:
      case T.ArrowFunctionExpression:
      case T.FunctionDeclaration:
      case T.ClassExpression:
      case T.ClassDeclaration:
        return this.captureEvents(node);
      default:
        return [];
    }
  }

  /**
   * Events of a `return` (or an expression body) of a synchronous callback run in place: the
   * returned value goes to the calling method (an array, a found element), not to our caller.
   */
  inlineReturnEvents(argument: Node | null | undefined, isStatement: boolean): Event[] {
    const events: Event[] = [];
    const path = argument ? this.relevantPath(awaited(argument)) : null;
    if (argument && path !== null) events.push({ t: "escape", path, name: displayName(awaited(argument)) });
    if (isStatement) events.push({ t: "exit" });
    return events;
  }

  /** Events of an arrow function's expression body, which is returned. */
  implicitReturnEvents(body: Node): Event[] {
    return this.returnEvents(body);
  }

  /** Fresh values bound to every relevant identifier of a pattern (catch params, for-of heads). */
  bindPatternFresh(pattern: Node, iterated: Node | null = null): Event[] {
    const lookup = iterated !== null && this.isLookup(iterated);
    const guard = lookup && iterated ? this.guardOf(iterated) : null;
    return this.bindEvents(pattern, null).map((e) => (e.t === "bind" && lookup ? { ...e, lookup, guard } : e));
  }

  private returnEvents(argument: Node | null | undefined): Event[] {
    const events: Event[] = [];
    if (argument) {
      let inner = skipTypeWrappers(argument);
      while (inner.type === T.SequenceExpression) inner = skipTypeWrappers(inner.expressions[inner.expressions.length - 1] as Node);
      const unwrapped = inner.type === T.AwaitExpression ? skipTypeWrappers(inner.argument) : inner;
      const path = this.relevantPath(unwrapped);
      events.push({ t: "return", path });
    } else {
      events.push({ t: "return", path: null });
    }
    events.push({ t: "exit" });
    return events;
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

  /** The variable a call's (awaited) result is declared into (element 1 of a tuple for releasers). */
  private resultBindingOf(call: Node, element: number | "releaser" | null = null): { path: PathKey; name: string }[] {
    let value: Node = call;
    let { parent } = valueParent(value);
    if (parent && parent.type === T.AwaitExpression) {
      value = parent;
      parent = valueParent(value).parent;
    }
    if (!parent || parent.type !== T.VariableDeclarator || parent.init !== value) return [];
    let id: Node | null = parent.id;
    // A releaser may come alone or as element 1 of a \`[value, release]\` tuple.
    if (element === "releaser" && id.type === T.ArrayPattern) id = id.elements[1] ?? null;
    else if (typeof element === "number") id = id.type === T.ArrayPattern ? (id.elements[element] ?? null) : null;
    if (!id || id.type !== T.Identifier) return [];
    return [{ path: this.scope.keyOfIdentifier(id), name: id.name }];
  }

  /** The acquisition a declarator's initializer performs, when its handle is the bound result. */
  private resultAcquireOf(declarator: TSESTree.VariableDeclarator): Event[] {
    if (!declarator.init) return [];
    let init = skipTypeWrappers(declarator.init);
    if (init.type === T.AwaitExpression) init = skipTypeWrappers(init.argument);
    if (init.type !== T.CallExpression && init.type !== T.NewExpression) return [];
    const m = this.matched.get(init);
    if (!m && this.summaryOfCall(init)?.acquires) {
      return this.resultBindingOf(init).map(({ path, name }) => ({ t: "acquire" as const, path, name, anyCall: false }));
    }
    if (!m || m.handle !== null || (m.operation !== "acquire" && m.operation !== "get")) return [];
    const anyCall = m.kind.throwModel === "any-call";
    return this.boundHandlesOf(init, m).map(({ path, name }) => ({ t: "acquire" as const, path, name, anyCall }));
  }

  private callEvents(call: TSESTree.CallExpression | TSESTree.NewExpression): Event[] {
    const m = this.matched.get(call);
    const releaserPut = this.releaserPutOf(call);
    if (releaserPut) {
      const lock = this.locks.lockEvents(call) ?? [];
      return [releaserPut, ...lock];
    }
    if (m && m.handle === null) return [];
    if (m && m.handle) {
      const path = this.scope.pathOf(m.handle);
      if (path === null) return [];
      const name = displayName(m.handle);
      const concurrency = m.kind.concurrency;
      const anyCall = m.kind.throwModel === "any-call";
      if (m.operation === "acquire") return [{ t: "acquire", path, name, anyCall }];
      const shared = this.isShared(path);
      if (m.operation === "tryGet") return [{ t: "tryGet", path, name, fact: `c${call.range[0]}`, concurrency, shared, anyCall }];
      if (m.operation === "get") return [{ t: "get", path, name, concurrency, shared, anyCall }];
      if (m.operation === "sink") return [this.sink(path, name, call.callee, null, false)];
      const events: Event[] = [{ t: m.operation, path, name }];
      const lockArg = m.operation === "put" ? lockingPutArg(call) : null;
      if (lockArg) {
        const fact = resultIsChecked(call) ? `c${call.range[0]}` : null;
        if (fact !== null) events.push({ t: "lockIf", key: lockKeyOf(lockArg, (n) => this.scope.pathOf(n)), fact });
      }
      return events;
    }
    const lockEvents = this.locks.lockEvents(call);
    if (lockEvents) return lockEvents;
    const events: Event[] = [];
    const summary = this.summaryOfCall(call);
    const { name, receiver } = calleeParts(call.callee);
    const callSink = name !== null && receiver === null ? CALL_SINKS.get(name) : undefined;
    const containerSink =
      call.type === T.CallExpression && name !== null && receiver !== null && CONTAINER_SINKS.has(name);
    const freshContainer = containerSink && receiver !== null && this.isFreshLocal(receiver);
    const messageSink = call.type === T.CallExpression && name !== null && MESSAGE_SINKS.has(name);
    const fact = callSink?.fallible ? this.resultFactOf(call) : null;
    const sink = (path: PathKey, label: string): Event => this.sink(path, label, call.callee, fact, false);
    call.arguments.forEach((arg, index) => {
      if (arg.type === T.SpreadElement) return;
      if (call.type === T.NewExpression && name === "Worker" && index === 1) {
        events.push(...this.workerDataEvents(arg, call));
        return;
      }
      let target: Node = arg;
      const sinkArg = callSink && (index === callSink.arg || (callSink.rest && index > callSink.arg));
      if (sinkArg && callSink.field) {
        const a = skipTypeWrappers(arg);
        if (a.type === T.MemberExpression) target = a.object;
      }
      const path = this.relevantPath(target);
      if (path === null) return;
      const label = displayName(target);
      if (summary?.consumes.has(index)) events.push({ t: "put", path, name: label });
      else if (summary?.borrows) events.push({ t: "use", path });
      else if (sinkArg || (messageSink && index === 0)) events.push(sink(path, label));
      else if (containerSink && freshContainer) events.push({ t: "escape", path, name: label });
      else if (containerSink) events.push(sink(path, label));
      else events.push({ t: "pass", path });
    });
    return events;
  }

  /** `new Worker(url, { workerData: handle })` hands the handle to the worker. */
  private workerDataEvents(options: Node, call: TSESTree.NewExpression): Event[] {
    const o = skipTypeWrappers(options);
    if (o.type !== T.ObjectExpression) return [];
    const events: Event[] = [];
    for (const property of o.properties) {
      if (property.type !== T.Property || property.computed) continue;
      const key = property.key.type === T.Identifier ? property.key.name : null;
      const path = this.relevantPath(property.value);
      if (key !== "workerData" || path === null) continue;
      events.push(this.sink(path, displayName(property.value), call.callee, null, false));
    }
    return events;
  }

  /** A local initialised with a literal or `new …`: pushing into it keeps the handle in this function. */
  private isFreshLocal(receiver: Node): boolean {
    const r = skipTypeWrappers(receiver);
    if (r.type !== T.Identifier) return false;
    const variable = this.scope.variableOf(r);
    if (!variable || !this.scope.isLocal(variable)) return false;
    return variable.defs.some((def) => {
      if (def.node.type !== T.VariableDeclarator || !def.node.init) return false;
      const init = skipTypeWrappers(def.node.init);
      return init.type === T.ArrayExpression || init.type === T.ObjectExpression || init.type === T.NewExpression;
    });
  }

  private identifierEvents(id: TSESTree.Identifier): Event[] {
    const path = this.relevantPath(id);
    if (path === null) return [];
    const { parent, child } = valueParent(id);
    if (!parent) return [];
    switch (parent.type) {
      case T.MemberExpression:
        if (parent.object === child) return [{ t: "use", path }];
        return parent.computed ? [{ t: "use", path }] : [];
      case T.CallExpression:
      case T.NewExpression:
        // Arguments are judged by the call; a callee is just read.
        return parent.callee === child ? [{ t: "use", path }] : [];
      case T.VariableDeclarator:
        return parent.init === child && parent.id.type !== T.Identifier ? [{ t: "use", path }] : [];
      case T.AssignmentExpression:
        if (parent.left === child) return [];
        return parent.operator === "=" ? [] : [{ t: "use", path }];
      case T.ReturnStatement:
        return [];
      case T.ArrowFunctionExpression:
        return parent.body === child ? [] : [{ t: "use", path }];
      case T.UpdateExpression:
        return [];
      case T.Property:
        // `new Worker(url, { workerData: dev })` is judged by the call; any other `{ dev }` stores
        // the handle in a new object.
        if (isWorkerData(parent)) return [];
        return [{ t: "escape", path, name: id.name }];
      default:
        return this.isTestPosition(child) ? [{ t: "use", path }] : [{ t: "escape", path, name: id.name }];
    }
  }

  /** Is the value of this expression only tested or compared, never kept? */
  private isTestPosition(node: Node): boolean {
    let child = node;
    let parent = node.parent;
    while (parent) {
      switch (parent.type) {
        case T.IfStatement:
        case T.WhileStatement:
        case T.DoWhileStatement:
        case T.ForStatement:
          return parent.test === child;
        case T.ConditionalExpression:
          if (parent.test === child) return true;
          break;
        case T.UnaryExpression:
        case T.BinaryExpression:
        case T.SwitchStatement:
        case T.SwitchCase:
        case T.TemplateLiteral:
        case T.AwaitExpression:
        case T.ExpressionStatement:
          return true;
        case T.LogicalExpression:
          break;
        case T.TSAsExpression:
        case T.TSNonNullExpression:
        case T.TSSatisfiesExpression:
        case T.TSTypeAssertion:
        case T.ChainExpression:
          break;
        default:
          return false;
      }
      child = parent;
      parent = parent.parent;
    }
    return false;
  }

  private bindEvents(target: Node, value: Node | null | undefined): Event[] {
    const t = skipTypeWrappers(target);
    if (t.type === T.Identifier || t.type === T.MemberExpression) {
      const key = this.scope.pathOf(t);
      if (key === null || !this.relevant.has(rootOf(key))) {
        if (key !== null && this.factVars.has(key)) {
          return [
            {
              t: "bind",
              target: key,
              source: null,
              sourceName: "",
              fact: value ? this.resultFactOf(value) : null,
              literal: value ? booleanLiteral(value) : null,
              lookup: false,
              guard: null,
            },
          ];
        }
        return [];
      }
      // `const c = await pending` aliases the promise's result with the promise: same handle.
      const source = value ? this.relevantPath(awaited(value)) : null;
      const lookup = value ? this.isLookup(value) : false;
      // A handle read from shared memory goes by the local that holds it (`o`, not `globalObj`).
      const named = lookup && key.startsWith("v") ? t : value ? awaited(value) : null;
      const sourceName = named && source !== null ? displayName(named) : "";
      const guard = value && lookup ? this.guardOf(value) : null;
      return [{ t: "bind", target: key, source, sourceName, fact: value ? this.resultFactOf(value) : null, literal: null, lookup, guard }];
    }
    // Destructuring: every relevant identifier bound by the pattern gets a fresh value.
    const events: Event[] = [];
    walkAll(t, (node) => {
      if (node.type !== T.Identifier) return;
      const { parent } = valueParent(node);
      if (parent && parent.type === T.Property && parent.key === node && !parent.shorthand) return;
      if (parent && parent.type === T.MemberExpression && parent.property === node) return;
      const key = this.scope.pathOf(node);
      if (key !== null && this.relevant.has(rootOf(key))) {
        events.push({ t: "bind", target: key, source: null, sourceName: "", fact: null, literal: null, lookup: false, guard: null });
      }
    });
    return events;
  }

  private assignmentEvents(node: TSESTree.AssignmentExpression): Event[] {
    const left = skipTypeWrappers(node.left);
    const rightPath = node.operator === "=" ? this.relevantPath(node.right) : null;
    const leftPath = this.scope.pathOf(left);
    const leftIsLocalVariable = left.type === T.Identifier && leftPath !== null && leftPath.startsWith("v");
    if (leftIsLocalVariable || left.type === T.ObjectPattern || left.type === T.ArrayPattern) {
      return this.bindEvents(left, node.operator === "=" ? node.right : null);
    }
    // A store into a field, a container slot or a shared variable outlives this call: a hand-off.
    const events: Event[] = [];
    if (rightPath !== null) {
      events.push(this.sink(rightPath, displayName(node.right), node, null, false));
    }
    if (leftPath !== null && this.relevant.has(rootOf(leftPath))) {
      events.push({ t: "bind", target: leftPath, source: null, sourceName: "", fact: null, literal: null, lookup: false, guard: null });
    }
    return events;
  }

  /** A closure or class captures handles: a known deferred sink takes a reference, anything else escapes. */
  private captureEvents(node: Node): Event[] {
    const captured = new Map<PathKey, string>();
    walkAll(node, (inner) => {
      if (inner.type !== T.Identifier || inner === (node as { id?: Node | null }).id) return;
      const variable = this.scope.variableOf(inner);
      if (!variable) return;
      const key = this.scope.keyOf(variable);
      if (this.relevant.has(key) && this.scope.isLocal(variable)) captured.set(key, inner.name);
    });
    if (captured.size === 0) return [];
    if (this.isDisposerOfUsing(node)) return [];
    const call = isFunction(node) ? deferredCallOf(node) : null;
    if (!call) return [...captured].map(([path, name]): Event => ({ t: "escape", path, name }));
    const putInside = this.pathsPutInside(node);
    return [...captured].map(
      ([path, name]): Event => this.sink(path, name, call.callee, null, putInside.has(name)),
    );
  }

  private sink(path: PathKey, name: string, at: Node, fact: string | null, putsInside: boolean): Event {
    return { t: "sink", path, name, at, fact, putsInside, owes: this.owingRoots.has(rootOf(path)) };
  }

  /** Names of the handles a closure puts (by the identifier it uses for them). */
  private pathsPutInside(fn: Node): Set<string> {
    const names = new Set<string>();
    walkAll(fn, (node) => {
      if (node.type !== T.CallExpression) return;
      const m = this.table.match(node);
      if (m && m.operation === "put" && m.handle) names.add(displayName(m.handle));
    });
    return names;
  }

  /** `using d = { [Symbol.dispose]() { kref_put(x.ref, …) } }`: the disposer runs at scope exit. */
  private isDisposerOfUsing(fn: Node): boolean {
    const property = fn.parent;
    if (!property || property.type !== T.Property && property.type !== T.MethodDefinition) return false;
    const object = property.parent;
    if (!object || object.type !== T.ObjectExpression) return false;
    const declarator = valueParent(object).parent;
    if (!declarator || declarator.type !== T.VariableDeclarator) return false;
    const declaration = declarator.parent;
    if (!declaration || declaration.type !== T.VariableDeclaration) return false;
    return declaration.kind === "using" || declaration.kind === "await using";
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

  /** The condition a branch on `test` establishes, or null when it tells nothing. */
  conditionOf(test: Node, mode: "truthy" | "nullish"): Condition | null {
    return conditionOf(this, test, mode);
  }
}
