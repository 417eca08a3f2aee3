// Text-edit helpers shared by the suggestions: statements, indentation, insertion and removal
// that keep the surrounding layout and comments.
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES as T } from "@typescript-eslint/types";
import type { Node } from "../analysis/ast.js";
import { isFunction, pushChildren } from "../analysis/ast.js";
import { spansAny } from "../analysis/offsets.js";

export type SourceCode = Readonly<TSESLint.SourceCode>;
export type Fixer = TSESLint.RuleFixer;
export type Fix = TSESLint.RuleFix;

type Container = TSESTree.BlockStatement | TSESTree.Program | TSESTree.SwitchCase | TSESTree.StaticBlock;

function statementsOf(container: Node): readonly Node[] | null {
  switch (container.type) {
    case T.BlockStatement:
    case T.Program:
    case T.StaticBlock:
      return container.body;
    case T.SwitchCase:
      return container.consequent;
    default:
      return null;
  }
}

/** The statement around `node` that sits directly in a block (or is a single-statement body). */
export function statementOf(node: Node): { statement: Node; inBlock: boolean } | null {
  let current: Node = node;
  for (;;) {
    const parent = current.parent;
    if (!parent || isFunction(current)) return null;
    const list = statementsOf(parent);
    if (list && list.includes(current)) return { statement: current, inBlock: true };
    if (isStatementSlot(parent, current)) return { statement: current, inBlock: false };
    current = parent;
  }
}

/** `if (x) <stmt>`, `while (x) <stmt>`, … : a statement position that is not a block. */
function isStatementSlot(parent: Node, child: Node): boolean {
  switch (parent.type) {
    case T.IfStatement:
      return parent.consequent === child || parent.alternate === child;
    case T.WhileStatement:
    case T.DoWhileStatement:
    case T.ForStatement:
    case T.ForInStatement:
    case T.ForOfStatement:
    case T.LabeledStatement:
      return parent.body === child;
    default:
      return false;
  }
}

/** The statement that contains `node` and whose parent is `container`, if any. */
export function childStatementIn(container: Node, node: Node): Node | null {
  let current: Node | undefined = node;
  while (current && current.parent !== container) {
    if (isFunction(current) && current !== node) return null;
    current = current.parent;
  }
  return current && statementsOf(container)?.includes(current) ? current : null;
}

export function containerOf(statement: Node): Container | null {
  const parent = statement.parent;
  return parent && statementsOf(parent) ? (parent as Container) : null;
}

/** The whitespace before `node` on its line, when nothing else precedes it there. */
export function indentOf(sourceCode: SourceCode, node: Node): string | null {
  const text = sourceCode.text;
  const lineStart = text.lastIndexOf("\n", node.range[0] - 1) + 1;
  const before = text.slice(lineStart, node.range[0]);
  return /^[ \t]*$/.test(before) ? before : null;
}

/** One level of indentation in the style of `indent`. */
export function indentUnit(indent: string): string {
  return indent.includes("\t") ? "\t" : "  ";
}

/** Inserts `code` (a statement) so that it runs just before `statement`. */
export function insertBeforeStatement(fixer: Fixer, sourceCode: SourceCode, statement: Node, code: string): Fix {
  const placed = statementOf(statement);
  if (placed && !placed.inBlock) {
    return fixer.replaceText(statement, `{ ${code} ${sourceCode.getText(statement)} }`);
  }
  const indent = indentOf(sourceCode, statement);
  return fixer.insertTextBefore(statement, indent === null ? `${code} ` : `${code}\n${indent}`);
}

/** Inserts `code` so that it runs just after `statement` (which must sit in a block). */
export function insertAfterStatement(sourceCode: SourceCode, fixer: Fixer, statement: Node, code: string): Fix {
  const indent = indentOf(sourceCode, statement);
  return fixer.insertTextAfter(statement, indent === null ? ` ${code}` : `\n${indent}${code}`);
}

/** Removes a statement, and its whole line when nothing else (not even a comment) is on it. */
export function removeStatement(fixer: Fixer, sourceCode: SourceCode, statement: Node): Fix {
  return fixer.removeRange(lineRangeOf(sourceCode, statement));
}

export function lineRangeOf(sourceCode: SourceCode, statement: Node): [number, number] {
  const text = sourceCode.text;
  const lineStart = text.lastIndexOf("\n", statement.range[0] - 1) + 1;
  const lineEnd = text.indexOf("\n", statement.range[1]);
  const end = lineEnd < 0 ? text.length : lineEnd;
  const alone = /^[ \t]*$/.test(text.slice(lineStart, statement.range[0])) && /^[ \t]*$/.test(text.slice(statement.range[1], end));
  return alone && lineStart > 0 ? [lineStart - 1, statement.range[1]] : [statement.range[0], statement.range[1]];
}

/** Inserts `code` as the last statement of a block, before its closing brace. */
export function insertAtBlockEnd(fixer: Fixer, sourceCode: SourceCode, block: TSESTree.BlockStatement, code: string): Fix | null {
  const last = block.body[block.body.length - 1];
  if (!last) return null;
  const indent = indentOf(sourceCode, last);
  if (indent === null) return null;
  const closing = block.range[1] - 1;
  const text = sourceCode.text;
  const lineStart = text.lastIndexOf("\n", closing - 1) + 1;
  if (/^[ \t]*$/.test(text.slice(lineStart, closing))) {
    return fixer.insertTextBeforeRange([lineStart, lineStart], `${indent}${code}\n`);
  }
  return fixer.insertTextBeforeRange([closing, closing], ` ${code} `);
}

/** Does any identifier named `name` occur in `node` (nested functions included)? */
export function mentions(node: Node | null | undefined, name: string): boolean {
  if (!node) return false;
  const stack: Node[] = [node];
  while (stack.length > 0) {
    const n = stack.pop() as Node;
    if (n.type === T.Identifier && n.name === name) return true;
    pushChildren(n, stack);
  }
  return false;
}

/** Sorted start offsets of the identifiers named `name`, per root node: one walk per function and name. */
const mentionIndexes = new WeakMap<Node, Map<string, number[]>>();

/**
 * `mentions` for many nodes under one root (a function that several findings' suggestions scan
 * statement by statement): the root is walked once per name, then each question is a binary search.
 */
export function mentionsUnder(root: Node, name: string): (node: Node | null | undefined) => boolean {
  let byName = mentionIndexes.get(root);
  if (!byName) mentionIndexes.set(root, (byName = new Map()));
  let starts = byName.get(name);
  if (!starts) {
    const found: number[] = [];
    const stack: Node[] = [root];
    while (stack.length > 0) {
      const n = stack.pop() as Node;
      if (n.type === T.Identifier && n.name === name) found.push(n.range[0]);
      pushChildren(n, stack);
    }
    starts = found.sort((a, b) => a - b);
    byName.set(name, starts);
  }
  const sorted = starts;
  return (node) => node !== null && node !== undefined && spansAny(sorted, node.range[0], node.range[1]);
}

/** The root identifier name of a handle display name (`dev` for `dev.child`). */
export function rootName(handle: string): string {
  const dot = handle.indexOf(".");
  return dot < 0 ? handle : handle.slice(0, dot);
}

/** The source-like text of a plain access path (`dev.ref`, `this.lock`), or a sentinel that matches nothing. */
export function pathText(node: Node): string {
  if (node.type === T.Identifier) return node.name;
  if (node.type === T.ThisExpression) return "this";
  if (node.type === T.MemberExpression && !node.computed && node.property.type === T.Identifier) {
    return `${pathText(node.object)}.${node.property.name}`;
  }
  return "\u0000";
}
