// Robustness cases of kref/put-on-every-path (issue 11: the analysis' "Why" list). Each group pins
// one fix; the expected verdicts were decided from /work/shared/DESIGN.md §2 before running them.
// Suggestion outputs live in put-on-every-path.suggestions.ts, written by scripts/gen-suggestions.js.
import type { InvalidTestCase, ValidTestCase } from "@typescript-eslint/rule-tester";
import type { ESLintUtils } from "@typescript-eslint/utils";
import type rule from "../../src/rules/put-on-every-path.js";
import { at } from "../helpers/locate.js";

type MessageId = ESLintUtils.InferMessageIdsTypeFromRule<typeof rule>;

// kref samples start with a newline, so their first line of code is line 2. Preset samples start
// with their import header. Locations are computed from a unique needle in the code (`at`), so that
// the generated cases stay right whatever their size.


/** Line (1-based) of the first occurrence of `needle`, as the string the messages use. */
const lineOf = (code: string, needle: string): string => String(at(code, needle, 0).line);

const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

const returnLeak = (code: string, needle: string, handle: string, taken: string) => ({
  messageId: "leakAtExit" as const,
  data: { handle, line: lineOf(code, taken), exit: "return" },
  ...at(code, needle),
});


const pgHead = `import { Pool } from "pg";
const pool = new Pool();
`;

// ---------------------------------------------------------------------------------------------
// 1. More than 8 exits (MAX_STATES_PER_NODE is 8: states reaching the exit must not be merged
//    into silence).
// ---------------------------------------------------------------------------------------------

/** N early returns that put, and one (`return 0`) that does not: first or last. */
function manyExits(n: number, leakFirst: boolean): string {
  const leak = `  if (k === 0) return 0;\n`;
  let body = "";
  for (let i = 1; i <= n; i++) body += `  if (k === ${i}) {\n    kref_put(p.ref, release);\n    return ${i};\n  }\n`;
  return `
function exits(p: Device, k: number): number {
  kref_get(p.ref);
${leakFirst ? leak : ""}${body}${leakFirst ? "" : leak}  kref_put(p.ref, release);
  return -1;
}`;
}

/** A pg client held across N queries outside try: one finding, at the first query. */
function manyQueries(n: number): string {
  let body = "";
  for (let i = 1; i <= n; i++) body += `  await c.query(sql, [${i}]);\n`;
  return `${pgHead}export async function run(sql: string) {
  const c = await pool.connect();
${body}  c.release();
}`;
}

/**
 * `depth` nested try/finally, each try starting with `perTry` returns; the outermost finally puts.
 * With `earlyLeak`, a plain early return before the first try leaks. `work(p, i)` calls make throw
 * paths through every finally.
 */
function nestedOuterPut(depth: number, earlyLeak: boolean, perTry = 1): string {
  let open = "";
  let close = "";
  for (let i = 1; i <= depth; i++) {
    const ind = "  ".repeat(i);
    open += `${ind}try {\n`;
    for (let j = 0; j < perTry; j++) open += `${ind}  if (k === ${i * 10 + j}) return ${i * 10 + j};\n`;
    open += `${ind}  work(p, ${i});\n`;
    close = `${ind}} finally {\n${ind}  ${i === 1 ? "kref_put(p.ref, release);" : `n += ${i};`}\n${ind}}\n` + close;
  }
  return `
function nested(p: Device, k: number): number {
  kref_get(p.ref);
${earlyLeak ? "  if (k === 0) return 0;\n" : ""}  let n = 0;
${open}${close}  return n;
}`;
}

/**
 * `depth` nested try/finally, the put in the innermost finally. With `outerReturns`, every outer try
 * returns before entering the next one (those returns leak); otherwise only the innermost try
 * returns. Calls (`log(i)`) run only after the put.
 */
function nestedInnerPut(depth: number, outerReturns: boolean): string {
  let open = "";
  let close = "";
  for (let i = 1; i <= depth; i++) {
    const ind = "  ".repeat(i);
    const inner = i === depth;
    open += `${ind}try {\n${inner || outerReturns ? `${ind}  if (k === ${i}) return ${i};\n` : ""}`;
    close =
      `${ind}} finally {\n${ind}  ${inner ? "kref_put(p.ref, release);" : `n += ${i};`}\n${ind}}\n` +
      (i > 1 ? `${"  ".repeat(i - 1)}  log(${i});\n` : "") +
      close;
  }
  return `
function nested(p: Device, k: number): number {
  kref_get(p.ref);
  let n = 0;
${open}${close}  return n;
}`;
}

/** `depth` nested try/finally, every try returns, no finally puts: the put comes after them all. */
function nestedPutAfter(depth: number): string {
  let open = "";
  let close = "";
  for (let i = 1; i <= depth; i++) {
    const ind = "  ".repeat(i);
    open += `${ind}try {\n${ind}  if (k === ${i}) return ${i};\n`;
    close = `${ind}} finally {\n${ind}  n += ${i};\n${ind}}\n` + close;
  }
  return `
function nested(p: Device, k: number): number {
  kref_get(p.ref);
  let n = 0;
${open}${close}  kref_put(p.ref, release);
  return n;
}`;
}

const exitsValid: ValidTestCase<[]>[] = [
  ...range(1, 8).map((d) => ({
    name: `nested finally: depth ${d}, every try returns, the outermost finally puts`,
    code: nestedOuterPut(d, false),
  })),
  ...range(1, 8).map((d) => ({
    name: `nested finally: depth ${d}, the innermost finally puts, only the innermost try returns`,
    code: nestedInnerPut(d, false),
  })),
];

const exitsInvalid: InvalidTestCase<MessageId, []>[] = [
  ...range(1, 30).flatMap((n) =>
    [true, false].map((leakFirst) => {
      const code = manyExits(n, leakFirst);
      return {
        name: `more than 8 exits: ${n} returns put, one ${leakFirst ? "before" : "after"} them does not`,
        code,
        errors: [returnLeak(code, "return 0;", "p", "kref_get(p.ref)")],
      };
    }),
  ),
  ...range(1, 30).map((n) => {
    const code = manyQueries(n);
    return {
      name: `more than 8 exits: pg client held across ${n} queries outside try, reported once at the first`,
      code,
      errors: [{ messageId: "leakOnThrow" as const, data: { handle: "c", line: lineOf(code, "pool.connect()") }, ...at(code, "await c.query(sql, [1]);") }],
    };
  }),
  ...[1, 2, 3].flatMap((perTry) =>
    range(1, 8).map((d) => {
      const code = nestedOuterPut(d, true, perTry);
      return {
        name: `more than 8 exits: an early-return leak before ${d} nested try/finally (${perTry} return(s) in each try, the outermost finally puts)`,
        code,
        errors: [returnLeak(code, "return 0;", "p", "kref_get(p.ref)")],
      };
    }),
  ),
  ...range(2, 8).map((d) => {
    const code = nestedInnerPut(d, true);
    return {
      name: `nested finally: depth ${d}, the innermost finally puts, the ${d - 1} outer tries return before reaching it`,
      code,
      errors: range(1, d - 1).map((i) => returnLeak(code, `return ${i};`, "p", "kref_get(p.ref)")),
    };
  }),
  ...range(1, 8).map((d) => {
    const code = nestedPutAfter(d);
    return {
      name: `nested finally: depth ${d}, every try returns, the put comes after the outermost try`,
      code,
      errors: range(1, d).map((i) => returnLeak(code, `return ${i};`, "p", "kref_get(p.ref)")),
    };
  }),
];

// ---------------------------------------------------------------------------------------------
// 3. Synchronous callbacks run in their caller's context; deferred ones stay hand-offs.
// ---------------------------------------------------------------------------------------------

const syncForEach = `
function visit(p: Device, items: Item[]): number {
  kref_get(p.ref);
  items.forEach((i) => use(p, i));
  if (p.dead) return -1;
  kref_put(p.ref, release);
  return 0;
}`;
const syncMap = `
function names(p: Device, items: Item[]): string[] {
  kref_get(p.ref);
  const out = items.map((i) => label(p, i));
  if (out.length === 0) return [];
  kref_put(p.ref, release);
  return out;
}`;
const syncArrowIife = `
function visit(p: Device): number {
  kref_get(p.ref);
  (() => {
    use(p);
  })();
  if (p.dead) return -1;
  kref_put(p.ref, release);
  return 0;
}`;
const syncFunctionIife = `
function visit(p: Device): number {
  kref_get(p.ref);
  (function () {
    use(p);
  })();
  if (p.dead) return -1;
  kref_put(p.ref, release);
  return 0;
}`;

const callbacksValid: ValidTestCase<[]>[] = [
  {
    name: "sync callback: forEach using the handle, put on every path",
    code: `
function visit(p: Device, items: Item[]): number {
  kref_get(p.ref);
  items.forEach((i) => use(p, i));
  if (p.dead) {
    kref_put(p.ref, release);
    return -1;
  }
  kref_put(p.ref, release);
  return 0;
}`,
  },
  {
    name: "deferred callback: .then takes the reference with it, the early return holds none",
    code: `
function later(p: Device, job: Promise<void>, dead: boolean): number {
  kref_get(p.ref);
  job.then(() => {
    use(p);
    kref_put(p.ref, release);
  });
  if (dead) return -1;
  return 0;
}`,
  },
  {
    name: "deferred callback: setTimeout takes the reference with it, the early return holds none",
    code: `
function later(p: Device, dead: boolean): number {
  kref_get(p.ref);
  setTimeout(() => {
    use(p);
    kref_put(p.ref, release);
  }, 0);
  if (dead) return -1;
  return 0;
}`,
  },
];

const callbacksInvalid: InvalidTestCase<MessageId, []>[] = [
  {
    name: "sync callback: forEach using the handle is not a hand-off; the early return leaks",
    code: syncForEach,
    errors: [returnLeak(syncForEach, "return -1;", "p", "kref_get(p.ref)")],
  },
  {
    name: "sync callback: map using the handle is not a hand-off; the early return leaks",
    code: syncMap,
    errors: [returnLeak(syncMap, "return [];", "p", "kref_get(p.ref)")],
  },
  {
    name: "sync callback: an arrow IIFE using the handle is not a hand-off; the early return leaks",
    code: syncArrowIife,
    errors: [returnLeak(syncArrowIife, "return -1;", "p", "kref_get(p.ref)")],
  },
  {
    name: "sync callback: a function-expression IIFE using the handle is not a hand-off; the early return leaks",
    code: syncFunctionIife,
    errors: [returnLeak(syncFunctionIife, "return -1;", "p", "kref_get(p.ref)")],
  },
];

// ---------------------------------------------------------------------------------------------
// 4. using / await using: two declarations whose disposers put, then a call that may throw.
// ---------------------------------------------------------------------------------------------

const fsHead = `import { open } from "node:fs/promises";
`;
const quickjsHead = `import { type QuickJSContext } from "quickjs-emscripten";
`;
const fsSecondNotUsing = `${fsHead}export async function copy(a: string, b: string) {
  await using src = await open(a);
  const dst = await open(b, "w");
  const text = await src.readFile("utf8");
  await dst.writeFile(text);
  await dst.close();
}`;

const usingValid: ValidTestCase<[]>[] = [
  {
    name: "using: two declarations whose disposers put, then a call that may throw",
    code: `
function pair(p: Device, q: Device): number {
  kref_get(p.ref);
  using _a = { [Symbol.dispose]() { kref_put(p.ref, release); } };
  kref_get(q.ref);
  using _b = { [Symbol.dispose]() { kref_put(q.ref, release); } };
  work(p, q);
  return 0;
}`,
  },
  {
    name: "using: two declarations whose disposers put, gets first, then calls and an early return",
    code: `
function pair(p: Device, q: Device, fail: boolean): number {
  kref_get(p.ref);
  kref_get(q.ref);
  using _a = { [Symbol.dispose]() { kref_put(p.ref, release); } };
  using _b = { [Symbol.dispose]() { kref_put(q.ref, release); } };
  check(p);
  if (fail) return -1;
  work(p, q);
  return 0;
}`,
  },
  {
    name: "await using: two declarations whose async disposers put, then an await that may throw",
    code: `
async function pair(p: Device, q: Device): Promise<number> {
  kref_get(p.ref);
  await using _a = { async [Symbol.asyncDispose]() { kref_put(p.ref, release); } };
  kref_get(q.ref);
  await using _b = { async [Symbol.asyncDispose]() { kref_put(q.ref, release); } };
  await work(p, q);
  return 0;
}`,
  },
  {
    name: "await using: two fs/promises handles, then awaits that may throw",
    code: `${fsHead}export async function copy(a: string, b: string) {
  await using src = await open(a);
  await using dst = await open(b, "w");
  const text = await src.readFile("utf8");
  await dst.writeFile(text);
}`,
  },
  {
    name: "using: two quickjs handles, then calls that may throw",
    code: `${quickjsHead}export function pair(vm: QuickJSContext) {
  using a = vm.newObject();
  using b = vm.newString("b");
  vm.setProp(a, "b", b);
  check(vm.dump(a));
}`,
  },
];

const usingInvalid: InvalidTestCase<MessageId, []>[] = [
  {
    name: "await using twin: the second fs/promises handle is a plain const, leaked if a read throws",
    code: fsSecondNotUsing,
    errors: [
      {
        messageId: "leakOnThrow",
        data: { handle: "dst", line: lineOf(fsSecondNotUsing, "const dst") },
        ...at(fsSecondNotUsing, "await src.readFile"),
      },
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// 5. Throw model per kind, never per function.
// ---------------------------------------------------------------------------------------------

const mixedKinds = `${pgHead}export async function mixed(p: Device) {
  kref_get(p.ref);
  const c = await pool.connect();
  await c.query("select 1");
  c.release();
  kref_put(p.ref, release);
}`;

const throwModelValid: ValidTestCase<[]>[] = [
  {
    name: "throw model per kind: an await outside try between kref get and put is fine next to a pg client in try/finally",
    code: `${pgHead}export async function mixed(p: Device) {
  kref_get(p.ref);
  await refresh(p);
  kref_put(p.ref, release);
  const c = await pool.connect();
  try {
    await c.query("select 1");
  } finally {
    c.release();
  }
}`,
  },
];

const throwModelInvalid: InvalidTestCase<MessageId, []>[] = [
  {
    name: "throw model per kind: the pg client is reported at the await (any-call), the kref handle held across it is not (explicit)",
    code: mixedKinds,
    errors: [
      { messageId: "leakOnThrow", data: { handle: "c", line: lineOf(mixedKinds, "pool.connect()") }, ...at(mixedKinds, `await c.query("select 1")`) },
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// 6. Correlated flags (bounded path-sensitivity on boolean locals) and their true-leak twins.
// ---------------------------------------------------------------------------------------------

const mutexHead = `import { Mutex } from "async-mutex";
const mutex = new Mutex();
`;

const flagsValid: ValidTestCase<[]>[] = [
  {
    name: "correlated: pin && get … pin && put",
    code: `
function maybePinned(p: Device, pin: boolean) {
  pin && kref_get(p.ref);
  work(p.value);
  pin && kref_put(p.ref, release);
}`,
  },
  {
    name: "correlated: held = true where the get is taken, if (held) put",
    code: `
function maybeHeld(p: Device) {
  let held = false;
  if (c()) {
    kref_get(p.ref);
    held = true;
  }
  work(p.value);
  if (held) kref_put(p.ref, release);
}`,
  },
  {
    name: "correlated: async-mutex released flag, release in finally only if not released",
    code: `${mutexHead}export async function critical(x: boolean) {
  const release = await mutex.acquire();
  let released = false;
  try {
    await work();
    if (x) {
      release();
      released = true;
    }
    await more();
  } finally {
    if (!released) release();
  }
}`,
  },
  {
    name: "correlated: a put in a loop sets dropped and breaks, if (dropped) return null, else return the handle",
    code: `
function pick(p: Device, items: Item[]): Device | null {
  kref_get(p.ref);
  const r = p;
  let dropped = false;
  for (const it of items) {
    if (it.bad) {
      kref_put(p.ref, release);
      dropped = true;
      break;
    }
  }
  if (dropped) return null;
  return r;
}`,
  },
];

const pinWrongPolarity = `
function maybePinned(p: Device, pin: boolean) {
  pin && kref_get(p.ref);
  work(p.value);
  !pin && kref_put(p.ref, release);
}`;
const pinOtherFlag = `
function maybePinned(p: Device, pin: boolean, unpin: boolean) {
  pin && kref_get(p.ref);
  work(p.value);
  unpin && kref_put(p.ref, release);
}`;
const heldWrongPolarity = `
function maybeHeld(p: Device) {
  let held = false;
  if (c()) {
    kref_get(p.ref);
    held = true;
  }
  work(p.value);
  if (!held) kref_put(p.ref, release);
}`;
const heldNotTested = `
function maybeHeld(p: Device) {
  let held = false;
  if (c()) {
    kref_get(p.ref);
    held = true;
  }
  work(p.value);
  if (c()) kref_put(p.ref, release);
  return held;
}`;
const releasedWrongPolarity = `${mutexHead}export async function critical(x: boolean) {
  const release = await mutex.acquire();
  let released = false;
  try {
    if (x) {
      release();
      released = true;
    }
  } finally {
    if (released) release();
  }
}`;
const droppedWrongPolarity = `
function pick(p: Device, items: Item[]): Device | null {
  kref_get(p.ref);
  const r = p;
  let dropped = false;
  for (const it of items) {
    if (it.bad) {
      kref_put(p.ref, release);
      dropped = true;
      break;
    }
  }
  if (!dropped) return null;
  return r;
}`;

const endLeak = (code: string, handle: string, taken: string) => {
  const lines = code.split("\n");
  return {
    messageId: "leakAtEnd" as const,
    data: { handle, line: lineOf(code, taken), where: "at the end of the function" },
    line: lines.length,
    column: 1,
  };
};

const flagsInvalid: InvalidTestCase<MessageId, []>[] = [
  { name: "correlated twin: pin && get … !pin && put (wrong polarity)", code: pinWrongPolarity, errors: [endLeak(pinWrongPolarity, "p", "kref_get(p.ref)")] },
  { name: "correlated twin: pin && get … unpin && put (another flag)", code: pinOtherFlag, errors: [endLeak(pinOtherFlag, "p", "kref_get(p.ref)")] },
  { name: "correlated twin: held = true where the get is taken, if (!held) put (wrong polarity)", code: heldWrongPolarity, errors: [endLeak(heldWrongPolarity, "p", "kref_get(p.ref)")] },
  {
    name: "correlated twin: held is set but the put tests another condition",
    code: heldNotTested,
    errors: [returnLeak(heldNotTested, "return held;", "p", "kref_get(p.ref)")],
  },
  {
    name: "correlated twin: async-mutex if (released) release() in finally (wrong polarity)",
    code: releasedWrongPolarity,
    errors: [endLeak(releasedWrongPolarity, "release", "mutex.acquire()")],
  },
  {
    name: "correlated twin: if (!dropped) return null (wrong polarity) leaks the reference kept in the loop",
    code: droppedWrongPolarity,
    errors: [returnLeak(droppedWrongPolarity, "return null;", "p", "kref_get(p.ref)")],
  },
];

// ---------------------------------------------------------------------------------------------
// 7. Generators: a yield may end the function (the consumer stops; `break` in `for await` calls
//    return(), which runs `finally` but not `catch`).
// ---------------------------------------------------------------------------------------------

const asyncGenCatch = `${pgHead}export async function* rows(sql: string) {
  const c = await pool.connect();
  try {
    const res = await c.query(sql);
    for (const row of res.rows) yield row;
  } catch (err) {
    c.release();
    throw err;
  }
  c.release();
}`;
const genCatch = `
function* walk(p: Device, items: Item[]) {
  kref_get(p.ref);
  try {
    for (const it of items) yield it;
  } catch (err) {
    kref_put(p.ref, release);
    throw err;
  }
  kref_put(p.ref, release);
}`;
const genPlainYield = `
function* walk(p: Device, items: Item[]) {
  kref_get(p.ref);
  for (const it of items) yield it;
  kref_put(p.ref, release);
}`;

const generatorsValid: ValidTestCase<[]>[] = [
  {
    name: "generator: async function* releases the pg client in finally, yield inside try",
    code: `${pgHead}export async function* rows(sql: string) {
  const c = await pool.connect();
  try {
    const res = await c.query(sql);
    for (const row of res.rows) yield row;
  } finally {
    c.release();
  }
}`,
  },
  {
    name: "generator: function* puts in finally, yield inside try",
    code: `
function* walk(p: Device, items: Item[]) {
  kref_get(p.ref);
  try {
    for (const it of items) yield it;
  } finally {
    kref_put(p.ref, release);
  }
}`,
  },
  {
    name: "generator: function* yields only after the put",
    code: `
function* walk(p: Device, items: Item[]) {
  kref_get(p.ref);
  const n = count(p, items);
  kref_put(p.ref, release);
  yield n;
}`,
  },
];

const generatorsInvalid: InvalidTestCase<MessageId, []>[] = [
  {
    name: "generator: async function* releases the pg client only in catch; leaked if the consumer stops at the yield",
    code: asyncGenCatch,
    errors: [{ messageId: "leakAtYield", ...at(asyncGenCatch, "yield row") }],
  },
  {
    name: "generator: function* puts only in catch; leaked if the consumer stops at the yield",
    code: genCatch,
    errors: [{ messageId: "leakAtYield", ...at(genCatch, "yield it") }],
  },
  {
    name: "generator: function* yields outside try while holding; leaked if the consumer stops there",
    code: genPlainYield,
    errors: [{ messageId: "leakAtYield", ...at(genPlainYield, "yield it") }],
  },
];

// ---------------------------------------------------------------------------------------------
// 8. Borrow evidence is per call, not per path: a use after `create(p)` on one path makes the call
//    a borrow on every path, so the error branch that returns right after it leaks.
// ---------------------------------------------------------------------------------------------

const borrowHandoffAfter = `
function attach(p: Device): number {
  kref_get(p.ref);
  const cm = create(p);
  if (IS_ERR(cm)) return PTR_ERR(cm);
  cm.context = p;
  return 0;
}`;
const borrowUseAfter = `
function attach(p: Device): number {
  kref_get(p.ref);
  const cm = create(p);
  if (IS_ERR(cm)) return PTR_ERR(cm);
  p.users++;
  register(cm);
  return 0;
}`;
const borrowPutAfter = `
function attach(p: Device): number {
  kref_get(p.ref);
  const cm = create(p);
  if (IS_ERR(cm)) return PTR_ERR(cm);
  cm.context = p;
  kref_get(p.ref);
  start(cm);
  kref_put(p.ref, release);
  return 0;
}`;

const borrowValid: ValidTestCase<[]>[] = [
  {
    name: "borrow evidence: no use of p after create(p) on any path, it may have been transferred",
    code: `
function attach(p: Device): number {
  kref_get(p.ref);
  const cm = create(p);
  if (IS_ERR(cm)) return PTR_ERR(cm);
  register(cm);
  return 0;
}`,
  },
];

const borrowInvalid: InvalidTestCase<MessageId, []>[] = [
  {
    name: "borrow evidence: p handed off to cm.context after create(p), so the IS_ERR return leaks",
    code: borrowHandoffAfter,
    errors: [returnLeak(borrowHandoffAfter, "return PTR_ERR(cm);", "p", "kref_get(p.ref)")],
  },
  {
    name: "borrow evidence: p used after create(p) on the success path, so the IS_ERR return leaks",
    code: borrowUseAfter,
    errors: [
      returnLeak(borrowUseAfter, "return PTR_ERR(cm);", "p", "kref_get(p.ref)"),
      // The success path holds the reference too: p.users++ shows create(p) only borrowed it.
      returnLeak(borrowUseAfter, "return 0;", "p", "kref_get(p.ref)"),
    ],
  },
  {
    name: "borrow evidence: p handed off and put after create(p), so the IS_ERR return leaks",
    code: borrowPutAfter,
    errors: [returnLeak(borrowPutAfter, "return PTR_ERR(cm);", "p", "kref_get(p.ref)")],
  },
];

export const valid: ValidTestCase<[]>[] = [
  ...exitsValid,
  ...callbacksValid,
  ...usingValid,
  ...throwModelValid,
  ...flagsValid,
  ...generatorsValid,
  ...borrowValid,
];

export const invalid: InvalidTestCase<MessageId, []>[] = [
  ...exitsInvalid,
  ...callbacksInvalid,
  ...usingInvalid,
  ...throwModelInvalid,
  ...flagsInvalid,
  ...generatorsInvalid,
  ...borrowInvalid,
];
