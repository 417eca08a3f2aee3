// Receiver provenance (no type information): does the receiver of a library method come from
// the library? Names alone match any `connect()`; a library kind's acquire matches only on a
// value the file got from the library (its imported constructor or factory, one of its types,
// a class field declared or initialised that way, a handle of the kind), or, in a file that
// imports the library at run time, on a value of unknown origin when the operation is one the
// kind marks distinctive or when the function releases the result with the kind's own put.
//
// One object per file, built only when an active kind has a `receivers` description: files that
// import no library pay nothing. Origins are computed on demand and memoised per node.
import type { TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES as T } from "@typescript-eslint/types";
import { builtinModules } from "node:module";
import type { Node } from "../ast.js";
import { calleeParts, isFunction, pushChildren } from "../ast.js";
import type { FileNames, ScopeManagerLike, VariableLike } from "../scope.js";
import type { CallPattern, ResourceKind } from "./kinds.js";

/** Where a kind's receivers come from, by exported name ("*": any export of the module). */
export interface ReceiverSources {
  /** Classes whose instances are receivers: `new Pool()`, `new pg.Pool()`. */
  readonly constructors: readonly string[];
  /** Functions whose (awaited) result is a receiver: `createPool()`, `mysql.createPool()`. */
  readonly factories: readonly string[];
  /** Methods of a receiver that give another receiver: quickjs `QuickJS.newContext()`. */
  readonly derived?: readonly string[];
  /** Type names whose values are receivers: `pool: Pool`, also through `import type`. */
  readonly types: readonly string[];
  /** Operations that match on a receiver of unknown origin in a file importing the module at run time. */
  readonly distinctive: readonly string[];
  /** Unknown receivers may match by usage evidence (the function puts the result). Default true. */
  readonly evidence?: boolean;
  /**
   * Class and type names that are the kind's whichever module declares them: VS Code's
   * `ReferenceCollection` lives in its internal `vs/base/common/lifecycle` (and forks copy it),
   * never in `vscode`. An instance, an instance of a subclass, a value of the type.
   */
  readonly named?: readonly string[];
}

/**
 * What a value is: the library kinds it comes from (empty: known not to come from any, such as a
 * local class instance, a global, a literal), or null when nothing is known (untyped parameter).
 */
type Origin = ReadonlySet<ResourceKind> | null;

/** How a candidate kind's call relates to its receiver. */
export type Verdict = "library" | "inferred" | "no";

interface ImportBinding {
  readonly module: string;
  /** The exported name, "default", or "*" for a namespace (or `require` of the whole module). */
  readonly imported: string;
}

const NONE: ReadonlySet<ResourceKind> = new Set();
const NODE_BUILTINS = new Set(builtinModules);
/** Recursion bound through aliases and initialisers (`const a = b; const b = c; …`). */
const MAX_DEPTH = 8;

export class Provenance {
  private indexed = false;
  private readonly origins = new Map<Node, Origin>();
  private readonly variableOrigins = new Map<VariableLike, Origin>();
  private readonly classFields = new Map<Node, Map<string, Origin>>();
  private readonly evidence = new Map<Node, Map<ResourceKind, boolean>>();
  private readonly verdicts = new Map<Node, Map<ResourceKind, Verdict>>();

  /** The file's imports, read on the first question (most files are never asked). */
  private fileImports: { runtime: ReadonlySet<ResourceKind>; bindings: ReadonlyMap<string, ImportBinding> } | null = null;

  constructor(
    private readonly program: TSESTree.Program,
    private readonly scopeManager: ScopeManagerLike,
    private readonly names: FileNames,
    /**
     * Kinds forced on by settings: the file uses the library without importing it, so it counts
     * as importing it at run time, and an unresolved (ambient or global) class or type name of
     * the kind is the library's.
     */
    private readonly forced: ReadonlySet<ResourceKind>,
    /** The active kinds that describe their receivers. */
    private readonly libraries: readonly ResourceKind[],
  ) {}

  /** Kinds whose module the file imports at run time (not `import type` only), or forced on. */
  private get runtime(): ReadonlySet<ResourceKind> {
    return this.readImports().runtime;
  }

  /** Imports and top-level `require`s, by local name (type-only imports included). */
  private get imports(): ReadonlyMap<string, ImportBinding> {
    return this.readImports().bindings;
  }

  private readImports(): { runtime: ReadonlySet<ResourceKind>; bindings: ReadonlyMap<string, ImportBinding> } {
    if (this.fileImports) return this.fileImports;
    const { bindings, runtimeModules } = importBindings(this.program);
    const runtime = new Set<ResourceKind>(this.forced);
    for (const kind of this.libraries) if (kind.modules.some((m) => runtimeModules.has(m))) runtime.add(kind);
    this.fileImports = { runtime, bindings };
    return this.fileImports;
  }

  /**
   * May `kind`'s acquire `name` match this call? "library": the receiver (or the called
   * function) comes from the kind's module; "inferred": unknown origin, but a distinctive
   * operation or usage evidence in a file importing the module at run time; "no" otherwise.
   */
  verdict(kind: ResourceKind, sources: ReceiverSources, call: TSESTree.CallExpression, name: string, receiver: Node | null): Verdict {
    // Matching asks several times per call (pre-scan, classifier, summaries): once per kind.
    let byKind = this.verdicts.get(call);
    if (!byKind) this.verdicts.set(call, (byKind = new Map()));
    let verdict = byKind.get(kind);
    if (verdict === undefined) {
      verdict = this.verdictUncached(kind, sources, call, name, receiver);
      byKind.set(kind, verdict);
    }
    return verdict;
  }

  private verdictUncached(kind: ResourceKind, sources: ReceiverSources, call: TSESTree.CallExpression, name: string, receiver: Node | null): Verdict {
    if (receiver === null) return this.functionFromModule(kind, call.callee) ? "library" : "no";
    const origin = this.receiverOrigin(receiver, name);
    if (origin === "own") return "no";
    if (origin && origin.has(kind)) return "library";
    // A name so particular that it turns the kind on without the import (`createModelReference`)
    // is the kind's on any receiver, as it is in a file that only calls it.
    if ((kind.distinctive ?? []).includes(name)) return "inferred";
    if (origin === null) return this.inferred(kind, sources, call, name);
    return "no";
  }

  /** What a method's receiver is; "own": `this.connect()` calls the class's own method, never the library's. */
  private receiverOrigin(receiver: Node, name: string): Origin | "own" {
    const r = unwrap(receiver);
    if (r.type !== T.ThisExpression) return this.originOf(r, 0, false);
    const cls = enclosingClass(r);
    if (cls && hasOwnMember(cls, name)) return "own";
    return cls?.superClass ? this.originOf(cls.superClass, 0, true) : null;
  }

  /**
   * Does this put with an argument handle (`pool.release(c)`) put a handle of the kind: is the
   * argument a variable holding the result of one of the kind's acquires that matches here
   * (`const c = await this.pool.acquire(); … this.pool.release(c)`), on a receiver not known to
   * be another's? Then the receiver is the kind's object by usage evidence, and a kind that names
   * the same method with the receiver as its handle (pg's `client.release()`) gives way.
   */
  putsHandleOf(kind: ResourceKind, sources: ReceiverSources, call: TSESTree.CallExpression, name: string, receiver: Node, pattern: CallPattern): boolean {
    const position = pattern.handle;
    if (!("arg" in position) || position.fieldOfHandle || sources.evidence === false) return false;
    const arg = call.arguments[position.arg];
    if (!arg || arg.type === T.SpreadElement) return false;
    const a = skipWrappers(arg);
    if (a.type !== T.Identifier) return false;
    const origin = this.receiverOrigin(receiver, name);
    if (origin === "own" || (origin !== null && !origin.has(kind))) return false;
    const variable = this.variableOf(a);
    if (!variable) return false;
    return this.acquiresInto(variable).some((acquire) => {
      const parts = calleeParts(acquire.callee);
      return parts.name !== null && acquires(kind, parts.name) && this.verdict(kind, sources, acquire, parts.name, parts.receiver) !== "no";
    });
  }

  /** The calls whose (awaited) result a variable holds, or whose callback declares it as a parameter. */
  private acquiresInto(variable: VariableLike): TSESTree.CallExpression[] {
    const def = variable.defs[0];
    if (!def) return [];
    if (def.type === "Parameter" && isFunction(def.node)) {
      // `pool.acquire((err, r) => { … pool.release(r) })`: the callback of the acquire.
      const parent = def.node.parent;
      return parent?.type === T.CallExpression && parent.arguments[parent.arguments.length - 1] === def.node ? [parent] : [];
    }
    if (def.type !== "Variable") return [];
    const values: Node[] = [...(this.assignments().get(variable) ?? [])];
    if (def.node.type === T.VariableDeclarator && def.node.id === variable.identifiers[0] && def.node.init) values.push(def.node.init);
    const calls: TSESTree.CallExpression[] = [];
    for (const value of values) {
      const v = skipWrappers(value);
      if (v.type === T.CallExpression) calls.push(v);
    }
    return calls;
  }

  private inferred(kind: ResourceKind, sources: ReceiverSources, call: TSESTree.CallExpression, name: string): Verdict {
    if (!this.runtime.has(kind)) return "no";
    if (sources.distinctive.includes(name)) return "inferred";
    if (sources.evidence === false) return "no";
    return this.putsResult(kind, call) ? "inferred" : "no";
  }

  /** `open(…)` imported from the module, or `fs.open(…)` on its namespace: a plain function of the kind. */
  private functionFromModule(kind: ResourceKind, callee: Node): boolean {
    const c = unwrap(callee);
    if (c.type !== T.Identifier) return false;
    const variable = this.variableOf(c);
    if (!variable) return false;
    const binding = this.bindingOfVariable(variable);
    return binding !== null && kind.modules.includes(binding.module);
  }

  // ---- origins of values ----------------------------------------------------------------

  /** `asClass`: the value is used as a class (`extends X`, `new X`): what its instances are. */
  private originOf(node: Node, depth: number, asClass: boolean): Origin {
    if (depth > MAX_DEPTH) return null;
    if (asClass) return this.instanceOrigin(node, depth);
    let origin = this.origins.get(node);
    if (origin === undefined) {
      origin = this.computeOrigin(node, depth);
      this.origins.set(node, origin);
    }
    return origin;
  }

  private computeOrigin(node: Node, depth: number): Origin {
    switch (node.type) {
      case T.TSAsExpression:
      case T.TSTypeAssertion: {
        const typed = this.typeOrigin(node.typeAnnotation, 0);
        return typed ?? this.originOf(node.expression, depth + 1, false);
      }
      case T.TSNonNullExpression:
      case T.TSSatisfiesExpression:
      case T.TSInstantiationExpression:
      case T.ChainExpression:
        return this.originOf(node.expression, depth + 1, false);
      case T.AwaitExpression:
        return this.originOf(node.argument, depth + 1, false);
      case T.NewExpression:
        return this.instanceOrigin(node.callee, depth + 1);
      case T.CallExpression:
        return this.resultOrigin(node, depth + 1);
      case T.Identifier:
        return this.identifierOrigin(node, depth + 1);
      case T.MemberExpression:
        return this.memberOrigin(node, depth + 1);
      case T.ConditionalExpression:
        // `read ? this.read : this.write`: either branch's value, so the kind's only when both are.
        return this.eitherOrigin(node.consequent, node.alternate, depth + 1);
      case T.LogicalExpression:
        // `a ?? b`, `a || b`: either operand's value (`a && b` is `b` or a falsy `a`).
        return node.operator === "&&"
          ? this.originOf(node.right, depth + 1, false)
          : this.eitherOrigin(node.left, node.right, depth + 1);
      case T.Literal:
      case T.TemplateLiteral:
      case T.ObjectExpression:
      case T.ArrayExpression:
      case T.FunctionExpression:
      case T.ArrowFunctionExpression:
      case T.ClassExpression:
        return NONE;
      default:
        return null;
    }
  }

  /** Of a value that is `a` or `b`; a `null`/`undefined` side is no receiver a call can run on. */
  private eitherOrigin(a: Node, b: Node, depth: number): Origin {
    if (isNullish(a)) return this.originOf(b, depth, false);
    if (isNullish(b)) return this.originOf(a, depth, false);
    return both(this.originOf(a, depth, false), this.originOf(b, depth, false));
  }

  /** What `new X()` makes: an instance of a library class the kind names (or any, with "*"). */
  private instanceOrigin(callee: Node, depth: number): Origin {
    if (depth > MAX_DEPTH) return null;
    const c = unwrap(callee);
    const named = this.namedKinds(c.type === T.Identifier ? c.name : c.type === T.MemberExpression && !c.computed && c.property.type === T.Identifier ? c.property.name : null);
    if (named) return named;
    const exported = this.exportedName(c);
    if (exported) return this.kindsNaming(exported, (s) => s.constructors);
    if (c.type === T.MemberExpression) {
      // `new CanvasKit.Paint()`: a class reached through a library object.
      const owner = this.originOf(c.object, depth + 1, false);
      if (owner === null) return null;
      return this.filter(owner, (s) => s.constructors.includes("*"));
    }
    if (c.type === T.Identifier) {
      const variable = this.variableOf(c);
      // A class of this file or a global class (`Map`, `WebSocket`): not the library's.
      if (!variable) return this.forcedNaming(c.name, (s) => s.constructors);
      const def = variable.defs[0];
      // A class of the file's own: its instances are the library's only through its base class.
      if (def && def.type === "ClassName" && (def.node.type === T.ClassDeclaration || def.node.type === T.ClassExpression)) {
        return def.node.superClass ? this.instanceOrigin(def.node.superClass, depth + 1) : NONE;
      }
      if (def && def.type === "FunctionName") return NONE;
    }
    return null;
  }

  /** What a call returns: a library factory's result, a derived receiver, a handle of the kind. */
  private resultOrigin(call: TSESTree.CallExpression, depth: number): Origin {
    const callee = unwrap(call.callee);
    const exported = this.exportedName(callee);
    if (exported) return this.kindsNaming(exported, (s) => s.factories);
    const { name, receiver } = calleeParts(callee);
    if (name === null) return null;
    if (receiver === null) {
      if (name === "require" || callee.type !== T.Identifier) return null;
      const variable = this.variableOf(callee);
      // A same-file function or an unknown global: nothing known about what it returns.
      return variable ? null : NONE;
    }
    const owner = this.originOf(unwrap(receiver), depth + 1, false);
    if (owner === null || owner.size === 0) return null;
    // `QuickJS.newContext()` gives another receiver; `vm.newObject()` a handle of the kind.
    return this.filter(owner, (s, kind) => (s.derived ?? []).includes(name) || (s.derived ?? []).includes("*") || acquires(kind, name));
  }

  private identifierOrigin(id: TSESTree.Identifier, depth: number): Origin {
    if (id.name === "undefined") return NONE;
    const variable = this.variableOf(id);
    // A global (`window`, `document`, `process`): not a library value.
    if (!variable) return NONE;
    let origin = this.variableOrigins.get(variable);
    if (origin === undefined) {
      // Provisionally unknown: a cycle through aliases ends here.
      this.variableOrigins.set(variable, null);
      origin = this.variableOriginUncached(variable, depth);
      this.variableOrigins.set(variable, origin);
    }
    return origin;
  }

  private variableOriginUncached(variable: VariableLike, depth: number): Origin {
    const binding = this.bindingOfVariable(variable);
    if (binding) return this.bindingOrigin(binding);
    const def = variable.defs[0];
    if (!def) return null;
    if (def.type === "ClassName" || def.type === "FunctionName" || def.type === "ImportBinding") return NONE;
    const identifier = variable.identifiers[0] as TSESTree.Identifier | undefined;
    const annotation = identifier?.typeAnnotation?.typeAnnotation;
    if (annotation) {
      const typed = this.typeOrigin(annotation, 0);
      if (typed !== null) return typed;
    }
    if (def.type === "Variable" && def.node.type === T.VariableDeclarator && def.node.id === identifier) {
      const init = def.node.init;
      if (init && !isNullLike(init)) return this.originOf(init, depth + 1, false);
      // `let QuickJS; … QuickJS = await getQuickJS();` (or `let vm = undefined as any`, set in a
      // `beforeEach`): what the assignments store, placeholders such as `vm = undefined` aside.
      const values = (this.assignments().get(variable) ?? []).filter((value) => !isNullLike(value));
      return union(values.map((value) => this.originOf(value, depth + 1, false)));
    }
    return null;
  }

  private assignmentIndex: Map<VariableLike, Node[]> | null = null;
  /** Plain assignments to variables (`x = value`), indexed on first use by one walk of the file. */
  private assignments(): Map<VariableLike, Node[]> {
    if (this.assignmentIndex) return this.assignmentIndex;
    const index = new Map<VariableLike, Node[]>();
    walk(this.program, (node) => {
      if (node.type === T.AssignmentExpression && node.operator === "=" && node.left.type === T.Identifier) {
        const variable = this.variableOf(node.left);
        if (variable) {
          const list = index.get(variable) ?? [];
          list.push(node.right);
          index.set(variable, list);
        }
      }
      return true;
    });
    this.assignmentIndex = index;
    return index;
  }

  /** A library module's binding used as a value: the module object, or one of its exports. */
  private bindingOrigin(binding: ImportBinding): Origin {
    if (isNodeBuiltin(binding.module)) {
      // `net`, `node:fs`: Node's own modules, unless a kind names one (fs/promises).
      return this.kindsOfModule(binding.module);
    }
    const kinds = this.kindsOfModule(binding.module);
    // Another package or a file of the project (`import { pool } from "./db"`): unknown.
    return kinds.size > 0 ? kinds : null;
  }

  private memberOrigin(member: TSESTree.MemberExpression, depth: number): Origin {
    if (member.object.type === T.ThisExpression && !member.computed && member.property.type === T.Identifier) {
      const cls = enclosingClass(member);
      return cls ? (this.fieldsOf(cls, depth).get(member.property.name) ?? null) : null;
    }
    return null;
  }

  /** Origins of a class's fields: declared types, initialisers, `this.f = …` in its methods. */
  private fieldsOf(cls: TSESTree.ClassDeclaration | TSESTree.ClassExpression, depth: number): Map<string, Origin> {
    let fields = this.classFields.get(cls);
    if (fields) return fields;
    fields = new Map();
    this.classFields.set(cls, fields);
    const found = new Map<string, Origin[]>();
    const note = (name: string, origin: Origin) => {
      const list = found.get(name) ?? [];
      list.push(origin);
      found.set(name, list);
    };
    for (const member of cls.body.body) {
      if (member.type === T.PropertyDefinition && !member.computed && member.key.type === T.Identifier) {
        const annotation = member.typeAnnotation?.typeAnnotation;
        const typed = annotation ? this.typeOrigin(annotation, 0) : null;
        if (typed !== null) note(member.key.name, typed);
        else if (member.value) note(member.key.name, this.originOf(member.value, depth + 1, false));
      }
      if (member.type === T.MethodDefinition && member.kind === "constructor") {
        for (const param of member.value.params) {
          if (param.type !== T.TSParameterProperty) continue;
          const p = param.parameter.type === T.AssignmentPattern ? param.parameter.left : param.parameter;
          if (p.type !== T.Identifier) continue;
          const annotation = p.typeAnnotation?.typeAnnotation;
          note(p.name, annotation ? this.typeOrigin(annotation, 0) : null);
        }
      }
    }
    // `this.pool = new Pool()` in any method of the class (not in nested classes).
    walk(cls.body, (node) => {
      if (node.type === T.ClassDeclaration || node.type === T.ClassExpression) return false;
      if (
        node.type === T.AssignmentExpression &&
        node.operator === "=" &&
        node.left.type === T.MemberExpression &&
        node.left.object.type === T.ThisExpression &&
        !node.left.computed &&
        node.left.property.type === T.Identifier &&
        !found.has(node.left.property.name)
      ) {
        note(node.left.property.name, this.originOf(node.right, depth + 1, false));
      }
      return true;
    });
    for (const [name, origins] of found) fields.set(name, union(origins));
    return fields;
  }

  // ---- types ----------------------------------------------------------------------------

  private typeOrigin(type: TSESTree.TypeNode, depth: number): Origin {
    if (depth > MAX_DEPTH) return null;
    switch (type.type) {
      case T.TSAnyKeyword:
      case T.TSUnknownKeyword:
        return null;
      case T.TSUnionType: {
        const parts = type.types.filter((t) => t.type !== T.TSNullKeyword && t.type !== T.TSUndefinedKeyword);
        return union(parts.map((t) => this.typeOrigin(t, depth + 1)));
      }
      case T.TSTypeReference: {
        const named = this.namedKinds(type.typeName.type === T.Identifier ? type.typeName.name : type.typeName.type === T.TSQualifiedName ? type.typeName.right.name : null);
        if (named) return named;
        const exported = this.exportedName(type.typeName);
        if (exported) return this.kindsNaming(exported, (s) => s.types);
        if (type.typeName.type === T.Identifier) {
          // A local alias is followed (`type Conn = PoolClient`); other local or global types are not the library's.
          const alias = localTypeAlias(this.program, type.typeName.name);
          if (alias) return this.typeOrigin(alias, depth + 1);
          const variable = this.variableOf(type.typeName);
          // A class of the file's own is the library's only through its base class (`models:
          // Models` where `class Models extends ReferenceCollection<M>`), as its instances are.
          if (variable?.defs[0]?.type === "ClassName") return this.instanceOrigin(type.typeName, depth + 1);
          return variable ? NONE : this.forcedNaming(type.typeName.name, (s) => s.types);
        }
        if (type.typeName.type === T.TSQualifiedName) {
          const left = type.typeName.left;
          // `cv.Mat` where `cv` is a library import: handled by exportedName; others unknown.
          return left.type === T.Identifier && this.imports.has(left.name) ? NONE : null;
        }
        return null;
      }
      default:
        return NONE;
    }
  }

  // ---- names ----------------------------------------------------------------------------

  /**
   * The module export a name or member denotes, through imports and `require`: `Pool` (named
   * import), `pg.Pool` / `cv.Mat` (namespace or default import), a type's qualified name.
   */
  private exportedName(node: Node): { module: string; name: string } | null {
    if (node.type === T.Identifier) {
      const binding = this.bindingOfName(node);
      return binding && binding.imported !== "*" ? { module: binding.module, name: binding.imported } : null;
    }
    if (node.type === T.MemberExpression || node.type === T.TSQualifiedName) {
      const object = node.type === T.MemberExpression ? unwrap(node.object) : node.left;
      const property = node.type === T.MemberExpression ? node.property : node.right;
      if (object.type !== T.Identifier || property.type !== T.Identifier) return null;
      if (node.type === T.MemberExpression && node.computed) return null;
      const binding = this.bindingOfName(object);
      // `pg.Pool` with `import pg from "pg"` (CommonJS default) or `import * as pg`.
      return binding && (binding.imported === "*" || binding.imported === "default") ? { module: binding.module, name: property.name } : null;
    }
    return null;
  }

  /** The import or `require` an identifier (value or type position) stands for. */
  private bindingOfName(id: TSESTree.Identifier): ImportBinding | null {
    const variable = this.variableOf(id);
    if (variable) return this.bindingOfVariable(variable);
    // Type positions and parsers without type scopes: the file's imports by name.
    return this.imports.get(id.name) ?? null;
  }

  private bindingOfVariable(variable: VariableLike, depth = 0): ImportBinding | null {
    const def = variable.defs[0];
    if (!def) return null;
    const binding = this.imports.get(variable.name);
    // The binding must be the import or top-level require itself, not a shadowing declaration
    // (a CommonJS file's top level is a function scope: the declaration's place decides).
    if (binding && def.type === "ImportBinding") return binding;
    if (def.type !== "Variable" || def.node.type !== T.VariableDeclarator || !def.node.init) return null;
    const declarator = def.node;
    const raw = def.node.init;
    if (binding && declarator.parent?.parent === this.program && requiredModule(raw) === binding.module) return binding;
    // `const { Pool } = pg` where `pg` is the module (namespace, default import or require).
    const init = unwrap(raw);
    if (declarator.id.type !== T.ObjectPattern || init.type !== T.Identifier || depth > MAX_DEPTH) return null;
    const from = this.variableOf(init);
    const module = from && from !== variable ? this.bindingOfVariable(from, depth + 1) : null;
    if (!module || (module.imported !== "*" && module.imported !== "default")) return null;
    for (const p of declarator.id.properties) {
      if (p.type === T.Property && !p.computed && p.key.type === T.Identifier && p.value.type === T.Identifier && p.value.name === variable.name) {
        return { module: module.module, imported: p.key.name };
      }
    }
    return null;
  }

  private variableOf(id: Node): VariableLike | null {
    if (!this.indexed) {
      this.indexed = true;
      const top = this.scopeManager.acquire(this.program);
      if (top) this.names.index(top);
    }
    return this.names.variableOf(id);
  }

  private kindsOfModule(module: string): ReadonlySet<ResourceKind> {
    const kinds = new Set<ResourceKind>();
    for (const kind of this.libraries) if (kind.modules.includes(module)) kinds.add(kind);
    return kinds;
  }

  /** The kinds of a module export's module that list its name (or "*") among `list`. */
  private kindsNaming(exported: { module: string; name: string }, list: (s: ReceiverSources) => readonly string[]): Origin {
    // An export of another package or of a file of the project (`require("../lib").Pool`) may
    // wrap the library: unknown. Node's own modules are not the library's.
    if (!this.libraries.some((k) => k.modules.includes(exported.module))) return isNodeBuiltin(exported.module) ? NONE : null;
    const kinds = new Set<ResourceKind>();
    for (const kind of this.libraries) {
      if (!kind.receivers || !kind.modules.includes(exported.module)) continue;
      const names = list(kind.receivers);
      if (names.includes(exported.name) || names.includes("*")) kinds.add(kind);
    }
    return kinds;
  }

  /** The kinds that list `name` among their `named` classes and types, or null when none does. */
  private namedKinds(name: string | null): Origin {
    if (name === null) return null;
    const kinds = new Set<ResourceKind>();
    for (const kind of this.libraries) if (kind.receivers?.named?.includes(name)) kinds.add(kind);
    return kinds.size > 0 ? kinds : null;
  }

  /** An unresolved name a forced kind lists (`pool: Pool` without the import): that kind. */
  private forcedNaming(name: string, list: (s: ReceiverSources) => readonly string[]): Origin {
    const kinds = new Set<ResourceKind>();
    for (const kind of this.forced) if (kind.receivers && list(kind.receivers).includes(name)) kinds.add(kind);
    return kinds;
  }

  private filter(origin: ReadonlySet<ResourceKind>, keep: (s: ReceiverSources, kind: ResourceKind) => boolean): Origin {
    const kinds = new Set<ResourceKind>();
    for (const kind of origin) if (kind.receivers && keep(kind.receivers, kind)) kinds.add(kind);
    return kinds;
  }

  // ---- usage evidence -------------------------------------------------------------------

  /** Does the function that makes this call put its result with one of `kind`'s puts on some path? */
  private putsResult(kind: ResourceKind, call: TSESTree.CallExpression): boolean {
    let byKind = this.evidence.get(call);
    if (!byKind) this.evidence.set(call, (byKind = new Map()));
    let found = byKind.get(kind);
    if (found === undefined) {
      found = this.putsResultUncached(kind, call) || this.putsSibling(kind, call);
      byKind.set(kind, found);
    }
    return found;
  }

  /**
   * Does the function put the result of another acquire of the kind on the same receiver
   * (`const a = await pool.connect(); a.release(); const b = await pool.connect();`)? Then the
   * receiver is the library's, and every acquire on it is checked.
   */
  private putsSibling(kind: ResourceKind, call: TSESTree.CallExpression): boolean {
    const key = receiverKey(call);
    const body = key === null ? null : enclosingFunctionBody(call);
    if (key === null || !body) return false;
    let found = false;
    walkAllCalls(body, (c) => {
      if (found || c === call || receiverKey(c) !== key) return;
      const { name } = calleeParts(c.callee);
      if (name !== null && acquires(kind, name) && this.putsResultUncached(kind, c)) found = true;
    });
    return found;
  }

  private putsResultUncached(kind: ResourceKind, call: TSESTree.CallExpression): boolean {
    const acquired = calleeParts(call.callee).name;
    if (acquired === null) return false;
    const names = new Set<string>();
    /** Names whose call is a put: releasers only of the acquire's own forms (`done`, `release`). */
    const releasers = new Set<string>();
    const last = call.arguments[call.arguments.length - 1];
    let body: Node | null = null;
    if (last && isFunction(last)) {
      // `pool.connect((err, client, done) => …)`: the callback's parameters are the handle and releaser.
      for (const p of last.params) if (p.type === T.Identifier) names.add(p.name);
      for (const index of callbackReleasers(kind, acquired)) {
        const p = last.params[index];
        if (p && p.type === T.Identifier) releasers.add(p.name);
      }
      body = last.body;
    } else {
      for (const name of resultNames(call)) names.add(name);
      // A result that is a releaser (async-mutex, also `[value, release]`): calling it puts. A kind
      // whose only releaser is a callback's (pg's `done`) takes no `release()` of a result.
      if (returnsReleaser(kind, acquired)) for (const name of names) releasers.add(name);
      body = enclosingFunctionBody(call);
    }
    if (names.size === 0 || !body) return false;
    let found = false;
    walkAllCalls(body, (c) => {
      if (found) return;
      const { name, receiver } = calleeParts(c.callee);
      if (name === null) return;
      if (receiver === null) {
        // Calling a releaser: `release()`, `done()`.
        if (releasers.has(name)) found = true;
        return;
      }
      for (const pattern of kind.operations.put) {
        if (!(pattern.methods ?? []).includes(name)) continue;
        if (putsNamed(pattern, c, unwrap(receiver), names)) found = true;
      }
    });
    return found;
  }
}

/** Builds the per-file provenance when some active kind describes its receivers, else null. */
export function provenanceFor(
  program: TSESTree.Program,
  scopeManager: ScopeManagerLike | null,
  names: FileNames,
  kinds: readonly ResourceKind[],
  forced: ReadonlySet<ResourceKind>,
): Provenance | null {
  const libraries = kinds.filter((k) => k.receivers !== undefined);
  if (!scopeManager || libraries.length === 0) return null;
  return new Provenance(program, scopeManager, names, forced, libraries);
}

/** The file's imports and top-level requires by local name, and the modules imported at run time. */
function importBindings(program: TSESTree.Program): { bindings: Map<string, ImportBinding>; runtimeModules: Set<string> } {
  const bindings = new Map<string, ImportBinding>();
  const runtimeModules = new Set<string>();
  for (const statement of program.body) {
    if (statement.type === T.ImportDeclaration) {
      const module = statement.source.value;
      let runtime = statement.importKind !== "type" && (statement.specifiers.length === 0 || false);
      for (const s of statement.specifiers) {
        const imported =
          s.type === T.ImportNamespaceSpecifier ? "*" : s.type === T.ImportDefaultSpecifier ? "default" : s.imported.type === T.Identifier ? s.imported.name : String(s.imported.value);
        bindings.set(s.local.name, { module, imported });
        const typeOnly = statement.importKind === "type" || (s.type === T.ImportSpecifier && s.importKind === "type");
        if (!typeOnly) runtime = true;
      }
      if (runtime) runtimeModules.add(module);
    } else if (statement.type === T.TSImportEqualsDeclaration && statement.moduleReference.type === T.TSExternalModuleReference) {
      const e = statement.moduleReference.expression;
      if (e.type === T.Literal && typeof e.value === "string") {
        bindings.set(statement.id.name, { module: e.value, imported: "*" });
        if (statement.importKind !== "type") runtimeModules.add(e.value);
      }
    } else if (statement.type === T.VariableDeclaration) {
      for (const d of statement.declarations) {
        const module = d.init ? requiredModule(d.init) : null;
        if (module === null) continue;
        runtimeModules.add(module);
        if (d.id.type === T.Identifier) bindings.set(d.id.name, { module, imported: "*" });
        else if (d.id.type === T.ObjectPattern) {
          for (const p of d.id.properties) {
            if (p.type === T.Property && !p.computed && p.key.type === T.Identifier && p.value.type === T.Identifier) {
              bindings.set(p.value.name, { module, imported: p.key.name });
            }
          }
        }
      }
    }
  }
  return { bindings, runtimeModules };
}

/** `require("m")`, `await import("m")`: the module name. */
function requiredModule(init: Node): string | null {
  let e = unwrap(init);
  if (e.type === T.AwaitExpression) e = unwrap(e.argument);
  if (e.type === T.CallExpression && e.callee.type === T.Identifier && e.callee.name === "require") {
    const arg = e.arguments[0];
    return arg && arg.type === T.Literal && typeof arg.value === "string" ? arg.value : null;
  }
  if (e.type === T.ImportExpression && e.source.type === T.Literal && typeof e.source.value === "string") return e.source.value;
  return null;
}

/** `null`, `undefined`, `undefined as any`, `null!`: a placeholder, not a value's origin. */
function isNullLike(node: Node): boolean {
  let e = node;
  while (e.type === T.TSAsExpression || e.type === T.TSNonNullExpression || e.type === T.TSTypeAssertion || e.type === T.TSSatisfiesExpression) {
    e = e.expression;
  }
  return (e.type === T.Literal && e.value === null && !("regex" in e)) || (e.type === T.Identifier && e.name === "undefined");
}

function isNodeBuiltin(module: string): boolean {
  return NODE_BUILTINS.has(module) || module.startsWith("node:");
}

/** `pool` in `pool.connect()`, `this.pool` in `this.pool.connect()`: a receiver's text, when it is that simple. */
function receiverKey(call: TSESTree.CallExpression): string | null {
  const { receiver } = calleeParts(call.callee);
  const r = receiver ? unwrap(receiver) : null;
  if (!r) return null;
  if (r.type === T.Identifier) return r.name;
  if (r.type === T.MemberExpression && r.object.type === T.ThisExpression && !r.computed && r.property.type === T.Identifier) {
    return `this.${r.property.name}`;
  }
  return null;
}

/** `await x`, `yield x`, `x as T`, `x!`, `<T>x`: the value `x`. */
function skipWrappers(node: Node): Node {
  let e = node;
  for (;;) {
    if (e.type === T.AwaitExpression || e.type === T.YieldExpression) {
      if (!e.argument) return e;
      e = e.argument;
    } else if (
      e.type === T.TSAsExpression ||
      e.type === T.TSNonNullExpression ||
      e.type === T.TSTypeAssertion ||
      e.type === T.TSSatisfiesExpression ||
      e.type === T.ChainExpression
    ) {
      e = e.expression;
    } else {
      return e;
    }
  }
}

function unwrap(node: Node): Node {
  let current = node;
  while (
    current.type === T.TSNonNullExpression ||
    current.type === T.ChainExpression ||
    current.type === T.TSSatisfiesExpression ||
    current.type === T.TSInstantiationExpression
  ) {
    current = current.expression;
  }
  return current;
}

function union(origins: readonly Origin[]): Origin {
  if (origins.length === 0) return null;
  const kinds = new Set<ResourceKind>();
  for (const origin of origins) {
    if (origin === null) return null;
    for (const kind of origin) kinds.add(kind);
  }
  return kinds;
}

function isNullish(node: Node): boolean {
  const n = skipWrappers(node);
  return (n.type === T.Literal && n.value === null) || (n.type === T.Identifier && n.name === "undefined");
}

/** The kinds two values that may each be the one used share: unknown when either is. */
function both(a: Origin, b: Origin): Origin {
  if (a === null || b === null) return null;
  if (a === b) return a;
  return new Set([...a].filter((kind) => b.has(kind)));
}

function acquires(kind: ResourceKind, name: string): boolean {
  return kind.operations.acquire.some((p) => (p.methods ?? []).includes(name));
}

/** Does an acquire `name` of the kind, not given a callback, return a releaser (or a `[value, release]` tuple)? */
function returnsReleaser(kind: ResourceKind, name: string): boolean {
  return kind.operations.acquire.some((p) => (p.methods ?? []).includes(name) && "releaser" in p.handle);
}

/** The releaser parameter indexes of the callback forms of an acquire `name` of the kind. */
function callbackReleasers(kind: ResourceKind, name: string): number[] {
  const indexes: number[] = [];
  for (const p of kind.operations.acquire) {
    if (!(p.methods ?? []).includes(name) || !("callback" in p.handle)) continue;
    if (p.handle.callback.releaser !== undefined) indexes.push(p.handle.callback.releaser);
  }
  return indexes;
}

/** Does this put call (a method pattern) put one of `names`? */
function putsNamed(pattern: CallPattern, call: TSESTree.CallExpression, receiver: Node, names: ReadonlySet<string>): boolean {
  const position = pattern.handle;
  if ("receiver" in position) return receiver.type === T.Identifier && names.has(receiver.name);
  if ("arg" in position) {
    const arg = call.arguments[position.arg];
    if (!arg) return false;
    const a = unwrap(arg);
    if (a.type === T.Identifier) return names.has(a.name);
    return position.fieldOfHandle && a.type === T.MemberExpression && unwrap(a.object).type === T.Identifier && names.has((unwrap(a.object) as TSESTree.Identifier).name);
  }
  return false;
}

/** Names the call's (awaited) result is kept in: `const c = await f()`, `c = await f()`, `const [v, release] = …`. */
function resultNames(call: Node): string[] {
  let child: Node = call;
  let parent = call.parent;
  while (
    parent &&
    (parent.type === T.AwaitExpression ||
      // `const client = yield pool.connect()` (co-style generators).
      parent.type === T.YieldExpression ||
      parent.type === T.TSAsExpression ||
      parent.type === T.TSNonNullExpression ||
      parent.type === T.TSTypeAssertion ||
      parent.type === T.ChainExpression)
  ) {
    child = parent;
    parent = parent.parent;
  }
  if (!parent) return [];
  const target =
    parent.type === T.VariableDeclarator && parent.init === child
      ? parent.id
      : parent.type === T.AssignmentExpression && parent.right === child
        ? parent.left
        : null;
  if (!target) return [];
  if (target.type === T.Identifier) return [target.name];
  if (target.type === T.ArrayPattern) return target.elements.flatMap((e) => (e && e.type === T.Identifier ? [e.name] : []));
  return [];
}

function enclosingFunctionBody(node: Node): Node | null {
  for (let p = node.parent; p; p = p.parent) {
    if (isFunction(p)) return p.body;
    if (p.type === T.Program) return p;
  }
  return null;
}

function enclosingClass(node: Node): TSESTree.ClassDeclaration | TSESTree.ClassExpression | null {
  for (let p = node.parent; p; p = p.parent) {
    if (p.type === T.ClassBody) return p.parent;
    // `this` inside a plain function is not the class's (arrows keep it).
    if (p.type === T.FunctionDeclaration || (p.type === T.FunctionExpression && p.parent?.type !== T.MethodDefinition && p.parent?.type !== T.PropertyDefinition)) {
      return null;
    }
  }
  return null;
}

function hasOwnMember(cls: TSESTree.ClassDeclaration | TSESTree.ClassExpression, name: string): boolean {
  return cls.body.body.some(
    (m) =>
      (m.type === T.MethodDefinition || m.type === T.PropertyDefinition || m.type === T.TSAbstractMethodDefinition || m.type === T.TSAbstractPropertyDefinition) &&
      !m.computed &&
      (m.key.type === T.Identifier || m.key.type === T.PrivateIdentifier) &&
      m.key.name === name,
  );
}

function localTypeAlias(program: TSESTree.Program, name: string): TSESTree.TypeNode | null {
  for (const statement of program.body) {
    const s = statement.type === T.ExportNamedDeclaration && statement.declaration ? statement.declaration : statement;
    if (s.type === T.TSTypeAliasDeclaration && s.id.name === name) return s.typeAnnotation;
  }
  return null;
}

/** Visits `root` and every node below it, nested functions included; `enter` returning false skips children. */
function walk(root: Node, enter: (node: Node) => boolean): void {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (enter(node)) pushChildren(node, stack);
  }
}

/** Every call under `root`, nested functions included (a releaser may be called in a callback). */
function walkAllCalls(root: Node, visit: (call: TSESTree.CallExpression) => void): void {
  walk(root, (node) => {
    if (node.type === T.CallExpression) visit(node);
    return true;
  });
}
