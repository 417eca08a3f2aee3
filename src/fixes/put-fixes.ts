// Suggestions for put-on-every-path: put before the exit, or wrap the rest of the block in
// try/finally with the put in `finally`.
import type { TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES as T } from "@typescript-eslint/types";
import type { Node } from "../analysis/ast.js";
import { HANDOFF_NAMES } from "../analysis/call-tables.js";
import { calleeParts, isFunction, walkOwnBody } from "../analysis/ast.js";
import type { LeakFinding } from "../analysis/index.js";
import type { Fix, Fixer, SourceCode } from "./edits.js";
import {
  indentOf,
  indentUnit,
  insertAtBlockEnd,
  insertBeforeStatement,
  lineRangeOf,
  mentions,
  mentionsUnder,
  pathText,
  rootName,
  statementOf,
} from "./edits.js";

export interface Suggestion {
  readonly kind: "put" | "tryFinally" | "using";
  readonly fix: (fixer: Fixer) => Fix | Fix[] | null;
}

/** "Put `x` before this exit": only where every path reaching the exit holds the reference. */
export function putBeforeExit(finding: LeakFinding, sourceCode: SourceCode): Suggestion | null {
  const put = finding.putTemplate;
  if (!put || !finding.onEveryPath || finding.exit === "callThrows" || finding.exit === "yield") return null;
  const code = `${put};`;
  const name = rootName(finding.handle);
  if (finding.node === null) {
    const block = finding.block;
    if (!block || block.type !== T.BlockStatement) return null;
    return { kind: "put", fix: (fixer) => insertAtBlockEnd(fixer, sourceCode, block, code) };
  }
  const exit = finding.node;
  // The exit must not read the handle after the put (`return dev.value`, `node = node.next`).
  const reads =
    exit.type === T.ReturnStatement || exit.type === T.ThrowStatement
      ? exit.argument
      : exit.type === T.AssignmentExpression
        ? exit.right
        : exit.type === T.VariableDeclarator
          ? exit.init
          : null;
  if (mentions(reads, name)) return null;
  const placed = statementOf(exit);
  if (!placed) return null;
  if (exit.type === T.AssignmentExpression && placed.statement.type !== T.ExpressionStatement) return null;
  if (exit.type === T.VariableDeclarator) return null;
  return { kind: "put", fix: (fixer) => insertBeforeStatement(fixer, sourceCode, placed.statement, code) };
}

/**
 * "Wrap in try/finally": the reference is taken by a statement directly in a block, the leaking
 * exit is later in that block, and the rest of the block neither hands the handle off nor puts it
 * other than as plain statements (which move into `finally`).
 */
export function wrapInTryFinally(finding: LeakFinding, sourceCode: SourceCode): Suggestion | null {
  const put = finding.putTemplate;
  const ref = finding.refNode;
  if (!put || !ref) return null;
  const placed = statementOf(ref);
  if (!placed || !placed.inBlock || !takesUnconditionally(placed.statement, ref)) return null;
  const block = placed.statement.parent;
  if (!block || block.type !== T.BlockStatement) return null;
  const region = block.body.slice(block.body.indexOf(placed.statement as TSESTree.Statement) + 1);
  const first = region[0];
  const last = region[region.length - 1];
  if (!first || !last) return null;
  const exitAt = finding.node ? finding.node.range[0] : sourceCode.getIndexFromLoc({ line: finding.loc.start.line, column: finding.loc.start.column });
  if (exitAt < first.range[0] || exitAt >= block.range[1]) return null;
  if (finding.otherPuts.some((p) => p.range[0] >= first.range[0] && p.range[1] <= last.range[1])) return null;
  const name = rootName(finding.handle);
  // The `finally` must see the handle's variable, and must not put a handle the region finds null
  // (`if (!o) return;` after a nullable helper, a pending acquisition awaited into a new name).
  if (region.some((s) => declares(s, name) || testsForNull(s, name))) return null;
  const isPut = putMatcher(put, sourceCode);
  const puts = region.filter((s) => {
    if (s.type !== T.ExpressionStatement) return false;
    const e = s.expression.type === T.AwaitExpression ? s.expression.argument : s.expression;
    return isPut(e);
  });
  const mentioned = mentionsUnder(finding.fn, name);
  for (const s of region) if (!puts.includes(s) && !keepsHandleHere(s, name, put, isPut, new Set(), mentioned)) return null;
  const indent = indentOf(sourceCode, first);
  if (indent === null) return null;
  const unit = indentUnit(indent);
  // Cut the region's text, minus the put statements, and indent it one level more.
  const cuts = puts.map((s) => lineRangeOf(sourceCode, s)).sort((a, b) => a[0] - b[0]);
  let body = "";
  let cursor = first.range[0];
  for (const [from, to] of cuts) {
    body += sourceCode.text.slice(cursor, Math.max(cursor, from));
    cursor = Math.max(cursor, to);
  }
  body += sourceCode.text.slice(cursor, last.range[1]);
  body = body.replace(/^\s*\n/, "").trimStart();
  if (body.trim() === "") return null;
  const inner = body.replace(/\n(?=[^\n])/g, `\n${unit}`);
  const code = `try {\n${indent}${unit}${inner}\n${indent}} finally {\n${indent}${unit}${put};\n${indent}}`;
  return { kind: "tryFinally", fix: (fixer) => fixer.replaceTextRange([first.range[0], last.range[1]], code) };
}

/** Does the statement declare a variable `name` (at its own level)? */
function declares(statement: Node, name: string): boolean {
  return statement.type === T.VariableDeclaration && statement.declarations.some((d) => mentions(d.id, name));
}

/** Does the statement test whether `name` is there at all (`!o`, `o == null`, `if (o)`, `IS_ERR(o)`)? */
function testsForNull(statement: Node, name: string): boolean {
  const isName = (n: Node | null | undefined): boolean => !!n && n.type === T.Identifier && n.name === name;
  const isNullish = (n: Node): boolean => (n.type === T.Literal && n.value === null) || (n.type === T.Identifier && n.name === "undefined");
  let found = false;
  walkOwnBody(statement, (node) => {
    if (found || isFunction(node)) return false;
    if (node.type === T.UnaryExpression && node.operator === "!" && isName(node.argument)) found = true;
    if (node.type === T.BinaryExpression && ((isName(node.left) && isNullish(node.right)) || (isName(node.right) && isNullish(node.left)))) found = true;
    if ((node.type === T.IfStatement || node.type === T.ConditionalExpression) && isName(node.test)) found = true;
    if (node.type === T.CallExpression && /^(IS_ERR|isErr|IS_ERR_OR_NULL)$/.test(calleeParts(node.callee).name ?? "") && isName(node.arguments[0])) found = true;
    return !found;
  });
  return found;
}

/** The statement takes the reference on every path through it (not `if (pin) kref_get(…)`). */
function takesUnconditionally(statement: Node, ref: Node): boolean {
  if (statement.type === T.ExpressionStatement) return statement.expression === ref;
  // `const client = await pool.connect()`: the declaration takes the reference.
  if (statement.type === T.VariableDeclaration) return statement.declarations.length === 1 && statement.declarations[0] === ref;
  // `if (!kref_get_unless_zero(x)) return;`: owned after the statement.
  if (statement.type === T.IfStatement && !statement.alternate) {
    const test = statement.test;
    const exits = statement.consequent.type === T.ReturnStatement || statement.consequent.type === T.ThrowStatement;
    return exits && test.type === T.UnaryExpression && test.operator === "!" && test.argument === ref;
  }
  return false;
}

/**
 * Tests whether a node is a call spelled like the put template, white space aside (with or
 * without the template's `await`). The callee name is compared first: most calls differ there.
 */
function putMatcher(put: string, sourceCode: SourceCode): (node: Node) => boolean {
  const compact = (code: string): string => code.replace(/\s+/g, "");
  const wanted = compact(put.replace(/^await\s+/, ""));
  const callee = /([\w$]+)\(/.exec(wanted)?.[1] ?? null;
  return (node) =>
    node.type === T.CallExpression &&
    (callee === null || calleeParts(node.callee).name === callee) &&
    compact(sourceCode.getText(node)) === wanted;
}

/** Does `call`'s first argument name the template's handle field (`dev.ref`)? */
function operatesOnSameHandle(call: TSESTree.CallExpression, put: string): boolean {
  const arg = call.arguments[0];
  if (!arg) return false;
  const path = pathText(arg);
  const rest = put.slice(put.indexOf("(") + 1);
  return rest.startsWith(path) && /^\s*[,)]/.test(rest.slice(path.length));
}


/** The statement neither puts the handle (except plain put statements) nor passes it on. */
function keepsHandleHere(
  statement: Node,
  name: string,
  put: string,
  isPut: (node: Node) => boolean,
  ignored: ReadonlySet<Node> = new Set(),
  mentioned: (node: Node | null | undefined) => boolean = (node) => mentions(node, name),
): boolean {
  // A statement that never names the handle cannot put, return, store or hand it off (the put
  // template names it too): the common case in long functions, answered without a walk.
  if (put.includes(name) && !mentioned(statement)) return true;
  let ok = true;
  walkOwnBody(statement, (node) => {
    if (!ok || ignored.has(node)) return false;
    if (isFunction(node) && node !== statement) {
      if (mentioned(node)) ok = false;
      return false;
    }
    if (node.type === T.ReturnStatement && mentioned(node.argument)) ok = false;
    if (node.type === T.AssignmentExpression && (mentioned(node.right) || mentioned(node.left))) ok = false;
    if (node.type === T.UpdateExpression && mentioned(node.argument)) ok = false;
    if (node.type === T.CallExpression) {
      const callee = calleeParts(node.callee).name;
      // Any other operation on the same reference count changes what the finally must put.
      if (isPut(node) || operatesOnSameHandle(node, put)) ok = false;
      if (callee !== null && HANDOFF_NAMES.has(callee) && node.arguments.some((a) => mentioned(a))) ok = false;
    }
    return ok;
  });
  return ok;
}


const expressionStatements = new WeakMap<Node, TSESTree.ExpressionStatement[]>();

/** The expression statements of a function's own body, found once per function (several findings ask). */
function expressionStatementsOf(fn: Node): TSESTree.ExpressionStatement[] {
  let found = expressionStatements.get(fn);
  if (!found) {
    const list: TSESTree.ExpressionStatement[] = [];
    walkOwnBody(fn, (node) => {
      if (node.type === T.ExpressionStatement) list.push(node);
      return true;
    });
    expressionStatements.set(fn, (found = list));
  }
  return found;
}

/**
 * "Declare with `await using`": for a Disposable kind whose reference is taken by a plain
 * `const` declaration in a block, the declaration becomes `using` / `await using` and every put
 * statement of the handle goes. Not offered when the handle is returned, handed off or put other
 * than by plain statements in blocks.
 */
export function declareWithUsing(finding: LeakFinding, sourceCode: SourceCode): (Suggestion & { keyword: string }) | null {
  const put = finding.putTemplate;
  const declarator = finding.refNode;
  if (!finding.disposable || !put || !declarator || declarator.type !== T.VariableDeclarator) return null;
  const declaration = declarator.parent;
  if (!declaration || declaration.type !== T.VariableDeclaration || declaration.declarations.length !== 1) return null;
  if (declaration.kind !== "const" && declaration.kind !== "let") return null;
  if (!statementOf(declaration)?.inBlock) return null;
  const keyword = finding.disposable === "async" ? "await using" : "using";
  if (finding.disposable === "async" && !finding.fn.async) return null;
  const name = rootName(finding.handle);
  const isPut = putMatcher(put, sourceCode);
  // The put statements go; nothing else may return, hand off, rebind or put the handle.
  const putStatements = expressionStatementsOf(finding.fn).filter((node) => {
    const e = node.expression.type === T.AwaitExpression ? node.expression.argument : node.expression;
    return isPut(e);
  });
  if (putStatements.some((s) => !statementOf(s)?.inBlock)) return null;
  const ignored = new Set(putStatements);
  const body = finding.fn.body.type === T.BlockStatement ? finding.fn.body.body : [];
  const mentioned = mentionsUnder(finding.fn, name);
  for (const statement of body) {
    if (statement !== declaration && !keepsHandleHere(statement, name, put, isPut, ignored, mentioned)) return null;
  }
  const kindToken = sourceCode.getFirstToken(declaration);
  if (!kindToken) return null;
  return {
    kind: "using",
    keyword,
    fix: (fixer) => [
      fixer.replaceText(kindToken, keyword),
      ...putStatements.map((s) => fixer.removeRange(lineRangeOf(sourceCode, s))),
    ],
  };
}
