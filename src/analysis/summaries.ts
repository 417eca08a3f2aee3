// Same-file function summaries: a local helper that returns an owned handle is an acquirer for
// its callers (a nullable one when it returns `null`, `undefined` or `ERR_PTR(…)` on other
// paths), one that puts a parameter on every path consumes it. Computed on demand, once per
// function, from the helper's own analysis; recursion gets no summary.
import type { TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES as T } from "@typescript-eslint/types";
import type { FunctionNode, Node } from "./ast.js";
import { isFunction, skipTypeWrappers, walkOwnBody } from "./ast.js";
import { walkActivation } from "./sync-callbacks.js";
import { UnsupportedSyntax } from "./cfg/types.js";
import type { Annotations, FunctionTags } from "./annotations.js";
import { NO_ANNOTATIONS } from "./annotations.js";
import type { FunctionSummary, SummaryLookup } from "./event-types.js";
import type { KindTable } from "./kinds/kinds.js";
import type { Cfg } from "./cfg/types.js";
import { isErrorPointer, isNullish } from "./call-tables.js";
import type { State } from "./state.js";
import { NO_EXIT } from "./state.js";

/** What a helper's returns hand out: always an owned handle, an owned handle or a null-like value, or neither. */
export type ReturnedValue = "owned" | "nullable" | null;

export class Summaries {
  private readonly cache = new Map<Node, FunctionSummary | null>();
  private readonly inProgress = new Set<Node>();

  constructor(
    private readonly table: KindTable,
    /**
     * Runs the full analysis of a helper and says whether every return hands out an owned handle
     * ("owned"), or an owned handle or a null-like value ("nullable"), or neither (null).
     */
    private readonly returnsOwned: (fn: FunctionNode, lookup: SummaryLookup) => ReturnedValue,
    private readonly annotations: Annotations = NO_ANNOTATIONS,
  ) {}

  readonly lookup: SummaryLookup = (node) => {
    if (this.cache.has(node)) return this.cache.get(node) ?? null;
    if (this.inProgress.has(node)) return null;
    this.inProgress.add(node);
    let summary: FunctionSummary | null = null;
    try {
      const tags = this.annotations.functions.get(node);
      if (tags) summary = fromTags(node, tags);
      else if (isFunction(node)) {
        const consumes = this.consumedParams(node);
        const returned = this.mentionsTrackedCall(node) ? this.returnsOwned(node, this.lookup) : null;
        const acquires = returned !== null;
        summary = acquires || consumes.size > 0 ? { acquires, nullable: returned === "nullable", consumes, borrows: false } : null;
      }
    } catch (error) {
      if (!(error instanceof UnsupportedSyntax)) throw error;
    } finally {
      this.inProgress.delete(node);
    }
    this.cache.set(node, summary);
    return summary;
  };

  private mentionsTrackedCall(fn: FunctionNode): boolean {
    let found = false;
    walkActivation(fn, (node) => {
      if (node.type === T.CallExpression && this.table.match(node)) found = true;
      return !found;
    });
    return found;
  }

  /**
   * Parameters put (or handed off) by a statement of the function body that every normal path
   * reaches: no `return` or `throw` comes before it.
   */
  private consumedParams(fn: FunctionNode): Set<number> {
    const consumed = new Set<number>();
    if (fn.body.type !== T.BlockStatement) return consumed;
    const params = fn.params.map((p) => (p.type === T.Identifier ? p.name : null));
    for (const statement of fn.body.body) {
      if (statement.type === T.ExpressionStatement) {
        let e: Node = skipTypeWrappers(statement.expression);
        if (e.type === T.AwaitExpression) e = skipTypeWrappers(e.argument);
        const m = e.type === T.CallExpression ? this.table.match(e as TSESTree.CallExpression) : null;
        const handle = m?.handle ? skipTypeWrappers(m.handle) : null;
        if (m && (m.operation === "put" || m.operation === "sink") && handle && handle.type === T.Identifier) {
          const index = params.indexOf(handle.name);
          if (index >= 0) consumed.add(index);
        }
      }
      if (exits(statement)) break;
    }
    return consumed;
  }
}

/**
 * What the returns of an analysed function hand out: "owned" when every `return` hands out a
 * handle the function owns on every path reaching it; "nullable" when the others return a
 * null-like value instead (`null`, `undefined`, `ERR_PTR(…)`, a handle known to be null there,
 * or nothing: a bare `return` or falling off the end); null otherwise, or with no owned return.
 */
export function returnedValueOf({ cfg, states }: { readonly cfg: Cfg; readonly states: readonly (readonly State[])[] }): ReturnedValue {
  let owned = 0;
  let nullable = false;
  for (const node of cfg.nodes) {
    if (node.kind === "scopeExit" && node.functionExit) {
      if ((states[node.id] ?? []).some((state) => state.exitAt === NO_EXIT)) nullable = true;
      continue;
    }
    if (node.kind !== "step") continue;
    for (const event of node.events) {
      if (event.t !== "return") continue;
      const incoming = states[node.id] ?? [];
      if (incoming.length === 0) continue;
      if (event.path === null) {
        if (!returnsNullLike(node.ast)) return null;
        nullable = true;
        continue;
      }
      const path = event.path;
      let here = 0;
      for (const state of incoming) {
        const id = state.bind.get(path);
        const obj = id === undefined ? undefined : state.objs.get(id);
        if (obj !== undefined && obj.refs.length > 0 && !obj.unknown) here++;
        else if (obj !== undefined && obj.nullness === "null" && !obj.unknown) nullable = true;
        else return null;
      }
      if (here > 0) owned++;
    }
  }
  return owned === 0 ? null : nullable ? "nullable" : "owned";
}

/** Does this return (a statement, or an arrow's expression body) hand out a null-like value? */
function returnsNullLike(ast: Node): boolean {
  const value = ast.type === T.ReturnStatement ? ast.argument : ast;
  if (!value) return true;
  const e = skipTypeWrappers(value);
  if (isNullish(e) || isErrorPointer(e)) return true;
  return e.type === T.UnaryExpression && e.operator === "void" && e.argument.type === T.Literal;
}

/** An annotated function's summary: its JSDoc says what it does, its body is not consulted. */
function fromTags(node: Node, tags: FunctionTags): FunctionSummary {
  const params =
    isFunction(node) || node.type === T.TSDeclareFunction
      ? node.params.map((p) => (p.type === T.Identifier ? p.name : p.type === T.TSParameterProperty ? null : null))
      : [];
  const consumes = new Set(tags.consumes.map((name) => params.indexOf(name)).filter((i) => i >= 0));
  return { acquires: tags.acquires, nullable: false, consumes, borrows: tags.borrows };
}

/** Can this statement leave the function (return or throw, outside nested functions)? */
function exits(statement: Node): boolean {
  let found = false;
  walkOwnBody(statement, (node) => {
    if (isFunction(node)) return false;
    if (node.type === T.ReturnStatement || node.type === T.ThrowStatement) found = true;
    return !found;
  });
  return found;
}

export type { FunctionSummary };
