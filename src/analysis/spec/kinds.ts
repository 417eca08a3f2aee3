// Resource kinds: which calls take, drop and hand off references, and how a kind behaves.
// The built-in kref preset is written in the same model that user kinds will use.
import type { TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES as T } from "@typescript-eslint/utils";
import type { Node } from "../ast.js";
import { calleeParts, skipTypeWrappers } from "../ast.js";

export type Operation = "acquire" | "get" | "tryGet" | "put" | "sink";

/** Where the handle sits in a matched call. */
export interface HandlePosition {
  /** Index of the argument that designates the handle. */
  readonly arg: number;
  /** The argument is a field of the handle (`kref_get(dev.refcount)` designates `dev`). */
  readonly fieldOfHandle: boolean;
}

export interface CallPattern {
  readonly functions: readonly string[];
  readonly handle: HandlePosition;
}

export interface ResourceKind {
  readonly name: string;
  /** "explicit": throw statements, and calls inside try; "any-call": every call may throw. */
  readonly throwModel: "explicit" | "any-call";
  readonly concurrency: "threads" | "event-loop";
  /** A file whose text matches none of these cannot contain an operation of the kind. */
  readonly triggers: RegExp;
  readonly operations: Readonly<Record<Operation, readonly CallPattern[]>>;
}

const field = (arg: number): HandlePosition => ({ arg, fieldOfHandle: true });

export const krefPreset: ResourceKind = {
  name: "kref",
  throwModel: "explicit",
  concurrency: "threads",
  triggers: /kref/i,
  operations: {
    acquire: [{ functions: ["kref_init", "krefInit"], handle: field(0) }],
    get: [{ functions: ["kref_get", "krefGet"], handle: field(0) }],
    tryGet: [{ functions: ["kref_get_unless_zero", "krefGetUnlessZero"], handle: field(0) }],
    put: [
      {
        functions: ["kref_put", "krefPut", "kref_put_mutex", "krefPutMutex", "kref_put_lock", "krefPutLock"],
        handle: field(0),
      },
    ],
    sink: [],
  },
};

export interface MatchedCall {
  readonly kind: ResourceKind;
  readonly operation: Operation;
  /** The expression that denotes the handle itself (already reduced from a field). */
  readonly handle: Node;
}

/** Precomputed lookup from function name to its operations, for all active kinds. */
export class KindTable {
  private readonly byName = new Map<string, { kind: ResourceKind; operation: Operation; pattern: CallPattern }[]>();
  readonly kinds: readonly ResourceKind[];

  constructor(kinds: readonly ResourceKind[]) {
    this.kinds = kinds;
    for (const kind of kinds) {
      for (const operation of Object.keys(kind.operations) as Operation[]) {
        for (const pattern of kind.operations[operation]) {
          for (const name of pattern.functions) {
            const list = this.byName.get(name) ?? [];
            list.push({ kind, operation, pattern });
            this.byName.set(name, list);
          }
        }
      }
    }
  }

  /** Cheap text test: can this source contain any tracked call at all? */
  mayMatchText(text: string): boolean {
    return this.kinds.some((k) => k.triggers.test(text));
  }

  isTrackedName(name: string): boolean {
    return this.byName.has(name);
  }

  match(call: TSESTree.CallExpression | TSESTree.NewExpression): MatchedCall | null {
    if (call.type !== T.CallExpression) return null;
    const { name, receiver } = calleeParts(call.callee);
    if (name === null || receiver !== null) return null;
    const candidates = this.byName.get(name);
    if (!candidates) return null;
    for (const { kind, operation, pattern } of candidates) {
      const arg = call.arguments[pattern.handle.arg];
      if (!arg || arg.type === T.SpreadElement) continue;
      const handle = pattern.handle.fieldOfHandle ? ownerOfField(arg) : skipTypeWrappers(arg);
      if (handle) return { kind, operation, handle };
    }
    return null;
  }
}

/** `dev.refcount` → `dev`; a bare identifier designates itself (`kref_init(r)`). */
function ownerOfField(arg: Node): Node | null {
  const e = skipTypeWrappers(arg);
  if (e.type === T.MemberExpression) return skipTypeWrappers(e.object);
  if (e.type === T.Identifier) return e;
  return null;
}
