// The throw model: which evaluated nodes may throw, for exceptional edges. Under a kind with the
// `any-call` model every call may throw, not only calls inside `try` (`anyCallThrows`, found by
// the pre-scan); the CFG builder decides where the edges go.
import { AST_NODE_TYPES as T } from "@typescript-eslint/types";
import type { Node } from "../ast.js";
import { calleeParts } from "../ast.js";
import type { FunctionFacts } from "./prescan.js";

/** May this evaluated node throw? Tracked operations (and releaser calls) never throw. */
export function mayThrow(node: Node, facts: FunctionFacts): boolean {
  switch (node.type) {
    case T.CallExpression:
      return !facts.isTrackedCall(node) && facts.releaserPutOf(node) === null;
    case T.NewExpression:
      // Building an error object to throw does not itself throw.
      return !/Error$/.test(calleeParts(node.callee).name ?? "");
    case T.AwaitExpression:
      // Awaiting a pending acquisition: if it rejects, nothing was acquired to leak.
      return facts.relevantPath(node.argument) === null;
    case T.YieldExpression:
    case T.TaggedTemplateExpression:
    case T.ImportExpression:
      return true;
    default:
      return false;
  }
}
