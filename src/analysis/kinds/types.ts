// Typed matching (`settings.kref.typed`): with type information from the parser, a library
// operation matches only when its receiver's type (or, for a plain call, the called function)
// is declared by one of the kind's modules. Names alone would also match a `connect()` of any
// other class; types also find the library's handles in files that never import it.
//
// Only the type checker's public API is used, through the program the parser already built:
// TypeScript itself is not imported at run time.
import type * as ts from "typescript";
import type { Node } from "../ast.js";

/** What typed matching needs from `parserServices`. */
export interface TypeServices {
  readonly program: ts.Program;
  readonly esTreeNodeToTSNodeMap: { get(node: Node): ts.Node | undefined };
}

/** Parser services with a type-checked program, or null (espree, or no `project` configured). */
export function typeServicesOf(parserServices: unknown): TypeServices | null {
  if (typeof parserServices !== "object" || parserServices === null) return null;
  const services = parserServices as { program?: unknown; esTreeNodeToTSNodeMap?: unknown };
  const program = services.program as { getTypeChecker?: unknown } | null | undefined;
  const map = services.esTreeNodeToTSNodeMap as { get?: unknown } | undefined;
  if (!program || typeof program.getTypeChecker !== "function" || !map || typeof map.get !== "function") return null;
  return services as TypeServices;
}

/** Where a declaration lives: `"pg"` (ambient module) or a file path (`…/node_modules/@types/pg/index`). */
const QUOTED_ORIGIN = /^"([^"]+)"/;

export class TypeOracle {
  private readonly checker: ts.TypeChecker;

  constructor(private readonly services: TypeServices) {
    this.checker = services.program.getTypeChecker();
  }

  /**
   * Is the receiver's type (or the called function, without a receiver) declared by one of
   * `modules`, or in a file whose path contains one of `paths`? True or false when the checker knows; null when it cannot tell (`any`, no symbol).
   */
  declaredIn(callee: Node, receiver: Node | null, modules: readonly string[], paths: readonly string[] = []): boolean | null {
    const target = this.services.esTreeNodeToTSNodeMap.get(receiver ?? callee);
    if (!target) return null;
    const symbols = receiver ? this.typeSymbols(target) : this.calleeSymbols(target);
    if (symbols.length === 0) return null;
    let known = false;
    for (const symbol of symbols) {
      const origin = this.originOf(symbol);
      if (origin === null) continue;
      known = true;
      if (modules.some((m) => fromModule(origin, m))) return true;
      if (paths.length > 0 && paths.some((p) => origin.replace(/\\/g, "/").includes(p))) return true;
    }
    return known ? false : null;
  }

  private typeSymbols(node: ts.Node): ts.Symbol[] {
    const type = this.checker.getNonNullableType(this.checker.getTypeAtLocation(node));
    const parts = type.isUnion() ? type.types : [type];
    const symbols: ts.Symbol[] = [];
    for (const part of parts) {
      const symbol = part.aliasSymbol ?? part.getSymbol();
      if (symbol) symbols.push(symbol);
    }
    return symbols;
  }

  private calleeSymbols(node: ts.Node): ts.Symbol[] {
    let symbol = this.checker.getSymbolAtLocation(node);
    if (!symbol) return [];
    try {
      // An imported name is an alias of the module's declaration.
      symbol = this.checker.getAliasedSymbol(symbol);
    } catch {
      // not an alias: the symbol is the declaration itself
    }
    return [symbol];
  }

  /**
   * The module or file a symbol is declared in: from its fully qualified name when that names
   * one (exports, ambient `declare module "pg"`), else the file of its first declaration (a
   * class local to a file).
   */
  private originOf(symbol: ts.Symbol): string | null {
    const match = QUOTED_ORIGIN.exec(this.checker.getFullyQualifiedName(symbol));
    if (match?.[1] !== undefined) return match[1];
    const declaration = symbol.declarations?.[0];
    return declaration ? declaration.getSourceFile().fileName : null;
  }
}

function fromModule(origin: string, module: string): boolean {
  const path = origin.replace(/\\/g, "/");
  return path === module || path.includes(`/node_modules/${module}/`) || path.includes(`/node_modules/@types/${module}/`);
}
