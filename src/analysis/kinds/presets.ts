// Library presets: resource kinds for common libraries, active in files that import them.
// Operations were taken from each library's documented API at the version noted.
import type { CallPattern, ResourceKind } from "./kinds.js";
import { krefPreset } from "./kinds.js";
import type { ReceiverSources } from "./provenance.js";
import { withThrowLists } from "./throw-lists.js";

const result = { result: true } as const;
const receiver = { receiver: true } as const;
const releaser = { releaser: true } as const;
const arg0 = { arg: 0, fieldOfHandle: false } as const;

function library(
  name: string,
  modules: string[],
  operations: Partial<Record<"acquire" | "get" | "tryGet" | "put" | "sink", CallPattern[]>>,
  receivers?: ReceiverSources,
): ResourceKind {
  return {
    name,
    modules,
    ...(receivers ? { receivers } : {}),
    throwModel: "any-call",
    concurrency: "event-loop",
    operations: { acquire: [], get: [], tryGet: [], put: [], sink: [], ...operations },
  };
}

/**
 * pg 8: `const client = await pool.connect()` … `client.release(err?)`; the callback form
 * `pool.connect((err, client, done) => …)` releases with `done()` (or `client.release()`), and
 * holds nothing when `err` is set.
 */
export const pgPreset = library("pg", ["pg", "pg-pool"], {
  acquire: [
    { methods: ["connect"], handle: { callback: { error: 0, handle: 1, releaser: 2 } } },
    { methods: ["connect"], handle: result },
  ],
  put: [{ methods: ["release"], handle: receiver }],
}, {
  // A `Client` (`new Client()`, `client: Client`) is not a pool: its `connect()` is no checkout.
  // `pg-pool`'s default export is the Pool class.
  constructors: ["Pool", "default"],
  factories: [],
  types: ["Pool"],
  distinctive: [],
});

/**
 * pg 8's `Client` lifecycle: `await client.connect()` … `await client.end()`. Not matched by name
 * (`connect` is the pool's checkout, `end` ends streams and responses): events/lifecycles.ts
 * matches it only on a local made by `new Client()` of pg, so this kind is not in PRESETS.
 */
export const pgClientLifecycle = withThrowLists(library("pg-client", ["pg"], {
  acquire: [{ methods: ["connect"], handle: receiver }],
  put: [{ methods: ["end"], handle: receiver }],
}));

/**
 * mysql2 3: `await pool.getConnection()` … `conn.release()` / `pool.releaseConnection(conn)` /
 * `conn.destroy()`; the callback form `pool.getConnection((err, conn) => …)` holds `conn` in the
 * callback unless `err` is set.
 */
export const mysql2Preset = library("mysql2", ["mysql2", "mysql2/promise"], {
  acquire: [
    { methods: ["getConnection"], handle: { callback: { error: 0, handle: 1 } } },
    { methods: ["getConnection"], handle: result },
  ],
  put: [
    { methods: ["release", "destroy"], handle: receiver },
    { methods: ["releaseConnection"], handle: arg0 },
  ],
}, {
  constructors: ["Pool", "PoolCluster"],
  factories: ["createPool", "createPoolCluster"],
  // `createPool(…).promise()`, `cluster.of("replica*")`.
  derived: ["promise", "of"],
  types: ["Pool", "PoolCluster", "PoolNamespace"],
  distinctive: [],
});

/**
 * generic-pool 3: `const r = await pool.acquire()` … `pool.release(r)` / `pool.destroy(r)`;
 * `pool.use(fn)` is scoped. generic-pool 2's callback form `pool.acquire((err, r) => …)` holds `r`
 * in the callback unless `err` is set (v3 has no callback form). sequelize-pool 8 (sequelize's
 * connection pool) has the same `Pool` with `acquire()`, `release(r)` and `destroy(r)`.
 */
export const genericPoolPreset = library("generic-pool", ["generic-pool", "sequelize-pool"], {
  acquire: [
    { methods: ["acquire"], handle: { callback: { error: 0, handle: 1 } } },
    { methods: ["acquire"], handle: result },
  ],
  put: [{ methods: ["release", "destroy"], handle: arg0 }],
}, {
  constructors: ["Pool"],
  factories: ["createPool"],
  types: ["Pool"],
  distinctive: [],
});

/** async-mutex 0.5: `const release = await mutex.acquire()`; `const [value, release] = await semaphore.acquire()`. */
export const asyncMutexPreset = library("async-mutex", ["async-mutex"], {
  acquire: [{ methods: ["acquire"], handle: releaser }],
}, {
  constructors: ["Mutex", "Semaphore"],
  factories: ["withTimeout", "tryAcquire"],
  types: ["Mutex", "Semaphore", "MutexInterface", "SemaphoreInterface"],
  distinctive: [],
});

/** Node's fs/promises: `const fh = await open(path)` / `opendir()` … `fh.close()`, or `await using`. */
export const fsPromisesPreset: ResourceKind = {
  ...library("fs-promises", ["fs/promises", "node:fs/promises"], {
    acquire: [{ functions: ["open", "opendir"], methods: ["open", "opendir"], handle: result }],
    put: [{ methods: ["close"], handle: receiver }],
  }, {
    // Only the module's own functions: `open` imported from it, or `fs.open` on its namespace.
    constructors: [],
    factories: [],
    types: [],
    distinctive: [],
    evidence: false,
  }),
  // FileHandle and Dir implement Symbol.asyncDispose (Node 20.4+).
  disposable: "async",
};

/** The `vm.new*()` constructors of guest values: each returns an owned handle. */
const QUICKJS_NEW = [
  "newString",
  "newNumber",
  "newBigInt",
  "newObject",
  "newArray",
  "newFunction",
  "newError",
  "newSymbolFor",
  "newUniqueSymbol",
  "newPromise",
  "newArrayBuffer",
];

/** quickjs operations matched on an untyped receiver in a file that imports the library at run time. */
const QUICKJS_DISTINCTIVE = [...QUICKJS_NEW, "unwrapResult"];

/**
 * quickjs-emscripten 0.31: handles from `vm.new*()`, `vm.getProp()`, `vm.unwrapResult(…)` and
 * `handle.dup()` are owned; `handle.dispose()` and `handle.consume(fn)` put; `scope.manage(handle)`
 * hands it to a `Scope`. Host-function arguments are borrowed.
 */
export const quickjsPreset: ResourceKind = {
  ...library("quickjs-emscripten", ["quickjs-emscripten", "quickjs-emscripten-core", "@jitl/quickjs-wasmfile-release-sync"], {
    acquire: [
      {
        methods: [...QUICKJS_NEW, "getProp", "dup"],
        handle: result,
      },
      // The job count of `rt.executePendingJobs()` unwraps to a number, not a handle.
      { methods: ["unwrapResult"], handle: result, unlessArgumentOf: ["executePendingJobs"] },
    ],
    // `handle.consume(fn)` runs fn on the handle, then disposes it.
    put: [{ methods: ["dispose", "consume"], handle: receiver }],
    // `scope.manage(handle)` (in `Scope.withScope`) disposes it when the scope ends.
    sink: [{ methods: ["manage"], handle: arg0 }],
  }, {
    constructors: [],
    factories: [
      "getQuickJS",
      "getQuickJSSync",
      "newQuickJSWASMModule",
      "newQuickJSAsyncWASMModule",
      "newQuickJSWASMModuleFromVariant",
      "newQuickJSAsyncWASMModuleFromVariant",
      "newAsyncContext",
      "newAsyncRuntime",
    ],
    derived: ["newContext", "newRuntime", "newAsyncContext", "newAsyncRuntime"],
    types: [
      "QuickJSContext",
      "QuickJSAsyncContext",
      "QuickJSRuntime",
      "QuickJSAsyncRuntime",
      "QuickJSWASMModule",
      "QuickJSAsyncWASMModule",
      "QuickJSHandle",
      "QuickJSDeferredPromise",
      "Lifetime",
      "StaticLifetime",
      "WeakLifetime",
    ],
    // Names no other API uses: an untyped `vm` in a file importing quickjs at run time still matches.
    distinctive: QUICKJS_DISTINCTIVE,
  }),
  disposable: "sync",
  // QuickJS handles are never consumed by being passed: only `consume`, `manage`, `dispose` take them.
  passBorrows: true,
};

/** Emscripten embind (also OpenCV.js, CanvasKit): `obj.clone()` is a new owned handle; `obj.delete()` puts. */
export const embindPreset = library("embind", ["@techstark/opencv-js", "opencv.js", "canvaskit-wasm"], {
  acquire: [{ methods: ["clone"], handle: result }],
  put: [{ methods: ["delete"], handle: receiver }],
}, {
  // Every class, function and method of an embind module gives embind objects (`new cv.Mat()`,
  // `cv.imread(…)`, `mat.roi(r)`, `CanvasKit.MakeSurface(…)`), and every type it exports is one.
  constructors: ["*"],
  factories: ["*"],
  derived: ["*"],
  types: ["*"],
  distinctive: [],
});

/**
 * VS Code API 1.95: `await workspace.createModelReference(uri)` and
 * `ReferenceCollection.acquire(key)` give an `IReference`, put by `ref.dispose()`. A call of
 * `createModelReference` turns the preset on without the import (VS Code's own sources and
 * forks reach it through their internal modules).
 */
export const vscodePreset: ResourceKind = {
  ...library("vscode", ["vscode"], {
    acquire: [{ methods: ["createModelReference", "acquire"], handle: result }],
    put: [{ methods: ["dispose"], handle: receiver }],
  }, {
    constructors: [],
    factories: [],
    // Any value typed with the API's types (`vscode.workspace`, `ws: vscode.Workspace`).
    types: ["*"],
    // `acquire` is every pool's and lock's: it matches on a `ReferenceCollection` (an instance,
    // a subclass, a value of the type, wherever the class is declared), or on an unknown
    // receiver whose result the function disposes (usage evidence).
    named: ["ReferenceCollection", "AsyncReferenceCollection"],
    distinctive: ["createModelReference"],
  }),
  distinctive: ["createModelReference"],
  // VS Code's own sources and forks declare `ITextModelService`, `IReference` and the reference
  // collections in its layers under `src/vs/`: typed matching accepts them there too.
  declaredUnder: ["/vs/base/", "/vs/platform/", "/vs/editor/", "/vs/workbench/"],
};

/**
 * ES2026 explicit resource management: a `DisposableStack` owns what was `use`d, `adopt`ed or
 * `defer`red into it, and must itself be disposed (or declared with `using`) or moved out with
 * `move()`, which hands everything to a new stack. Built in, so on in any file that constructs one.
 * Throw model `explicit`: the stack's own `use`/`adopt`/`defer` calls do not throw in practice, and
 * under `any-call` every stack filled before `return stack` would be reported.
 */
function stackKind(name: string, className: string, dispose: string, disposable: "sync" | "async"): ResourceKind {
  return {
    ...library(name, [], {
      acquire: [{ constructors: [className], handle: result }],
      put: [{ methods: [dispose], handle: receiver }],
      sink: [{ methods: ["move"], handle: receiver }],
    }),
    throwModel: "explicit",
    disposable,
    distinctive: [className],
  };
}

export const disposableStackPreset = stackKind("disposable-stack", "DisposableStack", "dispose", "sync");
/** `AsyncDisposableStack`: disposed with `await stack.disposeAsync()` or `await using`. */
export const asyncDisposableStackPreset = stackKind("async-disposable-stack", "AsyncDisposableStack", "disposeAsync", "async");

export const PRESETS: ReadonlyMap<string, ResourceKind> = new Map(
  [
    krefPreset,
    pgPreset,
    mysql2Preset,
    genericPoolPreset,
    asyncMutexPreset,
    fsPromisesPreset,
    quickjsPreset,
    embindPreset,
    vscodePreset,
    disposableStackPreset,
    asyncDisposableStackPreset,
  ].map((k) => [k.name, withThrowLists(k)]),
);
