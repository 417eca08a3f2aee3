// The built-in `disposable` kind (issue 14; DESIGN §3.4), without type information: instances of
// the well-known owner classes of the `IDisposable` convention (VS Code and Monaco, @theia/core,
// @lumino/disposable), of classes the settings add, and of disposable classes declared in the
// file being linted (a `dispose()` method without required parameters, or `[Symbol.dispose]()`),
// are owned when made with `new`, and put by `dispose()` or a `using` declaration. Nothing else is
// guessed by name. Throw model `explicit`: these are in-memory objects. No `using` suggestion:
// most of these classes have `dispose()` but no `[Symbol.dispose]`, which `using` needs (a
// `using` the code already has still puts).
import type { TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES as T } from "@typescript-eslint/types";
import type { ResourceKind } from "./kinds.js";
import type { TypeServices } from "./types.js";
import type { TypedDisposables } from "./disposable-types.js";
import { typedDisposables } from "./disposable-types.js";

/** Owner classes of the `IDisposable` convention, matched by name (also through a namespace). */
export const WELL_KNOWN_OWNERS: readonly string[] = [
  // VS Code, Monaco
  "DisposableStore",
  "MutableDisposable",
  "CancellationTokenSource",
  // @theia/core
  "DisposableCollection",
  // @lumino/disposable
  "DisposableSet",
  "DisposableDelegate",
  "ObservableDisposableDelegate",
];

/**
 * The kind for these owner classes. Hand-offs: the owners' own collecting methods (`_register`,
 * `store.add(x)`, `subscriptions.push(x)`, `stack.use(x)`, `stack.adopt(x)`), besides what every
 * kind hands off (returns, stores into fields and containers).
 */
export function disposableKind(owners: readonly string[], creators?: Pick<TypedDisposables, "methods" | "functions">): ResourceKind {
  const creating = creators && creators.methods.length + creators.functions.length > 0 ? [{ methods: creators.methods, functions: creators.functions, handle: { result: true } as const }] : [];
  return {
    name: "disposable",
    modules: [],
    throwModel: "explicit",
    concurrency: "event-loop",
    reportDiscarded: true,
    distinctive: [...owners],
    operations: {
      acquire: [{ constructors: [...owners], handle: { result: true }, throughNamespace: true }, ...creating],
      get: [],
      tryGet: [],
      // Also VS Code's `dispose(x)` helper and `x[Symbol.dispose]()` (events/lifecycles.ts).
      put: [{ methods: ["dispose"], handle: { receiver: true } }],
      sink: [{ methods: ["_register", "add", "push", "use", "adopt"], handle: { arg: 0, fieldOfHandle: false } }],
    },
  };
}

/**
 * Names of the disposable classes a file declares at its top level (`class C { dispose() {} }`,
 * exported or not, and `const C = class { … }`): a `dispose()` method without required
 * parameters, or a `[Symbol.dispose]()` / `[Symbol.asyncDispose]()` method.
 */
export function localDisposableClasses(program: TSESTree.Program): string[] {
  // The top-level statements and their class members only: no scan of the text.
  const names: string[] = [];
  for (const statement of program.body) {
    const declaration =
      statement.type === T.ExportNamedDeclaration || statement.type === T.ExportDefaultDeclaration ? statement.declaration : statement;
    if (!declaration) continue;
    if (declaration.type === T.ClassDeclaration && declaration.id && isDisposableClass(declaration.body)) names.push(declaration.id.name);
    if (declaration.type === T.VariableDeclaration) {
      for (const d of declaration.declarations) {
        if (d.id.type === T.Identifier && d.init?.type === T.ClassExpression && isDisposableClass(d.init.body)) names.push(d.id.name);
      }
    }
  }
  return names;
}

function isDisposableClass(body: TSESTree.ClassBody): boolean {
  return body.body.some((member) => {
    if (member.type !== T.MethodDefinition || member.static || member.kind !== "method") return false;
    if (!member.computed) {
      // No argument needed: optional, defaulted or rest parameters, and TypeScript's `this` parameter.
      const optional = (p: TSESTree.Parameter): boolean =>
        p.type === T.AssignmentPattern || p.type === T.RestElement || (p.type === T.Identifier && (p.optional === true || p.name === "this"));
      return member.key.type === T.Identifier && member.key.name === "dispose" && member.value.params.every(optional);
    }
    return isSymbolDispose(member.key);
  });
}

/** `Symbol.dispose` or `Symbol.asyncDispose` (a computed key or member). */
export function isSymbolDispose(node: TSESTree.Node): boolean {
  return (
    node.type === T.MemberExpression &&
    !node.computed &&
    node.object.type === T.Identifier &&
    node.object.name === "Symbol" &&
    node.property.type === T.Identifier &&
    (node.property.name === "dispose" || node.property.name === "asyncDispose")
  );
}

/**
 * The active kinds of a file with its own disposable classes added — those it declares, and with
 * type information those it constructs whose type is disposable (disposable-types.ts): the
 * `disposable` kind for those classes replaces the shared one (a kind made for this file alone).
 */
export function withLocalDisposables(
  active: readonly ResourceKind[],
  settings: { readonly owners: readonly string[]; readonly kind: ResourceKind } | null,
  program: TSESTree.Program,
  types: TypeServices | null = null,
): readonly ResourceKind[] {
  if (!settings) return active;
  const local = localDisposableClasses(program);
  const typed = types ? typedDisposables(program, types, new Set([...settings.owners, ...local])) : null;
  if (typed) local.push(...typed.classes);
  if (local.length === 0 && !typed?.methods.length && !typed?.functions.length) return active;
  const kind = disposableKind([...settings.owners, ...local], typed ?? undefined);
  return [...active.filter((k) => k !== settings.kind), kind];
}
