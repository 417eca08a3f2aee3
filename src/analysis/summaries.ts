// Same-file function summaries: a local helper that returns an owned handle is an acquirer for
// its callers, one that puts a parameter on every path consumes it. Computed on demand, once per
// function, from the helper's own analysis; recursion gets no summary.
import type { TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES as T } from "@typescript-eslint/utils";
import type { FunctionNode, Node } from "./ast.js";
import { isFunction, skipTypeWrappers, walkOwnBody } from "./ast.js";
import { UnsupportedSyntax } from "./cfg/types.js";
import type { FunctionSummary, SummaryLookup } from "./events.js";
import type { KindTable } from "./spec/kinds.js";

export class Summaries {
  private readonly cache = new Map<FunctionNode, FunctionSummary | null>();
  private readonly inProgress = new Set<FunctionNode>();

  constructor(
    private readonly table: KindTable,
    /** Runs the full analysis of a helper and says whether every return hands out an owned handle. */
    private readonly returnsOwned: (fn: FunctionNode, lookup: SummaryLookup) => boolean,
  ) {}

  readonly lookup: SummaryLookup = (fn) => {
    if (this.cache.has(fn)) return this.cache.get(fn) ?? null;
    if (this.inProgress.has(fn)) return null;
    this.inProgress.add(fn);
    let summary: FunctionSummary | null = null;
    try {
      const consumes = this.consumedParams(fn);
      const acquires = this.mentionsTrackedCall(fn) && this.returnsOwned(fn, this.lookup);
      summary = acquires || consumes.size > 0 ? { acquires, consumes } : null;
    } catch (error) {
      if (!(error instanceof UnsupportedSyntax)) throw error;
    } finally {
      this.inProgress.delete(fn);
    }
    this.cache.set(fn, summary);
    return summary;
  };

  private mentionsTrackedCall(fn: FunctionNode): boolean {
    let found = false;
    walkOwnBody(fn, (node) => {
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
