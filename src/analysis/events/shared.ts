// Shared memory and its guards: which paths other code can reach (module variables, globals,
// fields of `this`), which reads look a handle up there, and which `@kref-guarded-by` lock guards
// a location.
import type { TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES as T } from "@typescript-eslint/types";
import type { Node } from "../ast.js";
import { calleeParts, skipTypeWrappers } from "../ast.js";
import { LOOKUP_METHODS } from "../call-tables.js";
import type { FunctionScope, PathKey } from "../scope.js";
import { rootOf } from "../scope.js";

export class SharedMemory {
  constructor(
    private readonly scope: FunctionScope,
    /** `@kref-guarded-by` lock names by shared location (`globalObj`, `this.cache`, `static x`). */
    private readonly guards: ReadonlyMap<string, string>,
  ) {}

  /** The initializer of the variable an identifier refers to, if it has exactly one. */
  readonly initOf = (id: TSESTree.Identifier): Node | null => {
    const variable = this.scope.variableOf(id);
    const def = variable?.defs[0];
    return def && def.node.type === T.VariableDeclarator && def.node.init ? def.node.init : null;
  };

  /** Does this path read memory other code shares: a module or global variable, a field of `this`? */
  isShared(path: PathKey): boolean {
    const root = rootOf(path);
    if (root === "this" || root.startsWith("g:")) return true;
    return root.startsWith("o") && this.scope.isModuleLevelKey(root);
  }

  /** The annotated lock guarding the shared location an expression reads, as a lock key. */
  guardOf(expression: Node): string | null {
    const lock = this.guardNameOf(expression);
    if (lock === null) return null;
    return lock.startsWith("this.") ? lock : (this.scope.keyOfName(lock) ?? `~${lock}`);
  }

  /** The lock name a `@kref-guarded-by` annotation gives the location an expression reads. */
  guardNameOf(expression: Node): string | null {
    if (this.guards.size === 0) return null;
    let e = skipTypeWrappers(expression);
    if (e.type === T.CallExpression) e = calleeParts(e.callee).receiver ?? e;
    if (e.type === T.MemberExpression && e.computed) e = e.object;
    e = skipTypeWrappers(e);
    let location: string | null = null;
    if (e.type === T.Identifier) location = e.name;
    else if (e.type === T.MemberExpression && !e.computed && e.property.type === T.Identifier) {
      location = e.object.type === T.ThisExpression ? `this.${e.property.name}` : `static ${e.property.name}`;
    }
    return location === null ? null : (this.guards.get(location) ?? null);
  }

  /** Does evaluating this expression look a handle up in shared memory? */
  isLookup(expression: Node): boolean {
    const e = skipTypeWrappers(expression);
    const path = this.scope.pathOf(e);
    if (path !== null) return this.isShared(path);
    if (e.type === T.MemberExpression && e.computed) {
      const base = this.scope.pathOf(e.object);
      return base !== null && this.isShared(base);
    }
    if (e.type === T.CallExpression) {
      const { name, receiver } = calleeParts(e.callee);
      const base = receiver ? this.scope.pathOf(receiver) : null;
      return name !== null && LOOKUP_METHODS.has(name) && base !== null && this.isShared(base);
    }
    return false;
  }
}
