// Name resolution for one function, on top of the scope manager ESLint already built.
// Only the structural part of the scope-manager API is used, so both eslint-scope (espree)
// and @typescript-eslint/scope-manager work.
import type { TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES as T } from "@typescript-eslint/types";
import type { FunctionNode, Node } from "./ast.js";
import { skipTypeWrappers } from "./ast.js";
import { isInlined } from "./sync-callbacks.js";

export interface VariableLike {
  readonly name: string;
  readonly identifiers: readonly Node[];
  readonly scope: ScopeLike;
  readonly defs: readonly { readonly type: string; readonly node: Node }[];
  /** Where the variable is read or written (eslint-scope's `references`). */
  readonly references?: readonly ReferenceLike[];
}
export interface ReferenceLike {
  readonly identifier: Node;
  readonly resolved: VariableLike | null;
}
export interface ScopeLike {
  readonly type: string;
  readonly block: Node;
  readonly variables: readonly VariableLike[];
  readonly references: readonly ReferenceLike[];
  readonly childScopes: readonly ScopeLike[];
  readonly variableScope: ScopeLike;
  readonly upper: ScopeLike | null;
}
export interface ScopeManagerLike {
  acquire(node: Node, inner?: boolean): ScopeLike | null;
}

/**
 * A path names a value by an access path from a root: `v3` (local variable 3), `o7.next`
 * (a variable of an enclosing scope, then `.next`), `g:globalObj`, `this.dev`.
 * Locals start with "v"; everything else is shared with code outside the function.
 */
export type PathKey = string;

/**
 * Names shared by every function of one file: variable numbers (so a captured variable has the
 * same number inside and outside a callback) and identifier → variable resolution, indexed once
 * per scope tree rather than once per analysed function.
 */
export class FileNames {
  readonly ids = new Map<VariableLike, number>();
  private readonly byIdentifier = new Map<Node, VariableLike | null>();
  /** Scopes whose subtrees are indexed. */
  private readonly indexed = new Set<ScopeLike>();
  /** The file's top scope, once every scope of the file is indexed. */
  private whole: ScopeLike | null = null;
  private top: ScopeLike | null = null;
  private ranges: [number, number][] = [];

  /**
   * Indexes the scope tree under `scope` (an analysed function), once: its declarations and its
   * references, resolved or not (an unresolved one is a global). Most of a file is never analysed,
   * so the rest is indexed only when an identifier outside every indexed tree is asked for.
   */
  index(scope: ScopeLike): void {
    if (this.whole) return;
    for (let s: ScopeLike | null = scope; s; s = s.upper) {
      if (this.indexed.has(s)) return;
      if (!s.upper) this.top = s;
    }
    this.indexTree(scope);
  }

  private indexTree(root: ScopeLike): void {
    this.indexed.add(root);
    // Indexed source ranges, disjoint and sorted: an outer tree replaces the inner ones it covers.
    const [start, end] = root.block.range;
    this.ranges = this.ranges.filter(([s, e]) => s < start || e > end);
    this.ranges.push([start, end]);
    this.ranges.sort((a, b) => a[0] - b[0]);
    const stack: ScopeLike[] = [root];
    while (stack.length > 0) {
      const current = stack.pop() as ScopeLike;
      for (const variable of current.variables) {
        for (const id of variable.identifiers) this.byIdentifier.set(id, variable);
      }
      for (const ref of current.references) this.byIdentifier.set(ref.identifier, ref.resolved);
      for (const child of current.childScopes) if (!this.indexed.has(child)) stack.push(child);
    }
  }

  private covers(offset: number): boolean {
    let lo = 0;
    let hi = this.ranges.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.ranges[mid] as [number, number])[0] <= offset) lo = mid + 1;
      else hi = mid;
    }
    const range = this.ranges[lo - 1];
    return range !== undefined && offset < range[1];
  }

  variableOf(identifier: Node): VariableLike | null {
    const known = this.byIdentifier.get(identifier);
    if (known !== undefined) return known;
    // Inside an indexed tree, an identifier that is neither declaration nor reference (a
    // property name) resolves to nothing. Outside every indexed tree (an enclosing function's
    // code), the whole file is indexed, once.
    if (!this.whole && this.top && !this.covers(identifier.range[0])) {
      this.whole = this.top;
      this.indexTree(this.top);
      return this.byIdentifier.get(identifier) ?? null;
    }
    return null;
  }
}

export class FunctionScope {
  private readonly ids: Map<VariableLike, number>;
  /** Keys handed out by this function, back to their variables. */
  private readonly byKey = new Map<PathKey, VariableLike>();
  readonly root: ScopeLike;

  constructor(
    root: ScopeLike,
    private readonly names: FileNames,
    private readonly manager: ScopeManagerLike,
  ) {
    this.root = root;
    this.ids = names.ids;
    names.index(root);
  }

  static of(manager: ScopeManagerLike, fn: FunctionNode, names: FileNames): FunctionScope | null {
    const scope = manager.acquire(fn, true);
    return scope ? new FunctionScope(scope, names, manager) : null;
  }

  variableOf(identifier: Node): VariableLike | null {
    return this.names.variableOf(identifier);
  }

  /**
   * True when the variable is declared by this function itself, or by a synchronous callback
   * inlined into it (not by an enclosing function or a callback that runs at another time).
   */
  isLocal(variable: VariableLike): boolean {
    let scope = variable.scope.variableScope;
    while (scope !== this.root) {
      if (scope.type !== "function" || !scope.upper || !isInlined(scope.block)) return false;
      scope = scope.upper.variableScope;
    }
    return true;
  }

  keyOf(variable: VariableLike): PathKey {
    // Asked for every identifier the pre-scan and the builder look at: a variable's key (its
    // file-wide id, and whether it is local here) never changes, so it is made once.
    const known = this.keys.get(variable);
    if (known !== undefined) return known;
    let id = this.ids.get(variable);
    if (id === undefined) {
      id = this.ids.size + 1;
      this.ids.set(variable, id);
    }
    const key = (this.isLocal(variable) ? "v" : "o") + String(id);
    this.byKey.set(key, variable);
    this.keys.set(variable, key);
    return key;
  }
  private readonly keys = new Map<VariableLike, PathKey>();

  /** Is the key's variable declared at module or global scope (memory every caller shares)? */
  isModuleLevelKey(key: PathKey): boolean {
    const variable = this.byKey.get(key);
    return variable !== undefined && (variable.scope.type === "module" || variable.scope.type === "global");
  }

  /** The source name of the variable a key stands for, when it is one of this function's. */
  nameOfKey(key: PathKey): string | null {
    const variable = this.byKey.get(key);
    if (variable) return variable.name;
    return key.startsWith("g:") ? key.slice(2) : null;
  }

  /** The key of the variable `name` visible from this function (enclosing scopes included). */
  keyOfName(name: string): PathKey | null {
    for (let scope: ScopeLike | null = this.root; scope; scope = scope.upper) {
      const variable = scope.variables.find((v) => v.name === name);
      if (variable) return this.keyOf(variable);
    }
    return null;
  }

  keyOfIdentifier(identifier: TSESTree.Identifier): PathKey {
    const variable = this.variableOf(identifier);
    return variable ? this.keyOf(variable) : `g:${identifier.name}`;
  }

  /** The access path of an expression, or null when it is not a plain path. */
  pathOf(expression: Node): PathKey | null {
    const e = skipTypeWrappers(expression);
    if (e.type === T.Identifier) return this.keyOfIdentifier(e);
    if (e.type === T.ThisExpression) return "this";
    if (e.type === T.MemberExpression && !e.computed && e.property.type === T.Identifier) {
      const base = this.pathOf(e.object);
      return base === null ? null : `${base}.${e.property.name}`;
    }
    return null;
  }

  /** Local variables declared directly in the scope that `node` opens, if any. */
  localsDeclaredBy(node: Node): PathKey[] {
    const scope = this.manager.acquire(node, true);
    if (!scope || scope.block !== node) return [];
    return scope.variables.filter((v) => this.isLocal(v)).map((v) => this.keyOf(v));
  }
}

export function rootOf(path: PathKey): PathKey {
  const dot = path.indexOf(".");
  return dot < 0 ? path : path.slice(0, dot);
}

export function isLocalPath(path: PathKey): boolean {
  return path.startsWith("v");
}
