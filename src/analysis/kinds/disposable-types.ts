// The `disposable` kind with type information (issue 14, "Handles by type"): a class whose
// instances are disposable by their type — a `[Symbol.dispose]()` / `[Symbol.asyncDispose]()`
// method, or a `dispose()` method of a class or interface of the `IDisposable` convention
// (`IDisposable`, `Disposable`, `IObservableDisposable`, in the type's own name or among its
// bases and implemented interfaces) — is an owner class of the file: `new C()` of it is owned,
// wherever the class is declared; so is the result of a call that creates or registers by its
// name (`createWatcher()`, `emitter.onDidChange(listener)`) when its type is disposable. A
// `dispose()` of any other class is not guessed, nor is any other call's result (borrowed).
import type * as ts from "typescript";
import type { TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES as T } from "@typescript-eslint/types";
import type { Node } from "../ast.js";
import { calleeParts, walkAll } from "../ast.js";
import type { TypeServices } from "./types.js";

/** Names of the `IDisposable` convention's classes and interfaces. */
const CONVENTIONS = new Set(["IDisposable", "Disposable", "IObservableDisposable"]);

/** What a file makes disposables with, found through types. */
export interface TypedDisposables {
  /** Classes `new`-ed here whose instances are disposable. */
  readonly classes: string[];
  /** Names of creating or registering calls (`createWatcher`, `onDidChange`) that return one. */
  readonly methods: string[];
  readonly functions: string[];
}

/**
 * Calls that create or register by their name: `create*`, `open*`, `register*`, `acquire*`,
 * `on*` subscriptions (`emitter.onDidChange(listener)`), `toDisposable`, `addDisposableListener`.
 * Other calls that return a disposable (`editor.getModel()`, `find*`, `current`) lend it.
 */
const CREATING = /^(?:(?:create|open|register|acquire|on)(?:[A-Z_$].*)?|toDisposable|addDisposableListener)$/;

/**
 * What this file constructs or calls that gives a disposable by its type, except names already
 * known (`known`). One type query per distinct name and form.
 */
export function typedDisposables(program: TSESTree.Program, types: TypeServices, known: ReadonlySet<string>): TypedDisposables {
  const checker = types.program.getTypeChecker();
  const verdicts = new Map<string, boolean>();
  const found: TypedDisposables = { classes: [], methods: [], functions: [] };
  walkAll(program, (node: Node) => {
    if (node.type !== T.NewExpression && node.type !== T.CallExpression) return;
    const { name, receiver } = calleeParts(node.callee);
    if (name === null || known.has(name)) return;
    if (node.type === T.CallExpression && !CREATING.test(name)) return;
    const list = node.type === T.NewExpression ? found.classes : receiver === null ? found.functions : found.methods;
    const key = `${node.type === T.NewExpression ? "new" : receiver === null ? "fn" : "method"} ${name}`;
    if (verdicts.has(key)) return;
    const target = types.esTreeNodeToTSNodeMap.get(node);
    const disposable = target !== undefined && isDisposableType(checker, checker.getTypeAtLocation(target));
    verdicts.set(key, disposable);
    if (disposable) list.push(name);
  });
  return found;
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
