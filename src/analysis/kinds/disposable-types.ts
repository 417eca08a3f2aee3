// The `disposable` kind with type information (issue 14, "Handles by type"): a class whose
// instances are disposable by their type — a `[Symbol.dispose]()` / `[Symbol.asyncDispose]()`
// method, or a `dispose()` method of a class or interface of the `IDisposable` convention
// (`IDisposable`, `Disposable`, `IObservableDisposable`, in the type's own name or among its
// bases and implemented interfaces) — is an owner class of the file: `new C()` of it is owned,
// wherever the class is declared. Only `new` is typed here; calls that create or register
// disposables are the next step. A `dispose()` of any other class is not guessed.
import type * as ts from "typescript";
import type { TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES as T } from "@typescript-eslint/types";
import type { Node } from "../ast.js";
import { calleeParts, walkAll } from "../ast.js";
import type { TypeServices } from "./types.js";

/** Names of the `IDisposable` convention's classes and interfaces. */
const CONVENTIONS = new Set(["IDisposable", "Disposable", "IObservableDisposable"]);

/**
 * Class names `new`-ed in this file whose instances are disposable by their type, except those
 * already known (`known`). One type query per distinct name.
 */
export function typedDisposableClasses(program: TSESTree.Program, text: string, types: TypeServices, known: ReadonlySet<string>): string[] {
  if (!text.includes("new ")) return [];
  const checker = types.program.getTypeChecker();
  const verdicts = new Map<string, boolean>();
  walkAll(program, (node: Node) => {
    if (node.type !== T.NewExpression) return;
    const { name } = calleeParts(node.callee);
    if (name === null || known.has(name) || verdicts.has(name)) return;
    const target = types.esTreeNodeToTSNodeMap.get(node);
    verdicts.set(name, target !== undefined && isDisposableType(checker, checker.getTypeAtLocation(target)));
  });
  return [...verdicts].filter(([, disposable]) => disposable).map(([name]) => name);
}

function isDisposableType(checker: ts.TypeChecker, type: ts.Type): boolean {
  const properties = type.getProperties();
  // Iterators and generators are `Disposable` in TypeScript's esnext lib (closing them early):
  // never handles by type.
  if (properties.some((p) => p.escapedName === "next") && properties.some((p) => /^__@(iterator|asyncIterator)@/.test(String(p.escapedName)))) return false;
  if (properties.some((p) => /^__@(dispose|asyncDispose)@/.test(String(p.escapedName)))) return true;
  if (!properties.some((p) => p.escapedName === "dispose")) return false;
  return conventionNamesOf(checker, type).some((n) => CONVENTIONS.has(n));
}

/** The names of a type, its base types and the interfaces its class declarations implement. */
function conventionNamesOf(checker: ts.TypeChecker, type: ts.Type): string[] {
  const names: string[] = [];
  const seen = new Set<ts.Type>();
  const queue: ts.Type[] = [type];
  while (queue.length > 0 && seen.size < 64) {
    const t = queue.shift() as ts.Type;
    if (seen.has(t)) continue;
    seen.add(t);
    const symbol = t.getSymbol();
    if (symbol) names.push(symbol.getName());
    if (t.isClassOrInterface()) queue.push(...(checker.getBaseTypes(t) ?? []));
    for (const declaration of symbol?.declarations ?? []) {
      const clauses = (declaration as ts.ClassLikeDeclaration).heritageClauses ?? [];
      for (const clause of clauses) for (const h of clause.types) queue.push(checker.getTypeAtLocation(h));
    }
  }
  return names;
}
