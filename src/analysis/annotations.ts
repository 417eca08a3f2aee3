// JSDoc annotations: `@kref-acquires`, `@kref-consumes <param>`, `@kref-borrows` on functions,
// `@kref-guarded-by <lock>` on shared variables and fields. Read from the Program's comments.
import type { TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES as T } from "@typescript-eslint/types";
import type { Node } from "./ast.js";
import { isFunction, walkAll } from "./ast.js";

export interface FunctionTags {
  readonly acquires: boolean;
  readonly borrows: boolean;
  /** Parameter names the function consumes. */
  readonly consumes: readonly string[];
}

export interface Annotations {
  /** Tags by function node (declaration, expression, arrow, or `declare function`). */
  readonly functions: ReadonlyMap<Node, FunctionTags>;
  /** `@kref-guarded-by` lock names by the declared identifier (variable or class field key). */
  readonly guards: ReadonlyMap<string, string>;
}

export const NO_ANNOTATIONS: Annotations = { functions: new Map(), guards: new Map() };

const TAG = /@kref-(acquires|consumes|borrows|guarded-by)\b[ \t]*([A-Za-z_$][\w$.]*)?/g;

export function collectAnnotations(program: TSESTree.Program, text: string): Annotations {
  const comments = (program.comments ?? []).filter((c) => c.type === "Block" && c.value.includes("@kref-"));
  if (comments.length === 0) return NO_ANNOTATIONS;
  // A comment annotates the declaration that starts right after it.
  const byEnd = new Map<number, TSESTree.Comment>();
  for (const c of comments) {
    let end = c.range[1];
    while (end < text.length && /\s/.test(text[end] as string)) end++;
    byEnd.set(end, c);
  }
  const functions = new Map<Node, FunctionTags>();
  const guards = new Map<string, string>();
  walkAll(program, (node) => {
    const comment = byEnd.get(node.range[0]);
    if (!comment) return;
    const tags = [...comment.value.matchAll(TAG)].map((m) => ({ tag: m[1] as string, arg: m[2] ?? null }));
    const fn = functionOf(node);
    if (fn) {
      functions.set(fn, {
        acquires: tags.some((t) => t.tag === "acquires"),
        borrows: tags.some((t) => t.tag === "borrows"),
        consumes: tags.filter((t) => t.tag === "consumes" && t.arg).map((t) => t.arg as string),
      });
    }
    const guard = tags.find((t) => t.tag === "guarded-by" && t.arg);
    const name = guard ? declaredName(node) : null;
    if (guard && name) guards.set(name, guard.arg as string);
  });
  return { functions, guards };
}

/** The function a declaration introduces: `function f`, `const f = () => …`, `declare function f`. */
function functionOf(node: Node): Node | null {
  const target = node.type === T.ExportNamedDeclaration && node.declaration ? node.declaration : node;
  if (isFunction(target) || target.type === T.TSDeclareFunction) return target;
  if (target.type === T.VariableDeclaration && target.declarations.length === 1) {
    const init = target.declarations[0]?.init;
    if (init && isFunction(init)) return init;
  }
  if (target.type === T.MethodDefinition) return target.value;
  return null;
}

/** The name a shared-variable or field declaration introduces. */
function declaredName(node: Node): string | null {
  const target = node.type === T.ExportNamedDeclaration && node.declaration ? node.declaration : node;
  if (target.type === T.VariableDeclaration && target.declarations.length === 1) {
    const id = target.declarations[0]?.id;
    return id && id.type === T.Identifier ? id.name : null;
  }
  if (target.type === T.PropertyDefinition && target.key.type === T.Identifier) {
    return `${target.static ? "static " : "this."}${target.key.name}`;
  }
  return null;
}
