// settings.kref: every key validated with a message naming it; presets forced or import-aware;
// user-defined kinds.
import type { TestCaseError } from "@typescript-eslint/rule-tester";
import type { ESLintUtils } from "@typescript-eslint/utils";
import { RuleTester } from "@typescript-eslint/rule-tester";
import { describe, expect, it } from "vitest";
import { parseSettings } from "../src/analysis/kinds/settings.js";
import { rules } from "../src/rules/index.js";

function errorOf(settings: unknown): string {
  const parsed = parseSettings(settings);
  if (parsed.ok) throw new Error("expected a settings error");
  return parsed.error;
}

describe("parseSettings", () => {
  it("accepts nothing, and every key with good values", () => {
    expect(parseSettings(undefined)).toMatchObject({ ok: true, settings: { presets: [], resources: [], annotations: true, typed: false, debug: false } });
    const defaults = parseSettings(undefined);
    expect(defaults.ok && defaults.settings.disposable?.owners).toContain("DisposableStore");
    expect(parseSettings({ disposable: true })).toEqual(defaults);
    const off = parseSettings({ disposable: false });
    expect(off.ok && off.settings.disposable).toBeNull();
    const more = parseSettings({ disposable: { owners: ["Pool"] } });
    expect(more.ok && more.settings.disposable?.owners).toEqual(expect.arrayContaining(["Pool", "DisposableStore"]));
    const parsed = parseSettings({
      presets: ["pg"],
      annotations: false,
      typed: true,
      debug: true,
      resources: [{ name: "session", modules: ["sessions"], acquire: [{ methods: ["open"], handle: "result" }], put: [{ methods: ["close"], handle: "receiver" }] }],
    });
    expect(parsed.ok && parsed.settings.resources[0]?.name).toBe("session");
    expect(parsed.ok && parsed.settings.resources[0]?.throwModel).toBe("any-call");
  });

  it("accepts distinctive names and callback handle positions", () => {
    const parsed = parseSettings({
      resources: [
        {
          name: "conn",
          modules: ["conns"],
          distinctive: ["openConn", "$open"],
          acquire: [{ methods: ["open"], handle: { callback: { error: 0, handle: 1, releaser: 2 } } }],
        },
      ],
    });
    expect(parsed.ok && parsed.settings.resources[0]).toMatchObject({
      distinctive: ["openConn", "$open"],
      operations: { acquire: [{ methods: ["open"], handle: { callback: { error: 0, handle: 1, releaser: 2 } } }] },
    });
  });

  it("accepts throw lists and liveness queries", () => {
    const parsed = parseSettings({
      resources: [
        {
          name: "sess",
          acquire: [{ methods: ["openSession"], handle: "result" }],
          throws: { functions: ["mustCommit"] },
          nothrow: { methods: ["peek", "label"] },
          rejects: { methods: ["send"] },
          liveness: [{ property: "open" }, { method: "isClosed", trueMeans: "dead" }],
        },
      ],
    });
    expect(parsed.ok && parsed.settings.resources[0]).toMatchObject({
      throws: { functions: ["mustCommit"] },
      nothrow: { methods: ["peek", "label"] },
      rejects: { methods: ["send"] },
      liveness: [{ property: "open", trueMeans: "live" }, { method: "isClosed", trueMeans: "dead" }],
    });
  });

  it.each([
    [42, "settings.kref must be an object, not 42"],
    [{ preset: [] }, "settings.kref.preset is not a setting (expected one of: presets, resources, annotations, typed, debug, disposable)"],
    [{ disposable: "no" }, 'settings.kref.disposable must be true, false or an object like { "owners": ["MyStore"] }, not "no"'],
    [{ disposable: { owner: ["X"] } }, "settings.kref.disposable.owner is not a key of disposable (expected owners)"],
    [{ disposable: { owners: ["a.B"] } }, 'settings.kref.disposable.owners[0] must be a class name, not the member path "a.B": calls are matched by the last name, so give "B"'],
    [{ resources: [{ name: "disposable", put: [{ methods: ["close"], handle: "receiver" }] }] }, 'settings.kref.resources[0].name "disposable" is already taken (a preset or another resource)'],
    [{ presets: "pg" }, 'settings.kref.presets must be an array of strings, not "pg"'],
    [{ presets: ["pgx"] }, 'settings.kref.presets[0] is "pgx", not a preset'],
    [{ presets: [""] }, "settings.kref.presets[0] must be a non-empty string"],
    [{ annotations: "yes" }, 'settings.kref.annotations must be true or false, not "yes"'],
    [{ typed: 1 }, "settings.kref.typed must be true or false, not 1"],
    [{ debug: "on" }, 'settings.kref.debug must be true or false, not "on"'],
    [{ resources: {} }, "settings.kref.resources must be an array of resource kinds, not object"],
    [{ resources: [null] }, "settings.kref.resources[0] must be an object, not null"],
    [{ resources: [{ acquire: [] }] }, "settings.kref.resources[0].name must be a non-empty string"],
    [{ resources: [{ name: "x", color: 1 }] }, "settings.kref.resources[0].color is not a resource-kind key"],
    [{ resources: [{ name: "x", throwModel: "never" }] }, 'settings.kref.resources[0].throwModel must be "explicit" or "any-call", not "never"'],
    [{ resources: [{ name: "x", concurrency: "fibers" }] }, 'settings.kref.resources[0].concurrency must be "threads" or "event-loop"'],
    [{ resources: [{ name: "x" }] }, "settings.kref.resources[0] has no operations"],
    [{ resources: [{ name: "x", put: {} }] }, "settings.kref.resources[0].put must be an array of call patterns"],
    [{ resources: [{ name: "x", put: ["close"] }] }, "settings.kref.resources[0].put[0] must be an object"],
    [{ resources: [{ name: "x", put: [{ handle: "receiver" }] }] }, "settings.kref.resources[0].put[0] needs functions, methods or constructors"],
    [{ resources: [{ name: "x", acquire: [{ constructors: ["Lease"], handle: "receiver" }] }] }, 'settings.kref.resources[0].acquire[0].handle must be "result" for constructors'],
    [{ resources: [{ name: "x", put: [{ methods: ["close"], handle: "self" }] }] }, 'settings.kref.resources[0].put[0].handle must be "result", "receiver", "releaser"'],
    [{ resources: [{ name: "x", put: [{ methods: ["close"], handle: { arg: -1 } }] }] }, "settings.kref.resources[0].put[0].handle.arg must be a non-negative integer (0, 1, …), not -1"],
    [{ resources: [{ name: "x", put: [{ methods: ["close"], handle: { field: 1.5 } }] }] }, "settings.kref.resources[0].put[0].handle.field must be a non-negative integer (0, 1, …), not 1.5"],
    [{ resources: [{ name: "x", put: [{ methods: ["close"], handle: { arg: 0, field: 0 } }] }] }, "settings.kref.resources[0].put[0].handle must have exactly one of arg, field, element, callback, not arg and field"],
    [{ resources: [{ name: "x", put: [{ methods: ["close"], handle: { argument: 0 } }] }] }, "settings.kref.resources[0].put[0].handle.argument is not a handle position (expected one of: arg, field, element, callback)"],
    [{ resources: [{ name: "x", put: [{ methods: ["close"], handle: { callback: 1 } }] }] }, 'settings.kref.resources[0].put[0].handle.callback must be an object like { "error": 0, "handle": 1 }, not 1'],
    [{ resources: [{ name: "x", put: [{ methods: ["/open.*/"], handle: "receiver" }] }] }, 'settings.kref.resources[0].put[0].methods[0] must be a method name (an identifier such as "open"), not "/open.*/": names are matched literally, not as patterns or calls'],
    [{ resources: [{ name: "x", put: [{ methods: ["open("], handle: "receiver" }] }] }, 'settings.kref.resources[0].put[0].methods[0] must be a method name (an identifier such as "open"), not "open("'],
    [{ resources: [{ name: "x", put: [{ functions: ["lib.close"], handle: { arg: 0 } }] }] }, 'settings.kref.resources[0].put[0].functions[0] must be a function name, not the member path "lib.close": calls are matched by the last name, so give "close"'],
    [{ resources: [{ name: "x", acquire: [{ constructors: ["new Lease"], handle: "result" }] }] }, "settings.kref.resources[0].acquire[0].constructors[0] must be a class name (an identifier"],
    [{ resources: [{ name: "x", put: [{ methods: ["m".repeat(40_000)], handle: "receiver" }] }] }, `settings.kref.resources[0].put[0].methods[0] must be a method name of at most 128 characters, not "${"m".repeat(40)}…" (40000 characters)`],
    [{ resources: [{ name: "x", put: [{ method: ["close"], handle: "receiver" }] }] }, "settings.kref.resources[0].put[0].method is not a call-pattern key"],
    [{ resources: [{ name: "x", modules: "m", put: [{ methods: ["close"], handle: "receiver" }] }] }, 'settings.kref.resources[0].modules must be an array of strings, not "m"'],
    [{ resources: [{ name: "pg", put: [{ methods: ["close"], handle: "receiver" }] }] }, 'settings.kref.resources[0].name "pg" is already taken'],
    [{ resources: [{ name: "x", lock: [{ functions: ["take"], handle: "result" }] }] }, 'settings.kref.resources[0].lock[0].handle must name the lock: { "arg": n }, { "field": n } or "receiver", or "releaser"'],
    [{ resources: [{ name: "x", unlock: [{ functions: ["drop"], handle: "releaser" }] }] }, 'settings.kref.resources[0].unlock[0].handle must name the lock: { "arg": n }, { "field": n } or "receiver"'],
    [{ resources: [{ name: "x", acquire: [{ methods: ["take"], handle: { element: -1 } }] }] }, "settings.kref.resources[0].acquire[0].handle.element must be a non-negative integer (0, 1, …), not -1"],
    [{ resources: [{ name: "x", scoped: {} }] }, "settings.kref.resources[0].scoped must be an array of call patterns, not object"],
    [{ resources: [{ name: "x", distinctive: "open", put: [{ methods: ["close"], handle: "receiver" }] }] }, 'settings.kref.resources[0].distinctive must be an array of strings, not "open"'],
    [{ resources: [{ name: "x", distinctive: ["a.b"], put: [{ methods: ["close"], handle: "receiver" }] }] }, 'settings.kref.resources[0].distinctive[0] must be a function or method name, not the member path "a.b"'],
    [{ resources: [{ name: "x", acquire: [{ methods: ["open"], handle: { callback: { err: 0 } } }] }] }, "settings.kref.resources[0].acquire[0].handle.callback.err is not a callback parameter (expected error, handle, releaser)"],
    [{ resources: [{ name: "x", acquire: [{ methods: ["open"], handle: { callback: { handle: "1" } } }] }] }, 'settings.kref.resources[0].acquire[0].handle.callback.handle must be a parameter index (0, 1, …), not "1"'],
    [{ resources: [{ name: "x", acquire: [{ methods: ["open"], handle: { callback: { error: 0 } } }] }] }, "settings.kref.resources[0].acquire[0].handle.callback needs a handle or a releaser parameter"],
    [{ resources: [{ name: "x", put: [{ methods: ["close"], handle: "receiver" }], throws: ["query"] }] }, 'settings.kref.resources[0].throws must be an object like { "methods": ["query"] }, not an array'],
    [{ resources: [{ name: "x", put: [{ methods: ["close"], handle: "receiver" }], nothrow: { method: ["peek"] } }] }, "settings.kref.resources[0].nothrow.method is not a key of a call list (expected functions, methods)"],
    [{ resources: [{ name: "x", put: [{ methods: ["close"], handle: "receiver" }], nothrow: { methods: ["a.peek"] } }] }, 'settings.kref.resources[0].nothrow.methods[0] must be a method name, not the member path "a.peek"'],
    [{ resources: [{ name: "x", put: [{ methods: ["close"], handle: "receiver" }], liveness: { property: "alive" } }] }, "settings.kref.resources[0].liveness must be an array of liveness queries"],
    [{ resources: [{ name: "x", put: [{ methods: ["close"], handle: "receiver" }], liveness: [{ property: "alive", method: "isDeleted" }] }] }, "settings.kref.resources[0].liveness[0] must have exactly one of property, method"],
    [{ resources: [{ name: "x", put: [{ methods: ["close"], handle: "receiver" }], liveness: [{ method: "isDeleted", trueMeans: "deleted" }] }] }, 'settings.kref.resources[0].liveness[0].trueMeans must be "live" or "dead", not "deleted"'],
    [{ resources: [{ name: "x", put: [{ methods: ["close"], handle: "receiver" }], liveness: [{ property: "alive", when: 1 }] }] }, "settings.kref.resources[0].liveness[0].when is not a liveness-query key (expected property, method, trueMeans)"],
    [{ resources: [{ name: "x", put: [{ methods: ["close"], handle: "receiver" }], liveness: [{ property: 1 }] }] }, "settings.kref.resources[0].liveness[0].property must be a non-empty string, not 1"],
  ])("rejects %j naming the key", (settings, message) => {
    expect(errorOf(settings)).toContain(message);
  });
});

const ruleTester = new RuleTester();
const pgCode = `
export async function q(pool: Pool) {
  const client = await pool.connect();
  await client.query("select 1");
}`;

// A user kind "session" (openSession → close) and its one leak, shared by the cases below.
type MessageIds = ESLintUtils.InferMessageIdsTypeFromRule<(typeof rules)["put-on-every-path"]>;
const sessionCode = `
export function f(store: Store) {
  const s = store.openSession();
  if (!s.valid) return;
  s.close();
}`;
const sessionOperations = {
  acquire: [{ methods: ["openSession"], handle: "result" }],
  put: [{ methods: ["close"], handle: "receiver" }],
};
const sessionLeak: TestCaseError<MessageIds>[] = [
  {
    messageId: "leakAtExit",
    data: { handle: "s", line: "3", exit: "return" },
    line: 4,
    column: 17,
    suggestions: [
      {
        messageId: "suggestPut",
        output: `
export function f(store: Store) {
  const s = store.openSession();
  if (!s.valid) { s.close(); return; }
  s.close();
}`,
      },
      {
        messageId: "suggestTryFinally",
        output: `
export function f(store: Store) {
  const s = store.openSession();
  try {
    if (!s.valid) return;
  } finally {
    s.close();
  }
}`,
      },
    ],
  },
];

ruleTester.run("settings through the rules", rules["put-on-every-path"], {
  valid: [
    { name: "import-aware: without importing pg, pool.connect() is not tracked", code: pgCode },
    {
      name: "a user kind is not active in files that do not import its module",
      code: `
export function f(store: Store) {
  const s = store.openSession();
  s.touch();
}`,
      settings: { kref: { resources: [{ name: "session", modules: ["sessions"], acquire: [{ methods: ["openSession"], handle: "result" }], put: [{ methods: ["close"], handle: "receiver" }] }] } },
    },
    {
      name: "import type is enough to turn a preset on, and release in finally is fine",
      code: `
import type { Pool } from "pg";
export async function q(pool: Pool) {
  const client = await pool.connect();
  try {
    await client.query("select 1");
  } finally {
    client.release();
  }
}`,
    },
  ],
  invalid: [
    {
      name: "forcing the pg preset checks the same code",
      code: pgCode,
      settings: { kref: { presets: ["pg"] } },
      errors: [
        { messageId: "leakOnThrow", line: 4, column: 3, suggestions: [] },
        { messageId: "leakAtEnd", line: 5, column: 1, suggestions: [] },
      ],
    },
    {
      name: "a user-defined kind without modules is always on",
      code: sessionCode,
      settings: { kref: { resources: [{ name: "session", throwModel: "explicit", ...sessionOperations }] } },
      errors: sessionLeak,
    },
    {
      name: "a distinctive name turns a user kind on without its import",
      code: sessionCode,
      settings: { kref: { resources: [{ name: "session", modules: ["sessions"], distinctive: ["openSession"], throwModel: "explicit", ...sessionOperations }] } },
      errors: sessionLeak,
    },
    {
      name: "a user kind with a callback handle: the callback owns it, the releaser parameter puts it",
      code: `
export function f(locks: Locks, busy: boolean) {
  locks.take("k", (err, lock, unlock) => {
    if (err) return;
    if (busy) return;
    unlock();
  });
}`,
      settings: { kref: { resources: [{ name: "lease", throwModel: "explicit", acquire: [{ methods: ["take"], handle: { callback: { error: 0, handle: 1, releaser: 2 } } }] }] } },
      errors: [
        {
          messageId: "leakAtExit",
          data: { handle: "lock", line: "3", exit: "return" },
          line: 5,
          column: 15,
          suggestions: [
            {
              messageId: "suggestPut",
              output: `
export function f(locks: Locks, busy: boolean) {
  locks.take("k", (err, lock, unlock) => {
    if (err) return;
    if (busy) { unlock(); return; }
    unlock();
  });
}`,
            },
          ],
        },
      ],
    },
    {
      name: "an element of a destructured result as the handle",
      code: `
export async function f(pool: Pool, skip: boolean) {
  const [conn, info] = await pool.take();
  if (skip) return info;
  pool.giveBack(conn);
  return null;
}`,
      settings: { kref: { resources: [{ name: "taker", throwModel: "explicit", acquire: [{ methods: ["take"], handle: { element: 0 } }], put: [{ methods: ["giveBack"], handle: { arg: 0 } }] }] } },
      errors: [
        {
          messageId: "leakAtExit",
          data: { handle: "conn", line: "3", exit: "return" },
          line: 4,
          column: 13,
          suggestions: [
            {
              messageId: "suggestPut",
              output: `
export async function f(pool: Pool, skip: boolean) {
  const [conn, info] = await pool.take();
  if (skip) { pool.giveBack(conn); return info; }
  pool.giveBack(conn);
  return null;
}`,
            },
            {
              messageId: "suggestTryFinally",
              output: `
export async function f(pool: Pool, skip: boolean) {
  const [conn, info] = await pool.take();
  try {
    if (skip) return info;
    return null;
  } finally {
    pool.giveBack(conn);
  }
}`,
            },
          ],
        },
      ],
    },
    {
      name: "a bad setting is reported at line 1 with the key, and nothing else is checked",
      code: `
function f(d: D) {
  kref_get(d.ref);
}`,
      settings: { kref: { presets: ["pgx"] } },
      errors: [{ messageId: "invalidSettings", line: 1, column: 1 }],
    },
  ],
});

// Locks a kind defines: `lock`/`unlock` patterns (the handle position names the lock), a
// releaser lock, and `scoped` calls whose callback runs holding the lock.
const lockKind = {
  kref: {
    resources: [
      {
        name: "locker",
        concurrency: "threads",
        lock: [{ functions: ["take_lock"], handle: { arg: 0 } }, { methods: ["hold"], handle: "releaser" }],
        unlock: [{ functions: ["drop_lock"], handle: { arg: 0 } }],
        scoped: [{ methods: ["withLock"], handle: "receiver" }],
      },
    ],
  },
};

ruleTester.run("user-defined locks", rules["lock-lookup-and-get"], {
  valid: [
    {
      name: "lookup and get between take_lock and drop_lock",
      code: `
let cache: Dev | null = null;
export function grab() {
  take_lock(cacheLock);
  const d = cache;
  if (d) kref_get(d.ref);
  drop_lock(cacheLock);
  return d;
}`,
      settings: lockKind,
    },
    {
      name: "lookup and get while a releaser lock is held",
      code: `
let cache: Dev | null = null;
export async function grab(locks: Locks) {
  const release = await locks.hold();
  const d = cache;
  if (d) kref_get(d.ref);
  release();
  return d;
}`,
      settings: lockKind,
    },
    {
      name: "lookup and get inside a scoped lock's callback",
      code: `
let cache: Dev | null = null;
export function grab(guard: Guard) {
  guard.withLock(() => {
    const d = cache;
    if (d) kref_get(d.ref);
  });
}`,
      settings: lockKind,
    },
  ],
  invalid: [
    {
      name: "the get comes after drop_lock",
      code: `
let cache: Dev | null = null;
export function grab() {
  take_lock(cacheLock);
  const d = cache;
  drop_lock(cacheLock);
  if (d) kref_get(d.ref);
  return d;
}`,
      settings: lockKind,
      errors: [
        {
          messageId: "getOutsideLookupSection",
          data: { handle: "d", location: "cache", line: "5" },
          line: 7,
          column: 10,
          suggestions: [
            {
              messageId: "suggestHoldLock",
              data: { lock: "cacheLock" },
              output: `
let cache: Dev | null = null;
export function grab() {
  take_lock(cacheLock);
  const d = cache;
  if (d) kref_get(d.ref);
  drop_lock(cacheLock);
  return d;
}`,
            },
          ],
        },
      ],
    },
    {
      name: "the releaser of a kind's lock is called before the get: the suggestion names the lock",
      code: `
let cache: Dev | null = null;
export async function grab(locks: Locks) {
  const release = await locks.hold();
  const d = cache;
  release();
  if (d) kref_get(d.ref);
  return d;
}`,
      settings: lockKind,
      errors: [
        {
          messageId: "getOutsideLookupSection",
          data: { handle: "d", location: "cache", line: "5" },
          line: 7,
          column: 10,
          suggestions: [
            {
              messageId: "suggestHoldLock",
              data: { lock: "locks" },
              output: `
let cache: Dev | null = null;
export async function grab(locks: Locks) {
  const release = await locks.hold();
  const d = cache;
  if (d) kref_get(d.ref);
  release();
  return d;
}`,
            },
          ],
        },
      ],
    },
    {
      name: "without the kind's lock patterns the same code has no critical section at all",
      code: `
let cache: Dev | null = null;
export function grab() {
  take_lock(cacheLock);
  const d = cache;
  if (d) kref_get(d.ref);
  drop_lock(cacheLock);
  return d;
}`,
      errors: [{ messageId: "getOutsideLookupSection", line: 6, column: 10, suggestions: null }],
    },
  ],
});

// Throw lists and liveness queries of a user kind (issue 12, 5 and 6): `openSession()` → `s.close()`.
const listed = (extra: Record<string, unknown>) => ({
  kref: {
    resources: [
      {
        name: "session",
        modules: ["sessions"],
        acquire: [{ functions: ["openSession"], handle: "result" }],
        put: [{ methods: ["close"], handle: "receiver" }],
        ...extra,
      },
    ],
  },
});
const sessionImport = `import { openSession } from "sessions";
`;

ruleTester.run("throw lists and liveness queries of user kinds", rules["put-on-every-path"], {
  valid: [
    {
      name: "a nothrow method on the kind's handle",
      code: `${sessionImport}export function f() {
  const s = openSession();
  s.peek();
  s.close();
}`,
      settings: listed({ nothrow: { methods: ["peek"] } }),
    },
    {
      name: "a rejects method fails through its promise: an unawaited call does not throw",
      code: `${sessionImport}export function f() {
  const s = openSession();
  s.send("ping").catch(() => {});
  s.close();
}`,
      settings: listed({ rejects: { methods: ["send"] } }),
    },
    {
      name: "a liveness property narrows like a null check",
      code: `${sessionImport}declare function work(): void;
export function f() {
  const s = openSession();
  try {
    work();
  } finally {
    if (s.open) s.close();
  }
}`,
      settings: listed({ liveness: [{ property: "open" }] }),
    },
    {
      name: "a liveness method whose true answer means dead",
      code: `${sessionImport}declare function work(): void;
export function f() {
  const s = openSession();
  try {
    work();
  } finally {
    if (!s.isClosed()) s.close();
  }
}`,
      settings: listed({ liveness: [{ method: "isClosed", trueMeans: "dead" }] }),
    },
    {
      name: "explicit model: an unlisted call outside try does not throw",
      code: `${sessionImport}declare function work(): void;
export function f() {
  const s = openSession();
  work();
  s.close();
}`,
      settings: listed({ throwModel: "explicit", throws: { functions: ["mustCommit"] } }),
    },
  ],
  invalid: [
    {
      name: "explicit model: a listed throwing function throws outside try",
      code: `${sessionImport}declare function mustCommit(): void;
export function f() {
  const s = openSession();
  mustCommit();
  s.close();
}`,
      settings: listed({ throwModel: "explicit", throws: { functions: ["mustCommit"] } }),
      errors: [
        {
          messageId: "leakOnThrow",
          data: { handle: "s", line: "4" },
          line: 5,
          column: 3,
          suggestions: [
            {
              messageId: "suggestTryFinally",
              output: `${sessionImport}declare function mustCommit(): void;
export function f() {
  const s = openSession();
  try {
    mustCommit();
  } finally {
    s.close();
  }
}`,
            },
          ],
        },
      ],
    },
    {
      name: "a rejects method throws where its rejection skips a .then that closes",
      code: `${sessionImport}export function f() {
  const s = openSession();
  return s.send("ping").then(() => s.close());
}`,
      settings: listed({ rejects: { methods: ["send"] } }),
      errors: [
        {
          messageId: "leakOnThrow",
          data: { handle: "s", line: "3" },
          line: 4,
          column: 10,
          suggestions: [],
        },
      ],
    },
    {
      name: "a nothrow method does not hide an unknown call after it",
      code: `${sessionImport}declare function work(): void;
export function f() {
  const s = openSession();
  s.peek();
  work();
  s.close();
}`,
      settings: listed({ nothrow: { methods: ["peek"] } }),
      errors: [
        {
          messageId: "leakOnThrow",
          data: { handle: "s", line: "4" },
          line: 6,
          column: 3,
          suggestions: [
            {
              messageId: "suggestTryFinally",
              output: `${sessionImport}declare function work(): void;
export function f() {
  const s = openSession();
  try {
    s.peek();
    work();
  } finally {
    s.close();
  }
}`,
            },
          ],
        },
      ],
    },
  ],
});
