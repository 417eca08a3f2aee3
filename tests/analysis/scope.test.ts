// Name resolution shared by a file's analyses (FileNames): only the scope trees of analysed
// functions are indexed up front; anything else resolves exactly as if the whole file were.
import type { TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES as T } from "@typescript-eslint/types";
import { describe, expect, it } from "vitest";
import type { FunctionNode, Node } from "../../src/analysis/ast.js";
import { walkAll } from "../../src/analysis/ast.js";
import { FileNames, FunctionScope } from "../../src/analysis/scope.js";
import { parse } from "../helpers/parse.js";

const code = `
const shared = 1;
function analysed(d) {
  const local = d.ref;
  return [{ key: local }, shared, undeclared];
}
function other(x) {
  const y = shared + x;
  return y;
}`;

function identifiers(program: TSESTree.Program, name: string): TSESTree.Identifier[] {
  const found: TSESTree.Identifier[] = [];
  walkAll(program, (node) => {
    if (node.type === T.Identifier && node.name === name) found.push(node);
  });
  return found;
}

function fn(program: TSESTree.Program, name: string): FunctionNode {
  for (const s of program.body) if (s.type === T.FunctionDeclaration && s.id?.name === name) return s;
  throw new Error(name);
}

describe("FileNames", () => {
  const { program, scopeManager } = parse(code);
  const names = new FileNames();
  const scope = FunctionScope.of(scopeManager, fn(program, "analysed"), names);
  const nameOf = (id: Node) => names.variableOf(id)?.name ?? null;

  it("resolves the analysed function's references, outer variables and globals", () => {
    expect(scope).not.toBeNull();
    const [, localUse] = identifiers(program, "local");
    expect(nameOf(localUse as Node)).toBe("local");
    const [, sharedUse] = identifiers(program, "shared");
    expect(nameOf(sharedUse as Node)).toBe("shared");
    expect(nameOf(identifiers(program, "undeclared")[0] as Node)).toBeNull();
  });

  it("gives nothing for an identifier that is no reference (a property name)", () => {
    expect(nameOf(identifiers(program, "key")[0] as Node)).toBeNull();
    expect(nameOf(identifiers(program, "ref")[0] as Node)).toBeNull();
  });

  it("resolves identifiers of functions never analysed, and the declaration at module level", () => {
    const [yDecl, yUse] = identifiers(program, "y");
    expect(nameOf(yUse as Node)).toBe("y");
    expect(nameOf(yDecl as Node)).toBe("y");
    expect(nameOf(identifiers(program, "shared")[2] as Node)).toBe("shared");
    expect(nameOf(identifiers(program, "shared")[0] as Node)).toBe("shared");
  });
});
