// AST → lifetime events: the Classifier. The CFG builder asks it what each evaluated node does
// to handles (it is the builder's CfgSource); the solver applies the events (event-types.ts).
// Only nodes that touch a relevant path get events. It builds on the pre-scan's facts
// (prescan.ts) and asks shared.ts about shared memory, locks.ts about locks and throws.ts which
// nodes may throw. Calls known by name, whatever the kind, are listed in call-tables.ts.
import type { TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES as T } from "@typescript-eslint/types";
import type { FunctionNode, Node } from "../ast.js";
import { booleanLiteral, calleeParts, displayName, isFunction, skipTypeWrappers, valueParent, walkAll } from "../ast.js";
import {
  CALL_SINKS,
  CONTAINER_SINKS,
  MESSAGE_SINKS,
  awaited,
  deferredCallOf,
  isStoredArgument,
  isWorkerData,
  resultIsChecked,
} from "../call-tables.js";
import type { Assertion, CfgSource, ThrowVerdict } from "../cfg/source.js";
import { conditionOf } from "../conditions.js";
import type { Condition, Event, SummaryLookup } from "../event-types.js";
import type { KindTable } from "../kinds/kinds.js";
import { lockKeyOf } from "../kinds/locks.js";
import type { FunctionScope, PathKey } from "../scope.js";
import { rootOf } from "../scope.js";
import { FunctionLocks, lockingPutArg } from "./locks.js";
import { boundCalls } from "./bindings.js";
import { FunctionFacts } from "./prescan.js";
import { SharedMemory } from "./shared.js";
import { isResolveOfPromisedCheckout } from "./lifecycles.js";
import { isTempPath } from "./temps.js";
import { isReleasingLink } from "./chains.js";
import { mayThrow } from "./throws.js";
import type { KeeperContext } from "./keepers.js";
import { isConditionalTransfer, mayKeepParam } from "./keepers.js";
import { isNothrowBuiltin } from "./builtins.js";
import { assertionOf } from "./assertions.js";
import { isInertAtEntry } from "./inert.js";

export class Classifier extends FunctionFacts implements CfgSource {
  /** Shared memory and `@kref-guarded-by` guards. */
  private readonly shared: SharedMemory;
  /** The initializer of the variable an identifier refers to, if it has exactly one. */
  readonly initOf: (id: TSESTree.Identifier) => Node | null;

  constructor(
    fn: FunctionNode,
    scope: FunctionScope,
    table: KindTable,
    summaries: SummaryLookup | null = null,
    /** `@kref-guarded-by` lock names by shared location (`globalObj`, `this.cache`, `static x`). */
    guards: ReadonlyMap<string, string> = new Map(),
  ) {
    const shared = new SharedMemory(scope, guards);
    super(fn, scope, table, summaries, new FunctionLocks(scope, table, shared.initOf));
    this.shared = shared;
    this.initOf = shared.initOf;
  }

  /** The access path of an expression, or null when it is not a plain path. */
  pathOf(expression: Node): PathKey | null {
    return this.scope.pathOf(expression);
  }

  /** Locals declared directly in the scope `node` opens that can hold a handle. */
  relevantLocalsOf(node: Node): PathKey[] {
    return this.scope.localsDeclaredBy(node).filter((k) => this.relevant.has(k));
  }

  /** May this evaluated node throw (for exceptional edges)? See throws.ts. */
  mayThrow(node: Node): ThrowVerdict {
    return mayThrow(node, this);
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

  /** Events of an evaluated node, after its sub-expressions were evaluated. */
  eventsOf(node: Node): Event[] {
    const events = this.ownEventsOf(node);
    return this.temps ? this.temps.eventsAt(node, events) : events;
  }

  private ownEventsOf(node: Node): Event[] {
    switch (node.type) {
      case T.CallExpression:
      case T.NewExpression:
        return this.callEvents(node);
      case T.Identifier:
        return this.identifierEvents(node);
      case T.VariableDeclarator: {
        const lock = this.locks.acquiredLockOf(node.init);
        const binds = [...this.bindEvents(node.id, node.init), ...this.resultAcquireOf(node.init)];
        return lock === null ? binds : [...binds, { t: "lock", key: lock }];
      }
      case T.AwaitExpression:
        return [{ t: "await" }, ...this.awaitedAcquireOf(node)];
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
   * The acquisitions a bound value performs, when their handles are the bound result: the
   * initializer of a declarator or the right side of an assignment to a local (each element of
   * `await Promise.all([…])` destructured).
   */
  private resultAcquireOf(value: Node | null | undefined): Event[] {
    if (!value) return [];
    return boundCalls(value).flatMap((call): Event[] => {
      const m = this.matched.get(call);
      const summary = m ? null : this.summaryOfCall(call);
      if (summary?.acquires) {
        const nullable = summary.nullable;
        return this.resultBindingOf(call).map(({ path, name }) => ({ t: "acquire" as const, path, name, anyCall: false, nullable }));
      }
      if (!m || m.handle !== null || (m.operation !== "acquire" && m.operation !== "get")) return [];
      const anyCall = m.kind.throwModel === "any-call";
      return this.boundHandlesOf(call, m).map(({ path, name }) => ({ t: "acquire" as const, path, name, anyCall }));
    });
  }

  /** Is this call's value awaited right away (`await x.connect()`)? */
  private isAwaited(call: Node): boolean {
    const { parent } = valueParent(call);
    return !!parent && parent.type === T.AwaitExpression;
  }

  /**
   * An awaited acquire whose handle is its receiver or an argument (`await client.connect()` of a
   * pg Client): the handle is held only once the await settles without throwing, so the acquire
   * belongs to the await, after its exceptional edge.
   */
  private awaitedAcquireOf(node: TSESTree.AwaitExpression): Event[] {
    const call = skipTypeWrappers(node.argument);
    const m = this.matched.get(call);
    if (!m || !m.handle || m.operation !== "acquire") return [];
    const path = this.scope.pathOf(m.handle);
    if (path === null) return [];
    return [{ t: "acquire", path, name: displayName(m.handle), anyCall: m.kind.throwModel === "any-call" }];
  }

  private callEvents(call: TSESTree.CallExpression | TSESTree.NewExpression): Event[] {
    const m = this.matched.get(call);
    const releaserPut = this.releaserPutOf(call);
    if (releaserPut) {
      const lock = this.locks.lockEvents(call) ?? [];
      return [releaserPut, ...lock];
    }
    if (m && m.handle === null) return [];
    // `await client.connect()`: the connection is held once the await succeeds (awaitedAcquireOf).
    if (m && m.handle && m.operation === "acquire" && this.isAwaited(call)) return [];
    if (m && m.handle) {
      const path = this.scope.pathOf(m.handle) ?? this.temps?.pathOf(m.handle) ?? null;
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
    // `resolve(conn)` in the checkout callback of `new Promise(…)`: the handle goes to the promise's value.
    const resolves = call.arguments.length === 1 && this.relevantPath(call.arguments[0] as Node) !== null && isResolveOfPromisedCheckout(call, this.table);
    const fact = callSink?.fallible ? this.resultFactOf(call) : null;
    const sink = (path: PathKey, label: string): Event => this.sink(path, label, call.callee, fact, false);
    // `p.finally(release)`, `p.then(release, release)`: the chain calls the releaser, once.
    const releasing = call.type === T.CallExpression && isReleasingLink(call, (arg) => this.releasesHandle(arg));
    const released = new Set<PathKey>();
    call.arguments.forEach((arg, index) => {
      if (arg.type === T.SpreadElement) return;
      if (releasing && arg.type === T.Identifier && this.releasesHandle(arg)) {
        const path = this.scope.keyOfIdentifier(arg);
        if (!released.has(path)) events.push({ t: "put", path, name: arg.name });
        released.add(path);
        return;
      }
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
      // A sink takes only the argument it keeps (the value of `map.set(k, v)`), and only when that
      // argument may be a handle: `e.id` of a handle `e` is a plain value.
      const stored = containerSink && isStoredArgument(name, index, call.arguments.length);
      const handOff = (!!sinkArg || (messageSink && index === 0) || stored || resolves) && this.handlePath(target) !== null;
      if (summary?.consumes.has(index)) events.push({ t: "put", path, name: label });
      else if (summary?.borrows) events.push({ t: "use", path });
      else if (handOff && containerSink && freshContainer) events.push({ t: "escape", path, name: label });
      else if (handOff) events.push(sink(path, label));
      else if (this.keepsPassed(call, index, path)) events.push({ t: "pass", path, keeps: true });
      else if (this.passBorrowed.has(path) && !(call.type === T.CallExpression && this.sameFileFunctionOf(call) !== null)) {
        // The kind's handles move only through its named operations; a function of this file
        // is known code and may still put its parameter (its summary, when it has one, decided above).
        events.push({ t: "use", path });
      } else events.push({ t: "pass", path });
    });
    return events;
  }

  /**
   * Does this call keep the handle passed as argument `index` (keepers.ts): for a kind whose
   * handles calls only borrow, a same-file function that keeps its parameter (when this function
   * never puts the handle itself); or a call the kinds do not describe whose destructured result
   * decides every put of the handle?
   */
  private keepsPassed(call: TSESTree.CallExpression | TSESTree.NewExpression, index: number, path: PathKey): boolean {
    const callee = call.type === T.CallExpression ? this.sameFileFunctionOf(call) : null;
    // A function that puts the handle itself on some path lends it (DESIGN §2.2), whoever the callee.
    if (callee !== null && this.passBorrowed.has(path) && !this.putPaths.has(path) && mayKeepParam(callee, index, this.keeperContext, this.keepers)) {
      return true;
    }
    // A conditional transfer needs puts to decide; most passed handles have none to look at.
    const puts = this.putCalls.get(path);
    if (!puts || this.matchOf(call) || this.isKindObjectCall(call) || isNothrowBuiltin(call, this.scope)) return false;
    return isConditionalTransfer(call, puts, this.fn, this.keeperContext);
  }

  private readonly keepers = new Map<Node, Map<number, boolean>>();
  private readonly keeperContext: KeeperContext = {
    variableOf: (id) => this.scope.variableOf(id),
    sameFileFunctionOf: (call) => this.sameFileFunctionOf(call),
    endsHandle: (call) => {
      const m = this.matchCall(call);
      return m !== null && (m.operation === "put" || m.operation === "sink");
    },
  };

  /** Is this a method call on an object this function uses as some kind's (`vm.typeof(h)`)? */
  private isKindObjectCall(call: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
    const { receiver } = call.type === T.CallExpression ? calleeParts(call.callee) : { receiver: null };
    const path = receiver ? this.scope.pathOf(receiver) : null;
    return path !== null && this.usesAsKindObject(path);
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
        // `client.end.bind(client)`, `on("drain", conn.release)`: the put itself is handed to code
        // that runs later (silent from here on).
        if (parent.object === child && this.isPutMethodValue(parent, path)) return [{ t: "escape", path, name: id.name }];
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

  /** `h.put` read as a value (not called) where `put` is a put method of the handle's kind. */
  private isPutMethodValue(member: TSESTree.MemberExpression, path: PathKey): boolean {
    if (member.computed || member.property.type !== T.Identifier || !this.isPutMethodOf(path, member.property.name)) return false;
    const { parent, child } = valueParent(member);
    return !(parent && parent.type === T.CallExpression && parent.callee === child);
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
      // A lookup by a call (`registry.get(k)`) has no source path: the local names it.
      const sourceName = named && (source !== null || named === t) ? displayName(named) : "";
      const guard = value && lookup ? this.guardOf(value) : null;
      const bind: Event = { t: "bind", target: key, source, sourceName, fact: value ? this.resultFactOf(value) : null, literal: null, lookup, guard };
      // A variable that takes over an acquire's temporary value, or awaits a pending acquisition,
      // names the handle from now on (`client`, not `pending`).
      const takesOver = source !== null && value && (isTempPath(source) || skipTypeWrappers(value).type === T.AwaitExpression);
      return [takesOver && t.type === T.Identifier ? { ...bind, named: t.name } : bind];
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
    // Only a handle is handed off by a store: `port.index = e.id` keeps a plain value.
    const rightPath = node.operator === "=" ? this.handlePath(node.right) : null;
    const leftPath = this.scope.pathOf(left);
    const leftIsLocalVariable = left.type === T.Identifier && leftPath !== null && leftPath.startsWith("v");
    if (leftIsLocalVariable || left.type === T.ObjectPattern || left.type === T.ArrayPattern) {
      const binds = this.bindEvents(left, node.operator === "=" ? node.right : null);
      return node.operator === "=" ? [...binds, ...this.resultAcquireOf(node.right)] : binds;
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
    // `p.then(ok, err)` where both put a handle: one reference goes to the pair, taken by `ok`.
    const partner = call.type === T.CallExpression && call.arguments[1] === node && isReleasingLink(call, (arg) => this.releasesHandle(arg)) ? call.arguments[0] : undefined;
    const sharedPuts = partner ? this.pathsPutInside(partner) : new Set<string>();
    return [...captured]
      .filter(([, name]) => !(putInside.has(name) && sharedPuts.has(name)))
      .map(([path, name]): Event => this.sink(path, name, call.callee, null, putInside.has(name)));
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

  /** What a true answer of an active kind's liveness query means, if `name` is one. */
  livenessOf(name: string, call: boolean): "live" | "dead" | null {
    return this.table.livenessOf(name, call);
  }

  isStaticHandle(member: TSESTree.MemberExpression): boolean {
    if (member.computed || member.property.type !== T.Identifier) return false;
    const name = member.property.name;
    const path = this.scope.pathOf(member.object);
    if (path === null) return false;
    for (const [kind, paths] of this.kindReceivers) if (kind.staticHandles?.includes(name) && paths.has(path)) return true;
    return false;
  }

  /** The assertion a statement-level call makes (assertions.ts), when its condition narrows. */
  assertionOf(call: TSESTree.CallExpression): Assertion | null {
    const assertion = assertionOf(call, this.scope);
    // Only an assertion that tells something about the state is a branch; any other is an
    // ordinary call, which throws as the kinds' throw models say.
    const mode = assertion?.failsWhenNullish ? "nullish" : "truthy";
    return assertion && this.conditionOf(assertion.condition, mode) !== null ? assertion : null;
  }

  /** Any assertion assertions.ts recognises, narrowing or not: the sparse start never skips one. */
  isAssertion(call: TSESTree.CallExpression): boolean {
    return assertionOf(call, this.scope) !== null;
  }

  /** Can the builder leave this statement out at the start of a body that starts holding nothing? */
  inertAtEntry(statement: Node): boolean {
    return isInertAtEntry(statement, this);
  }

  /** The condition a branch on `test` establishes, or null when it tells nothing. */
  conditionOf(test: Node, mode: "truthy" | "nullish"): Condition | null {
    return conditionOf(this, test, mode);
  }
}

