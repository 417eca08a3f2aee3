// `settings.kref`: parsed and validated once per file. A bad value is an error that names the
// key and what was expected; it is never thrown and never silently ignored.
import type { TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES as T } from "@typescript-eslint/types";
import type { CallNames, CallPattern, HandlePosition, LivenessQuery, Operation, ResourceKind } from "./kinds.js";
import { OPERATIONS, krefPreset } from "./kinds.js";
import { PRESETS } from "./presets.js";
import { WELL_KNOWN_OWNERS, disposableKind } from "./disposable.js";

export interface KrefSettings {
  /** Presets forced on in every file, whatever it imports. */
  readonly presets: readonly string[];
  /** User-defined kinds, added to the presets. */
  readonly resources: readonly ResourceKind[];
  readonly annotations: boolean;
  readonly typed: boolean;
  /** Show what the analysis skipped or merged (a note per function, by one rule). */
  readonly debug: boolean;
  /**
   * The built-in `disposable` kind (disposable.ts): null when turned off (`disposable: false`);
   * else the owner classes it knows by name, the well-known ones and those the settings add.
   */
  readonly disposable: DisposableSettings | null;
}

export interface DisposableSettings {
  readonly owners: readonly string[];
  /** Substrings one of which every owner's name contains (a cheap pre-test). */
  readonly probes: readonly string[];
  /** The kind for these owners, made once per settings object. */
  readonly kind: ResourceKind;
}

export type ParsedSettings = { readonly ok: true; readonly settings: KrefSettings } | { readonly ok: false; readonly error: string };

const DEFAULT_DISPOSABLE: DisposableSettings = disposableSettingsFor(WELL_KNOWN_OWNERS);

function disposableSettingsFor(owners: readonly string[]): DisposableSettings {
  const probes = ["Disposable", ...owners.filter((o) => !o.includes("Disposable"))];
  return { owners, probes, kind: disposableKind(owners) };
}
const DEFAULTS: KrefSettings = { presets: [], resources: [], annotations: true, typed: false, debug: false, disposable: DEFAULT_DISPOSABLE };
const KEYS = ["presets", "resources", "annotations", "typed", "debug", "disposable"];
/** Longest function, method or constructor name accepted (longer ones are surely a mistake). */
export const MAX_NAME_LENGTH = 128;
const LOCK_KEYS = ["lock", "unlock", "scoped"] as const;
const THROW_KEYS = ["throws", "nothrow", "rejects", "liveness"] as const;
const KIND_KEYS = ["name", "modules", "distinctive", "throwModel", "concurrency", ...OPERATIONS, ...LOCK_KEYS, ...THROW_KEYS];

class SettingsError extends Error {}

function fail(message: string): never {
  throw new SettingsError(message);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (typeof value === "string") return value.length > 40 ? `"${value.slice(0, 40)}…" (${value.length} characters)` : `"${value}"`;
  if (typeof value === "number") return String(value);
  return value === null ? "null" : Array.isArray(value) ? "an array" : typeof value;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * A function, method or constructor name: calls are matched by the callee's own name (`open` in
 * `lib.open(…)`), so only a JavaScript identifier can ever match. Says why anything else cannot.
 */
function callName(value: string, where: string, what: string): string {
  if (value.length > MAX_NAME_LENGTH) fail(`${where} must be a ${what} of at most ${MAX_NAME_LENGTH} characters, not ${describe(value)}`);
  if (IDENTIFIER.test(value)) return value;
  const path = value.split(".");
  if (path.length > 1 && path.every((part) => IDENTIFIER.test(part))) {
    fail(`${where} must be a ${what}, not the member path ${describe(value)}: calls are matched by the last name, so give "${path[path.length - 1]}"`);
  }
  return fail(`${where} must be a ${what} (an identifier such as "open"), not ${describe(value)}: names are matched literally, not as patterns or calls`);
}

function nameList(value: unknown, where: string, what: string): string[] {
  return stringList(value, where).map((name, i) => callName(name, `${where}[${i}]`, what));
}

function stringList(value: unknown, where: string): string[] {
  if (!Array.isArray(value)) fail(`${where} must be an array of strings, not ${describe(value)}`);
  return value.map((item, i) => (typeof item === "string" && item.length > 0 ? item : fail(`${where}[${i}] must be a non-empty string, not ${describe(item)}`)));
}

export function parseSettings(raw: unknown): ParsedSettings {
  try {
    return { ok: true, settings: parse(raw) };
  } catch (error) {
    if (error instanceof SettingsError) return { ok: false, error: error.message };
    throw error;
  }
}

function parse(raw: unknown): KrefSettings {
  if (raw === undefined) return DEFAULTS;
  if (!isRecord(raw)) fail(`settings.kref must be an object, not ${describe(raw)}`);
  for (const key of Object.keys(raw)) {
    if (!KEYS.includes(key)) fail(`settings.kref.${key} is not a setting (expected one of: ${KEYS.join(", ")})`);
  }
  const presets = raw.presets === undefined ? [] : stringList(raw.presets, "settings.kref.presets");
  presets.forEach((name, i) => {
    if (!PRESETS.has(name)) fail(`settings.kref.presets[${i}] is "${name}", not a preset (expected one of: ${[...PRESETS.keys()].join(", ")})`);
  });
  for (const key of ["annotations", "typed", "debug"] as const) {
    if (raw[key] !== undefined && typeof raw[key] !== "boolean") fail(`settings.kref.${key} must be true or false, not ${describe(raw[key])}`);
  }
  if (raw.resources !== undefined && !Array.isArray(raw.resources)) {
    fail(`settings.kref.resources must be an array of resource kinds, not ${describe(raw.resources)}`);
  }
  const resources = ((raw.resources ?? []) as unknown[]).map((kind, i) => parseKind(kind, `settings.kref.resources[${i}]`));
  const names = new Set([...PRESETS.keys(), "disposable"]);
  resources.forEach((kind, i) => {
    if (names.has(kind.name)) fail(`settings.kref.resources[${i}].name "${kind.name}" is already taken (a preset or another resource)`);
    names.add(kind.name);
  });
  return {
    presets,
    resources,
    annotations: (raw.annotations as boolean | undefined) ?? DEFAULTS.annotations,
    typed: (raw.typed as boolean | undefined) ?? DEFAULTS.typed,
    debug: (raw.debug as boolean | undefined) ?? DEFAULTS.debug,
    disposable: disposableSettings(raw.disposable),
  };
}

/** `disposable`: `true` (the default), `false` (off), or `{ "owners": [class names] }` added to the well-known ones. */
function disposableSettings(raw: unknown): DisposableSettings | null {
  if (raw === undefined || raw === true) return DEFAULT_DISPOSABLE;
  if (raw === false) return null;
  if (!isRecord(raw)) fail(`settings.kref.disposable must be true, false or an object like { "owners": ["MyStore"] }, not ${describe(raw)}`);
  for (const key of Object.keys(raw)) {
    if (key !== "owners") fail(`settings.kref.disposable.${key} is not a key of disposable (expected owners)`);
  }
  const extra = raw.owners === undefined ? [] : nameList(raw.owners, "settings.kref.disposable.owners", "class name");
  return disposableSettingsFor([...new Set([...WELL_KNOWN_OWNERS, ...extra])]);
}

function parseKind(raw: unknown, where: string): ResourceKind {
  if (!isRecord(raw)) fail(`${where} must be an object, not ${describe(raw)}`);
  for (const key of Object.keys(raw)) {
    if (!KIND_KEYS.includes(key)) fail(`${where}.${key} is not a resource-kind key (expected one of: ${KIND_KEYS.join(", ")})`);
  }
  if (typeof raw.name !== "string" || raw.name.length === 0) fail(`${where}.name must be a non-empty string`);
  const throwModel = raw.throwModel ?? "any-call";
  if (throwModel !== "explicit" && throwModel !== "any-call") fail(`${where}.throwModel must be "explicit" or "any-call", not ${describe(throwModel)}`);
  const concurrency = raw.concurrency ?? "event-loop";
  if (concurrency !== "threads" && concurrency !== "event-loop") fail(`${where}.concurrency must be "threads" or "event-loop", not ${describe(concurrency)}`);
  const operations = {} as Record<Operation, CallPattern[]>;
  for (const op of OPERATIONS) operations[op] = patternList(raw[op], `${where}.${op}`).map(({ pattern }) => pattern);
  const locks = { lock: [] as CallPattern[], unlock: [] as CallPattern[], scoped: [] as CallPattern[] };
  for (const op of LOCK_KEYS) {
    locks[op] = patternList(raw[op], `${where}.${op}`).map(({ pattern, at }) => {
      const h = pattern.handle;
      const fits = "arg" in h || "receiver" in h || (op === "lock" && "releaser" in h);
      if (!fits) fail(`${at}.handle must name the lock: { "arg": n }, { "field": n } or "receiver"${op === "lock" ? ', or "releaser"' : ""}`);
      if (pattern.constructors) fail(`${at}.constructors is not allowed here: a lock operation is a call`);
      return pattern;
    });
  }
  const hasLocks = LOCK_KEYS.some((op) => locks[op].length > 0);
  if (!hasLocks && OPERATIONS.every((op) => operations[op].length === 0)) {
    fail(`${where} has no operations (give at least one of: ${[...OPERATIONS, ...LOCK_KEYS].join(", ")})`);
  }
  const distinctive = raw.distinctive === undefined ? undefined : nameList(raw.distinctive, `${where}.distinctive`, "function or method name");
  const throws = raw.throws === undefined ? undefined : callNames(raw.throws, `${where}.throws`);
  const nothrow = raw.nothrow === undefined ? undefined : callNames(raw.nothrow, `${where}.nothrow`);
  const rejects = raw.rejects === undefined ? undefined : callNames(raw.rejects, `${where}.rejects`);
  const liveness = raw.liveness === undefined ? undefined : livenessList(raw.liveness, `${where}.liveness`);
  return {
    name: raw.name,
    modules: raw.modules === undefined ? [] : stringList(raw.modules, `${where}.modules`),
    throwModel,
    concurrency,
    operations,
    ...(distinctive ? { distinctive } : {}),
    ...(hasLocks ? { locks } : {}),
    ...(throws ? { throws } : {}),
    ...(nothrow ? { nothrow } : {}),
    ...(rejects ? { rejects } : {}),
    ...(liveness ? { liveness } : {}),
  };
}

/** A kind's `throws` / `nothrow` / `rejects` list: `{ "functions"?: [names], "methods"?: [names] }`. */
function callNames(raw: unknown, where: string): CallNames {
  if (!isRecord(raw)) fail(`${where} must be an object like { "methods": ["query"] }, not ${describe(raw)}`);
  for (const key of Object.keys(raw)) {
    if (key !== "functions" && key !== "methods") fail(`${where}.${key} is not a key of a call list (expected functions, methods)`);
  }
  const functions = raw.functions === undefined ? undefined : nameList(raw.functions, `${where}.functions`, "function name");
  const methods = raw.methods === undefined ? undefined : nameList(raw.methods, `${where}.methods`, "method name");
  return { ...(functions ? { functions } : {}), ...(methods ? { methods } : {}) };
}

/** A kind's liveness queries: `[{ "property": "alive" }, { "method": "isDeleted", "trueMeans": "dead" }]`. */
function livenessList(raw: unknown, where: string): LivenessQuery[] {
  if (!Array.isArray(raw)) fail(`${where} must be an array of liveness queries like { "property": "alive" }, not ${describe(raw)}`);
  return raw.map((item: unknown, i): LivenessQuery => {
    const at = `${where}[${i}]`;
    if (!isRecord(item)) fail(`${at} must be an object like { "property": "alive" } or { "method": "isDeleted", "trueMeans": "dead" }, not ${describe(item)}`);
    for (const key of Object.keys(item)) {
      if (!["property", "method", "trueMeans"].includes(key)) fail(`${at}.${key} is not a liveness-query key (expected property, method, trueMeans)`);
    }
    if ((item.property === undefined) === (item.method === undefined)) fail(`${at} must have exactly one of property, method`);
    const trueMeans = item.trueMeans ?? "live";
    if (trueMeans !== "live" && trueMeans !== "dead") fail(`${at}.trueMeans must be "live" or "dead", not ${describe(trueMeans)}`);
    const key = item.property !== undefined ? "property" : "method";
    const value = item[key];
    if (typeof value !== "string" || value.length === 0) fail(`${at}.${key} must be a non-empty string, not ${describe(value)}`);
    const name = callName(value, `${at}.${key}`, key === "property" ? "property name" : "method name");
    return key === "property" ? { property: name, trueMeans } : { method: name, trueMeans };
  });
}

/** An optional list of call patterns, each with where it stands (for messages). */
function patternList(raw: unknown, where: string): { pattern: CallPattern; at: string }[] {
  if (raw !== undefined && !Array.isArray(raw)) fail(`${where} must be an array of call patterns, not ${describe(raw)}`);
  return ((raw ?? []) as unknown[]).map((p, i) => ({ pattern: parsePattern(p, `${where}[${i}]`), at: `${where}[${i}]` }));
}

function parsePattern(raw: unknown, where: string): CallPattern {
  if (!isRecord(raw)) fail(`${where} must be an object like { methods: ["release"], handle: "receiver" }, not ${describe(raw)}`);
  for (const key of Object.keys(raw)) {
    if (!["functions", "methods", "constructors", "handle"].includes(key)) {
      fail(`${where}.${key} is not a call-pattern key (expected functions, methods, constructors, handle)`);
    }
  }
  const functions = raw.functions === undefined ? undefined : nameList(raw.functions, `${where}.functions`, "function name");
  const methods = raw.methods === undefined ? undefined : nameList(raw.methods, `${where}.methods`, "method name");
  const constructors = raw.constructors === undefined ? undefined : nameList(raw.constructors, `${where}.constructors`, "class name");
  if (!functions?.length && !methods?.length && !constructors?.length) fail(`${where} needs functions, methods or constructors to match`);
  const handle = parseHandle(raw.handle, `${where}.handle`);
  if (constructors?.length && !("result" in handle)) fail(`${where}.handle must be "result" for constructors (the new object is the handle)`);
  return {
    ...(functions ? { functions } : {}),
    ...(methods ? { methods } : {}),
    ...(constructors ? { constructors } : {}),
    handle,
  };
}

function parseHandle(raw: unknown, where: string): HandlePosition {
  const expected = `"result", "receiver", "releaser", { "arg": n }, { "field": n }, { "element": n } or { "callback": { "error"?: n, "handle"?: n, "releaser"?: n } }`;
  if (raw === "result") return { result: true };
  if (raw === "receiver") return { receiver: true };
  if (raw === "releaser") return { releaser: true };
  const isIndex = (n: unknown): n is number => typeof n === "number" && Number.isInteger(n) && n >= 0;
  if (isRecord(raw)) {
    const keys = Object.keys(raw);
    const positions = ["arg", "field", "element", "callback"];
    const unknown = keys.find((key) => !positions.includes(key));
    if (unknown !== undefined) fail(`${where}.${unknown} is not a handle position (expected one of: ${positions.join(", ")})`);
    if (keys.length !== 1) fail(`${where} must have exactly one of ${positions.join(", ")}, not ${keys.length === 0 ? "none" : keys.join(" and ")}`);
    for (const key of ["arg", "field", "element"] as const) {
      if (key in raw && !isIndex(raw[key])) fail(`${where}.${key} must be a non-negative integer (0, 1, …), not ${describe(raw[key])}`);
    }
    if ("callback" in raw && !isRecord(raw.callback)) fail(`${where}.callback must be an object like { "error": 0, "handle": 1 }, not ${describe(raw.callback)}`);
    const n = raw.arg ?? raw.field;
    if (keys.length === 1 && isIndex(n)) return { arg: n, fieldOfHandle: "field" in raw };
    if (keys.length === 1 && isIndex(raw.element)) return { element: raw.element };
    if (keys.length === 1 && isRecord(raw.callback)) {
      const params = raw.callback;
      const known = ["error", "handle", "releaser"] as const;
      for (const key of Object.keys(params)) {
        if (!(known as readonly string[]).includes(key)) fail(`${where}.callback.${key} is not a callback parameter (expected error, handle, releaser)`);
      }
      const callback: { error?: number; handle?: number; releaser?: number } = {};
      for (const key of known) {
        const value = params[key];
        if (value === undefined) continue;
        if (!isIndex(value)) fail(`${where}.callback.${key} must be a parameter index (0, 1, …), not ${describe(value)}`);
        callback[key] = value;
      }
      if (callback.handle === undefined && callback.releaser === undefined) fail(`${where}.callback needs a handle or a releaser parameter`);
      return { callback };
    }
  }
  return fail(`${where} must be ${expected}, not ${describe(raw)}`);
}

/** Modules a file imports (any form, `import type` included) or requires at top level. */
export function importedModules(program: TSESTree.Program): Set<string> {
  const modules = new Set<string>();
  const requireOf = (node: TSESTree.Node | null | undefined): string | null => {
    let e = node;
    if (e && e.type === T.AwaitExpression) e = e.argument;
    if (e && e.type === T.MemberExpression) e = e.object;
    if (e && e.type === T.CallExpression && e.callee.type === T.Identifier && e.callee.name === "require") {
      const arg = e.arguments[0];
      return arg && arg.type === T.Literal && typeof arg.value === "string" ? arg.value : null;
    }
    if (e && e.type === T.ImportExpression && e.source.type === T.Literal && typeof e.source.value === "string") return e.source.value;
    return null;
  };
  for (const statement of program.body) {
    if (statement.type === T.ImportDeclaration) modules.add(statement.source.value);
    else if ((statement.type === T.ExportAllDeclaration || statement.type === T.ExportNamedDeclaration) && statement.source) {
      modules.add(statement.source.value);
    } else if (statement.type === T.TSImportEqualsDeclaration && statement.moduleReference.type === T.TSExternalModuleReference) {
      const expression = statement.moduleReference.expression;
      if (expression.type === T.Literal && typeof expression.value === "string") modules.add(expression.value);
    } else if (statement.type === T.VariableDeclaration) {
      for (const d of statement.declarations) {
        const name = requireOf(d.init);
        if (name !== null) modules.add(name);
      }
    }
  }
  return modules;
}

/**
 * The kinds active in a file: kref always, forced presets, imported presets, presets whose
 * distinctive operations the file calls, user kinds.
 */
export function activeKinds(settings: KrefSettings, imports: ReadonlySet<string>, text = ""): ResourceKind[] {
  const active: ResourceKind[] = [krefPreset];
  for (const kind of [...PRESETS.values(), ...settings.resources]) {
    if (kind === krefPreset) continue;
    const forced = settings.presets.includes(kind.name);
    const imported = kind.modules.some((m) => imports.has(m));
    const unconditional = kind.modules.length === 0 && settings.resources.includes(kind);
    if (forced || imported || unconditional || callsDistinctive(kind, text)) active.push(kind);
  }
  const disposable = settings.disposable;
  // A few substrings first (every well-known owner's name has "Disposable" or is
  // CancellationTokenSource): this test runs on every file.
  if (disposable && disposable.probes.some((p) => text.includes(p)) && callsDistinctive(disposable.kind, text, true)) active.push(disposable.kind);
  return active;
}

/** The active kinds forced on by `settings.kref.presets`: treated as imported at run time. */
export function forcedKinds(settings: KrefSettings, active: readonly ResourceKind[]): Set<ResourceKind> {
  return new Set(active.filter((k) => settings.presets.includes(k.name)));
}

/** Every kind the settings know: presets and user kinds (for typed matching). */
export function allKinds(settings: KrefSettings): ResourceKind[] {
  return [...PRESETS.values(), ...settings.resources];
}

function callsDistinctive(kind: ResourceKind, text: string, constructed = false): boolean {
  return (kind.distinctive ?? []).some(
    (name) =>
      text.includes(name) &&
      new RegExp(`${constructed ? "new\\s+(?:[\\w$]+\\s*\\.\\s*)*" : "(?<![\\w$])"}${name.replace(/\$/g, "\\$")}\\s*\\(`).test(text),
  );
}
