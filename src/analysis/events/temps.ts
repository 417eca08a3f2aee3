// Acquires whose result no variable binds: `vm.getString(vm.getProp(h, k))`,
// `call(await pool.connect())`, `(await pool.connect()).query(…)`, `vm.getProp(h, k).dispose()`,
// `const c = ok ? await pool.connect() : null`, `new Session(await pool.connect())`. The value gets
// a temporary path of its own (`$start-end`): the acquire binds it, the expression that takes the
// value operates on it (a put, a hand-off, a pass, a bind to the variable of a `?:`), and then
// kills it. A temporary that dies still owned was never put: it is reported where it was created.
// Values in any other position (discarded, stored in a literal, read as a property) stay untracked.
import type { TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES as T } from "@typescript-eslint/types";
import type { Node } from "../ast.js";
import { calleeParts, displayName, skipTypeWrappers, valueParent } from "../ast.js";
import type { Event } from "../event-types.js";
import type { MatchedCall, ResourceKind } from "../kinds/kinds.js";
import type { FunctionScope, PathKey } from "../scope.js";
import { isLocalPath } from "../scope.js";
import type { BindingNode } from "./bindings.js";
import { bindingNodeOf, consumerOf } from "./bindings.js";

/** Paths of temporary values start with `$` (locals with `v`, outer variables with `o`). */
export function isTempPath(path: PathKey): boolean {
  return path.startsWith("$");
}

interface Temp {
  readonly path: PathKey;
  /** How the value is named in reports: the call, `vm.getProp(…)`. */
  readonly name: string;
  readonly kind: ResourceKind;
}

/** A field of a constructed object that holds a temporary: `s.client` in `const s = new Session(t)`. */
interface FieldAlias {
  readonly target: PathKey;
  readonly name: string;
  readonly temp: PathKey;
}

/** Where an unbound acquire's value goes: the expression it stands for, and the node that kills it. */
interface Site {
  /** The value the temporary stands for: the call, or the `?:` / `??` it is a branch of. */
  readonly value: Node;
  readonly killer: Node;
  /** The call or `new` that takes the value as an argument, if one does. */
  readonly argumentOf: Node | null;
  /** `new C(t)` whose result a declaration or assignment binds: the binding kills the temporary. */
  readonly constructed: BindingNode | null;
}

/** Promise methods: a pending acquisition's receiver hands the handle to their callbacks. */
const PROMISE_METHODS = new Set(["then", "catch", "finally"]);

export class Temps {
  /** Temporaries by acquire call. */
  private readonly byCall = new Map<Node, Temp>();
  /** Temporaries by the value expression they stand for (the call, or a `?:` / `??`). */
  private readonly byValue = new Map<Node, Temp>();
  private readonly kills = new Map<Node, PathKey[]>();
  /** Temporaries that an unknown callee only borrows (the kind says so, or a field put shows it). */
  private readonly borrowed = new Set<PathKey>();
  private readonly fields = new Map<Node, FieldAlias>();
  /** Variables and fields that keep a `?:` / `??` value with an acquire in it (`const raw = c ? a() : b()`). */
  private readonly keepers: Node[] = [];

  /**
   * `calls`: the function's own tracked calls; `isBound`: a variable keeps the call's result (the
   * declaration binds it, no temporary needed); `isSameFile`: a call of a function of this file,
   * which is known code, not an unknown callee.
   */
  constructor(
    calls: readonly [Node, MatchedCall][],
    isBound: (call: Node) => boolean,
    isSameFile: (call: Node) => boolean,
    scope: FunctionScope,
  ) {
    const constructed = new Map<BindingNode, Temp[]>();
    const matched = new Map(calls);
    for (const [call, m] of calls) {
      if (m.handle !== null || !("result" in m.position) || isBound(call)) continue;
      const site = siteOf(call, m.kind, matched);
      if (!site) continue;
      const existing = this.byValue.get(site.value);
      // Both branches of one `?:` acquire into the same value.
      const temp: Temp = existing ?? { path: `$${site.value.range[0]}-${site.value.range[1]}`, name: labelOf(call), kind: m.kind };
      this.byCall.set(call, temp);
      if (existing) continue;
      this.byValue.set(site.value, temp);
      const kills = this.kills.get(site.killer);
      if (kills) kills.push(temp.path);
      else this.kills.set(site.killer, [temp.path]);
      // The kind's handles are never taken by being passed, except perhaps by a function of this
      // file (which may put its parameter on some path): that one stays a possible transfer.
      if (m.kind.passBorrows && !(site.argumentOf && isSameFile(site.argumentOf))) this.borrowed.add(temp.path);
      if (site.constructed) constructed.set(site.constructed, [...(constructed.get(site.constructed) ?? []), temp]);
      if (site.value !== call) this.keepers.push(targetOf(site.killer as BindingNode));
    }
    // One acquire given to a constructor whose object the function puts through a field.
    for (const [binding, temps] of constructed) {
      const alias = temps.length === 1 ? fieldAliasOf(binding, temps[0] as Temp, calls, scope) : null;
      if (!alias) continue;
      this.fields.set(binding, alias);
      this.borrowed.add(alias.temp);
    }
  }

  get size(): number {
    return this.byValue.size;
  }

  /** What keeps a branch value: its variable (or field) must be tracked to take the handle over. */
  keeperTargets(): readonly Node[] {
    return this.keepers;
  }

  paths(): PathKey[] {
    return [...this.byValue.values()].map((t) => t.path);
  }

  /** The temporary path an expression's value has, if it is one (through `await`). */
  pathOf(expression: Node): PathKey | null {
    let e = skipTypeWrappers(expression);
    if (e.type === T.AwaitExpression) e = skipTypeWrappers(e.argument);
    return (this.byValue.get(e) ?? this.byCall.get(e))?.path ?? null;
  }

  /**
   * A node's events with its temporaries: an acquire call binds its temporary first; passes of a
   * borrowed temporary are uses; a constructed object's field takes over its temporary; last,
   * the temporaries this node consumed die.
   */
  eventsAt(node: Node, events: Event[]): Event[] {
    const acquired = this.byCall.get(node);
    const kills = this.kills.get(node);
    const borrows = events.some((e) => e.t === "pass" && this.borrowed.has(e.path));
    if (!acquired && !kills && !borrows) return events;
    let out = borrows ? events.map((e): Event => (e.t === "pass" && this.borrowed.has(e.path) ? { t: "use", path: e.path } : e)) : [...events];
    if (acquired) {
      const anyCall = acquired.kind.throwModel === "any-call";
      out = [{ t: "acquire", path: acquired.path, name: acquired.name, anyCall }, ...out];
    }
    const alias = this.fields.get(node);
    if (alias) out.push(bind(alias.target, alias.temp, alias.name));
    for (const path of kills ?? []) out.push(bind(path, null, undefined));
    return out;
  }
}

function bind(target: PathKey, source: PathKey | null, named: string | undefined): Event {
  const e = { t: "bind", target, source, sourceName: "", fact: null, literal: null, lookup: false, guard: null } as const;
  return named === undefined ? e : { ...e, named };
}

/** Where an acquire's unbound value goes, when it is somewhere the analysis follows it. */
function siteOf(call: Node, kind: ResourceKind, matched: ReadonlyMap<Node, MatchedCall>): Site | null {
  const awaited = valueParent(call).parent?.type === T.AwaitExpression;
  const { parent, child } = consumerOf(call);
  if (!parent) return null;
  // An argument: the call consumes it; a constructed object may keep it until its binding.
  if ((parent.type === T.CallExpression || parent.type === T.NewExpression) && parent.arguments.includes(child as TSESTree.CallExpressionArgument)) {
    if (parent.type === T.NewExpression) {
      const up = valueParent(parent);
      const binding = bindingNodeOf(up.parent, up.child);
      if (binding) return { value: call, killer: binding, argumentOf: parent, constructed: binding };
    }
    return { value: call, killer: parent, argumentOf: parent, constructed: null };
  }
  // Dropped by an expression statement (`emitter.onDidChange(listener);`, `vm.newString(s);`): for
  // kinds whose handles nothing else can put, the value dies right where it is made.
  if (parent.type === T.ExpressionStatement && kind.reportDiscarded === true) return { value: call, killer: call, argumentOf: null, constructed: null };
  // Returned: the caller takes it over (`return new Promise(…)` of a wrapped checkout, lifecycles.ts).
  if (parent.type === T.ReturnStatement) return { value: call, killer: parent, argumentOf: null, constructed: null };
  // A receiver: `(await pool.connect()).query(…)`, or an operation of the same kind on it
  // (`vm.getProp(h, k).dispose()`). Other calls on an unawaited result may be on a look-alike
  // (`net.connect(port).on(…)`) or a promise (`pool.connect().then(…)`): not followed.
  if (parent.type === T.MemberExpression && parent.object === child) {
    const up = valueParent(parent);
    const outer = up.parent;
    if (!outer || outer.type !== T.CallExpression || outer.callee !== up.child) return null;
    const method = calleeParts(outer.callee).name;
    const follows = awaited ? method !== null && !PROMISE_METHODS.has(method) : matched.get(outer)?.kind === kind;
    return follows ? { value: call, killer: outer, argumentOf: null, constructed: null } : null;
  }
  // A branch of `?:`, or the right side of `??` / `||`, whose value a variable or a field keeps.
  const branch =
    (parent.type === T.ConditionalExpression && parent.test !== child) ||
    (parent.type === T.LogicalExpression && parent.right === child && parent.operator !== "&&");
  if (!branch) return null;
  const up = consumerOf(parent);
  const binding = bindingNodeOf(up.parent, up.child);
  if (!binding) return null;
  const target = targetOf(binding);
  if (target.type !== T.Identifier && target.type !== T.MemberExpression) return null;
  return { value: parent, killer: binding, argumentOf: null, constructed: null };
}

/** The variable or field a declaration or assignment writes. */
function targetOf(binding: BindingNode): Node {
  return binding.type === T.VariableDeclarator ? binding.id : skipTypeWrappers(binding.left);
}

/**
 * `const s = new Session(await pool.connect())` where the function itself puts `s.client` with
 * the acquire's kind: the constructor only kept a reference the function still owns, held in
 * that field. One such field, or none is assumed.
 */
function fieldAliasOf(binding: BindingNode, temp: Temp, calls: readonly [Node, MatchedCall][], scope: FunctionScope): FieldAlias | null {
  const target = binding.type === T.VariableDeclarator ? binding.id : skipTypeWrappers(binding.left);
  if (target.type !== T.Identifier) return null;
  const root = scope.keyOfIdentifier(target);
  if (!isLocalPath(root)) return null;
  const fields = new Map<PathKey, string>();
  for (const [, m] of calls) {
    if (m.operation !== "put" || m.kind !== temp.kind || !m.handle) continue;
    const path = scope.pathOf(m.handle);
    if (path !== null && path.startsWith(`${root}.`)) fields.set(path, displayName(m.handle));
  }
  if (fields.size !== 1) return null;
  const [[path, name]] = [...fields] as [[PathKey, string]];
  return { target: path, name, temp: temp.path };
}

/** How a call is named in reports: `vm.getProp(…)`, `pool.connect()`. */
function labelOf(call: Node): string {
  const e = skipTypeWrappers(call);
  switch (e.type) {
    case T.CallExpression:
    case T.NewExpression: {
      const callee = `${e.type === T.NewExpression ? "new " : ""}${labelOf(e.callee)}`;
      return `${callee}(${e.arguments.length > 0 ? "…" : ""})`;
    }
    case T.AwaitExpression:
      return labelOf(e.argument);
    case T.MemberExpression:
      return e.computed || e.property.type !== T.Identifier ? `${labelOf(e.object)}[…]` : `${labelOf(e.object)}.${e.property.name}`;
    case T.Identifier:
    case T.ThisExpression:
      return displayName(e);
    default:
      return "…";
  }
}
