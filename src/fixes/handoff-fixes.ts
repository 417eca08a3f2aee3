// Suggestions for get-before-handoff: move the late get before the hand-off, or take a reference
// before a hand-off that had none.
import type { TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES as T } from "@typescript-eslint/types";
import type { Node } from "../analysis/ast.js";
import { walkAll } from "../analysis/ast.js";
import type { GetAfterHandoffFinding, HandoffWithoutRefFinding } from "../analysis/index.js";
import type { Fix, Fixer, SourceCode } from "./edits.js";
import { childStatementIn, insertBeforeStatement, removeStatement, rootName, statementOf } from "./edits.js";

/**
 * "Move the get before the hand-off": only for a get that is a statement of its own, after a
 * hand-off that cannot fail, when nothing between them rebinds the handle's variable.
 */
export function moveGetBeforeHandoff(finding: GetAfterHandoffFinding, sourceCode: SourceCode): ((fixer: Fixer) => Fix[]) | null {
  if (finding.fallible) return null;
  const getStatement = finding.node.parent;
  if (!getStatement || getStatement.type !== T.ExpressionStatement || getStatement.expression !== finding.node) return null;
  if (!statementOf(getStatement)?.inBlock) return null;
  const handoff = statementOf(finding.handoffNode);
  if (!handoff) return null;
  // Insert in the block that also contains the get, so the get runs on every path to the hand-off.
  const container = getStatement.parent;
  if (!container) return null;
  const target = childStatementIn(container, handoff.statement) ?? outermostStatementBefore(handoff.statement, getStatement);
  if (!target || target.range[1] > getStatement.range[0]) return null;
  if (rebindsBetween(finding.fn, rootName(finding.handle), target.range[0], getStatement.range[0])) return null;
  const code = sourceCode.getText(getStatement);
  return (fixer) => [insertBeforeStatement(fixer, sourceCode, target, code), removeStatement(fixer, sourceCode, getStatement)];
}

/** The statement around `inner` whose block also (transitively) holds `later`. */
function outermostStatementBefore(inner: Node, later: Node): Node | null {
  let current: Node | undefined = inner;
  while (current) {
    const placed = statementOf(current);
    if (!placed || !placed.inBlock) return null;
    const block = placed.statement.parent;
    if (block && block.range[0] <= later.range[0] && later.range[1] <= block.range[1]) return placed.statement;
    current = block;
  }
  return null;
}

function rebindsBetween(fn: Node, name: string, from: number, to: number): boolean {
  let found = false;
  walkAll(fn, (node) => {
    if (node.range[0] < from || node.range[0] > to) return;
    const target =
      node.type === T.AssignmentExpression
        ? node.left
        : node.type === T.UpdateExpression
          ? node.argument
          : node.type === T.VariableDeclarator
            ? node.id
            : null;
    if (target && target.type === T.Identifier && (target as TSESTree.Identifier).name === name) found = true;
  });
  return found;
}

/** "Take a reference before the hand-off": for a borrowed handle, whose caller's reference keeps it alive. */
export function getBeforeHandoff(finding: HandoffWithoutRefFinding, sourceCode: SourceCode): ((fixer: Fixer) => Fix) | null {
  if (!finding.borrowed || !finding.getTemplate) return null;
  const placed = statementOf(finding.handoffNode);
  if (!placed) return null;
  const code = `${finding.getTemplate};`;
  return (fixer) => insertBeforeStatement(fixer, sourceCode, placed.statement, code);
}
