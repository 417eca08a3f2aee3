// Same-file function summaries: a local helper that returns an owned handle is an acquirer for
// its callers, one that puts a parameter on every path consumes it. Computed on demand, once per
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

export class Summaries {
  private readonly cache = new Map<Node, FunctionSummary | null>();
  private readonly inProgress = new Set<Node>();

  constructor(
    private readonly table: KindTable,
    /** Runs the full analysis of a helper and says whether every return hands out an owned handle. */
    private readonly returnsOwned: (fn: FunctionNode, lookup: SummaryLookup) => boolean,
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
        const acquires = this.mentionsTrackedCall(node) && this.returnsOwned(node, this.lookup);
        summary = acquires || consumes.size > 0 ? { acquires, consumes, borrows: false } : null;
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

/** An annotated function's summary: its JSDoc says what it does, its body is not consulted. */
function fromTags(node: Node, tags: FunctionTags): FunctionSummary {
  const params =
    isFunction(node) || node.type === T.TSDeclareFunction
      ? node.params.map((p) => (p.type === T.Identifier ? p.name : p.type === T.TSParameterProperty ? null : null))
      : [];
  const consumes = new Set(tags.consumes.map((name) => params.indexOf(name)).filter((i) => i >= 0));
  return { acquires: tags.acquires, consumes, borrows: tags.borrows };
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
