// RuleTester cases of kref/put-on-every-path. Suggestion outputs live in put-on-every-path.suggestions.ts.
import type { InvalidTestCase, ValidTestCase } from "@typescript-eslint/rule-tester";
import type { ESLintUtils } from "@typescript-eslint/utils";
import type rule from "../../src/rules/put-on-every-path.js";

type MessageId = ESLintUtils.InferMessageIdsTypeFromRule<typeof rule>;

// Every code sample starts with a newline, so its first line of code is line 2.


export const valid: ValidTestCase<[]>[] = [
    // --- the seed article's examples, in TypeScript ---
    {
      name: "seed: allocate, init, return the new object to the caller",
      code: `
function createData(): MyData | null {
  const data = kmalloc<MyData>();
  if (!data) return null;
  kref_init(data.refcount);
  return data;
}`,
    },
    {
      name: "seed: get before handing to a thread, put in the error branch, final put",
      code: `
function myDataHandler(): number {
  let rv = 0;
  const data = kmalloc<MyData>();
  if (!data) return -ENOMEM;
  kref_init(data.refcount);
  out: {
    kref_get(data.refcount);
    const task = kthread_run(moreDataHandling, data, "more_data_handling");
    if (task === ERR_PTR(-ENOMEM)) {
      rv = -ENOMEM;
      kref_put(data.refcount, dataRelease);
      break out;
    }
    doStuff(data);
  }
  kref_put(data.refcount, dataRelease);
  return rv;
}`,
    },
    {
      name: "seed: the thread function puts the reference it was given",
      code: `
function moreDataHandling(data: MyData): number {
  doWork(data.value);
  kref_put(data.refcount, dataRelease);
  return 0;
}`,
    },
    {
      name: "seed: the release callback frees, it does not put",
      code: `
function dataRelease(ref: Kref): void {
  const data = containerOf(ref);
  kfree(data);
}`,
    },
    {
      name: "seed: get_global_obj returns the reference it took under the lock",
      code: `
function getGlobalObj(): MyData | null {
  let obj: MyData | null = null;
  mutex_lock(objLock);
  if (globalObj) {
    obj = globalObj;
    kref_get(obj.refcount);
  }
  mutex_unlock(objLock);
  return obj;
}`,
    },
    {
      name: "seed: get_global_obj_wrong still returns its reference (rule 3's concern, not this rule's)",
      code: `
function getGlobalObjWrong(): MyData | null {
  const obj = globalObj;
  if (obj) kref_get(obj.refcount);
  return obj;
}`,
    },
    {
      name: "seed: put_global_obj puts the caller's reference",
      code: `
function putGlobalObj(obj: MyData): void {
  kref_put(obj.refcount, dataRelease);
}`,
    },
    // --- pairs on every path ---
    {
      name: "get then put",
      code: `
function touch(dev: Device) {
  kref_get(dev.ref);
  dev.touched = Date.now();
  kref_put(dev.ref, release);
}`,
    },
    {
      name: "camelCase API",
      code: `
function touch(dev: Device) {
  krefGet(dev.ref);
  use(dev);
  krefPut(dev.ref, release);
}`,
    },
    {
      name: "kref_put_mutex and kref_put_lock put too",
      code: `
function drop(a: Device, b: Device) {
  kref_get(a.ref);
  kref_get(b.ref);
  kref_put_mutex(a.ref, release, devLock);
  kref_put_lock(b.ref, release, devSpin);
}`,
    },
    {
      name: "put in both arms of an if/else",
      code: `
function finish(dev: Device, ok: boolean) {
  kref_get(dev.ref);
  if (ok) {
    kref_put(dev.ref, release);
  } else {
    log("failed");
    kref_put(dev.ref, releaseQuietly);
  }
}`,
    },
    {
      name: "put on every case of a switch, with fall-through and default",
      code: `
function byMode(dev: Device, mode: number) {
  kref_get(dev.ref);
  switch (mode) {
    case 0:
    case 1:
      kref_put(dev.ref, release);
      break;
    case 2:
      kref_put(dev.ref, release);
      return 2;
    default:
      kref_put(dev.ref, release);
  }
  return 0;
}`,
    },
    {
      name: "put before an early return",
      code: `
function check(dev: Device): number {
  kref_get(dev.ref);
  if (dev.broken) {
    kref_put(dev.ref, release);
    return -1;
  }
  kref_put(dev.ref, release);
  return 0;
}`,
    },
    {
      name: "put before a throw",
      code: `
function mustWork(dev: Device) {
  kref_get(dev.ref);
  if (!dev.ready) {
    kref_put(dev.ref, release);
    throw new Error("not ready");
  }
  kref_put(dev.ref, release);
}`,
    },
    {
      name: "put in finally covers return, throw and normal exit",
      code: `
function guarded(dev: Device): number {
  kref_get(dev.ref);
  try {
    if (dev.broken) return -1;
    if (dev.lost) throw new Error("lost");
    work(dev);
    return 0;
  } finally {
    kref_put(dev.ref, release);
  }
}`,
    },
    {
      name: "put in catch and after the try",
      code: `
function careful(dev: Device) {
  kref_get(dev.ref);
  try {
    work(dev);
  } catch (error) {
    kref_put(dev.ref, release);
    throw error;
  }
  kref_put(dev.ref, release);
}`,
    },
    {
      name: "async: await inside try with a put in finally",
      code: `
async function flush(dev: Device) {
  kref_get(dev.ref);
  try {
    await dev.flush();
  } finally {
    kref_put(dev.ref, release);
  }
}`,
    },
    // --- narrowing and correlated conditions ---
    {
      name: "null check before the get",
      code: `
function withFound(id: string) {
  const dev = lookup(id);
  if (!dev) return null;
  kref_get(dev.ref);
  work(dev);
  kref_put(dev.ref, release);
  return id;
}`,
    },
    {
      name: "get_unless_zero failure branch holds nothing",
      code: `
function tryUse(dev: Device): boolean {
  if (!kref_get_unless_zero(dev.ref)) return false;
  work(dev);
  kref_put(dev.ref, release);
  return true;
}`,
    },
    {
      name: "get_unless_zero result kept in a boolean local",
      code: `
function tryUse(dev: Device): boolean {
  const alive = kref_get_unless_zero(dev.ref);
  if (!alive) return false;
  work(dev);
  kref_put(dev.ref, release);
  return true;
}`,
    },
    {
      name: "get_unless_zero success branch puts",
      code: `
function maybeUse(dev: Device) {
  if (kref_get_unless_zero(dev.ref)) {
    work(dev);
    kref_put(dev.ref, release);
  }
}`,
    },
    {
      name: "correlated boolean conditions",
      code: `
function maybePinned(dev: Device, pin: boolean) {
  if (pin) kref_get(dev.ref);
  work(dev.value);
  if (pin) kref_put(dev.ref, release);
}`,
    },
    {
      name: "correlated null checks of the handle",
      code: `
function optional(id: string) {
  const dev = lookup(id);
  if (dev) kref_get(dev.ref);
  log(id);
  if (dev) kref_put(dev.ref, release);
}`,
    },
    {
      name: "loose null comparison narrows",
      code: `
function compare(id: string) {
  const dev = lookup(id);
  if (dev == null) return;
  kref_get(dev.ref);
  kref_put(dev.ref, release);
}`,
    },
    // --- loops ---
    {
      name: "for-of with a put each iteration",
      code: `
function visitAll(items: Item[]) {
  for (const item of items) {
    kref_get(item.ref);
    visit(item);
    kref_put(item.ref, release);
  }
}`,
    },
    {
      name: "continue after a put",
      code: `
function visitSome(items: Item[]) {
  for (const item of items) {
    kref_get(item.ref);
    if (item.skip) {
      kref_put(item.ref, release);
      continue;
    }
    visit(item);
    kref_put(item.ref, release);
  }
}`,
    },
    {
      name: "labeled break after a put",
      code: `
function findFirst(groups: Item[][]) {
  outer: for (const group of groups) {
    for (const item of group) {
      kref_get(item.ref);
      if (item.match) {
        kref_put(item.ref, release);
        break outer;
      }
      kref_put(item.ref, release);
    }
  }
}`,
    },
    {
      name: "while, do-while and for-in with balanced puts",
      code: `
function loops(dev: Device, table: Record<string, Device>) {
  while (dev.busy) {
    kref_get(dev.ref);
    poll(dev);
    kref_put(dev.ref, release);
  }
  do {
    kref_get(dev.ref);
    kref_put(dev.ref, release);
  } while (dev.again);
  for (const key in table) {
    const entry = table[key];
    kref_get(entry.ref);
    kref_put(entry.ref, release);
  }
}`,
    },
    {
      name: "classic for loop walking a list with balanced puts",
      code: `
function walk(head: Node) {
  for (let node = head; node; node = node.next) {
    kref_get(node.ref);
    visit(node);
    kref_put(node.ref, release);
  }
}`,
    },
    // --- expressions ---
    {
      name: "ternary, short-circuit, optional chaining and nullish between get and put",
      code: `
function exprs(dev: Device, ok: boolean, fallback?: Device) {
  kref_get(dev.ref);
  const v = ok ? work(dev) : other();
  ok && work(dev);
  dev.child?.poke();
  const name = dev.name ?? fallback?.name;
  kref_put(dev.ref, release);
  return v + name;
}`,
    },
    {
      name: "aliases: get through one name, put through another",
      code: `
function alias(a: Device) {
  const b = a;
  kref_get(a.ref);
  kref_put(b.ref, release);
  const c = b;
  kref_get(c.ref);
  kref_put(a.ref, release);
}`,
    },
    {
      name: "reassigning a variable after its reference was put",
      code: `
function reassign(first: Device, second: Device) {
  let dev = first;
  kref_get(dev.ref);
  kref_put(dev.ref, release);
  dev = second;
  return dev;
}`,
    },
    {
      name: "using with a disposer that puts",
      code: `
function scoped(dev: Device, fail: boolean): number {
  kref_get(dev.ref);
  using _pin = { [Symbol.dispose]() { kref_put(dev.ref, release); } };
  if (fail) return -1;
  work(dev);
  return 0;
}`,
    },
    // --- hand-offs and unknown callees ---
    {
      name: "returning the handle passes the reference to the caller",
      code: `
function grab(dev: Device): Device {
  kref_get(dev.ref);
  return dev;
}`,
    },
    {
      name: "arrow function returning the handle",
      code: `
const grab = (dev: Device) => (kref_get(dev.ref), dev);`,
    },
    {
      name: "stored in a field, a shared queue or a map: handed off",
      code: `
class Holder {
  current?: Device;
  keep(dev: Device, queue: Device[], byId: Map<string, Device>) {
    kref_get(dev.ref);
    this.current = dev;
    kref_get(dev.ref);
    queue.push(dev);
    kref_get(dev.ref);
    byId.set(dev.id, dev);
  }
}`,
    },
    {
      name: "closure passed to setTimeout takes the reference with it",
      code: `
function later(dev: Device) {
  kref_get(dev.ref);
  setTimeout(() => {
    work(dev);
    kref_put(dev.ref, release);
  }, 10);
}`,
    },
    {
      name: "passed to an unknown callee and never put here: may be a transfer, stay silent",
      code: `
function register(dev: Device) {
  kref_get(dev.ref);
  registry.adopt(dev);
}`,
    },
    {
      name: "captured by a closure given to unknown code: stay silent",
      code: `
function subscribe(dev: Device) {
  kref_get(dev.ref);
  const dispose = () => kref_put(dev.ref, release);
  bus.register(dispose);
}`,
    },
    {
      name: "kept in a local object literal that escapes: stay silent",
      code: `
function wrap(dev: Device) {
  kref_get(dev.ref);
  const wrapper = { dev };
  return wrapper;
}`,
    },
    {
      name: "a get on a global with no put in the function is a deliberate pin",
      code: `
function pinForever() {
  kref_get(globalObj.refcount);
}`,
    },
    {
      name: "a get on a field with no put in the function: the object keeps it",
      code: `
class Owner {
  dev!: Device;
  hold() {
    kref_get(this.dev.ref);
  }
}`,
    },
    {
      name: "nested callback balanced on its own",
      code: `
function each(items: Item[]) {
  items.forEach((item) => {
    kref_get(item.ref);
    visit(item);
    kref_put(item.ref, release);
  });
}`,
    },
    {
      name: "one bug, one finding: a get after a hand-off pays the receiver, it is not a leak here",
      code: `
function enqueue(dev: Device, queue: Device[]) {
  queue.push(dev);
  kref_get(dev.ref);
}`,
    },
    {
      name: "a failed kthread_run keeps the reference, which the error branch puts",
      code: `
function spawn(dev: Device): number {
  kref_get(dev.ref);
  const task = kthread_run(worker, dev, "w");
  if (IS_ERR(task)) {
    kref_put(dev.ref, release);
    return -1;
  }
  return 0;
}`,
    },
    // --- not our business ---
    {
      name: "map.get / obj.put / release() never match the kref preset",
      code: `
function unrelated(map: Map<string, Client>, pool: Pool) {
  const client = map.get("a");
  pool.put(client);
  client.release();
  if (client) return;
}`,
    },
    {
      name: "a syntax the analyzer does not model makes the function silent",
      code: `
function unmodelled(dev: Device, resources: Resource[]) {
  kref_get(dev.ref);
  for (using r of resources) {
    r.touch();
  }
}`,
    },
    {
      name: "plain JavaScript without types",
      code: `
function plain(dev) {
  kref_get(dev.ref);
  try { work(dev); } finally { kref_put(dev.ref, release); }
}`,
    },
  // --- same-file summaries ---
  {
    name: "summary: a local helper that puts its parameter consumes the caller's reference",
    code: `
function dropDevice(dev: Device) {
  log(dev.id);
  kref_put(dev.ref, release);
}
function use(dev: Device, done: boolean) {
  kref_get(dev.ref);
  if (done) {
    dropDevice(dev);
    return;
  }
  kref_put(dev.ref, release);
}`,
  },
  {
    name: "summary: an acquirer's result put by the caller",
    code: `
function makeDevice(): Device {
  const dev = alloc();
  kref_init(dev.ref);
  return dev;
}
function use() {
  const dev = makeDevice();
  work(dev.id);
  kref_put(dev.ref, release);
}`,
  },
  {
    name: "summary: recursion gets no summary and no crash",
    code: `
function countDown(dev: Device, n: number): void {
  if (n === 0) return;
  kref_get(dev.ref);
  countDown(dev, n - 1);
  kref_put(dev.ref, release);
}
function pingPong(dev: Device): void {
  kref_put(dev.ref, release);
  pongPing(dev);
}
function pongPing(dev: Device): void {
  kref_get(dev.ref);
  pingPong(dev);
}`,
  },
];

export const invalid: InvalidTestCase<MessageId, []>[] = [
    {
      name: "early return without a put",
      code: `
function check(dev: Device): number {
  kref_get(dev.ref);
  if (dev.broken) return -1;
  kref_put(dev.ref, release);
  return 0;
}`,
      errors: [{ messageId: "leakAtExit", data: { handle: "dev", line: "3", exit: "return" }, line: 4, column: 19 }],
    },
    {
      name: "no put at all: reported at the closing brace",
      code: `
function touch(dev: Device) {
  kref_get(dev.ref);
  dev.touched = true;
}`,
      errors: [{ messageId: "leakAtEnd", line: 5, column: 1, endLine: 5, endColumn: 2 }],
    },
    {
      name: "throw without a put",
      code: `
function mustWork(dev: Device) {
  kref_get(dev.ref);
  if (!dev.ready) throw new Error("not ready");
  kref_put(dev.ref, release);
}`,
      errors: [{ messageId: "leakAtExit", data: { handle: "dev", line: "3", exit: "throw" }, line: 4, column: 19 }],
    },
    {
      name: "continue without a put in for-of",
      code: `
function visitSome(items: Item[]) {
  for (const item of items) {
    kref_get(item.ref);
    if (item.skip) continue;
    visit(item);
    kref_put(item.ref, release);
  }
}`,
      errors: [{ messageId: "leakAtExit", data: { handle: "item", line: "4", exit: "continue" }, line: 5, column: 20 }],
    },
    {
      name: "break without a put in a while loop",
      code: `
function drain(queue: Queue) {
  while (queue.size > 0) {
    const job = queue.peek();
    kref_get(job.ref);
    if (job.last) break;
    run(job);
    kref_put(job.ref, release);
  }
}`,
      errors: [{ messageId: "leakAtExit", data: { handle: "job", line: "5", exit: "break" }, line: 6, column: 19 }],
    },
    {
      name: "loop variable rebound at the next iteration while still held",
      code: `
function pinAll(items: Item[]) {
  for (const item of items) {
    kref_get(item.ref);
    item.count++;
  }
}`,
      errors: [{ messageId: "leakAtEnd", line: 6, column: 3 }],
    },
    {
      name: "classic for loop: the update rebinds the held handle",
      code: `
function walk(head: Node) {
  for (let node = head; node; node = node.next) {
    kref_get(node.ref);
    visit(node.value);
  }
}`,
      // Elements after the first are lost at the update; the first is still named by \`head\` at the end.
      errors: [
        { messageId: "leakOnRebind", data: { handle: "node", line: "4" }, line: 3, column: 31 },
        { messageId: "leakAtEnd", data: { handle: "head", line: "4", where: "at the end of the function" }, line: 7, column: 1 },
      ],
    },
    {
      name: "reassigning the only holder of a reference",
      code: `
function swap(first: string, second: Device) {
  let dev = lookup(first);
  kref_get(dev.ref);
  dev = second;
  kref_put(dev.ref, release);
}`,
      errors: [{ messageId: "leakOnRebind", data: { handle: "dev", line: "4" }, line: 5, column: 3 }],
    },
    {
      name: "reassigning an alias: the original name still holds the reference at the end",
      code: `
function swap(first: Device, second: Device) {
  let dev = first;
  kref_get(dev.ref);
  dev = second;
  kref_put(dev.ref, release);
}`,
      errors: [{ messageId: "leakAtEnd", data: { handle: "first", line: "4", where: "at the end of the function" }, line: 7, column: 1 }],
    },
    {
      name: "catch branch returns without a put",
      code: `
function careful(dev: Device) {
  kref_get(dev.ref);
  try {
    work(dev);
  } catch {
    return;
  }
  kref_put(dev.ref, release);
}`,
      errors: [{ messageId: "leakAtExit", data: { handle: "dev", line: "3", exit: "return" }, line: 7, column: 5 }],
    },
    {
      name: "call inside try/finally throws before the put",
      code: `
function flush(dev: Device) {
  kref_get(dev.ref);
  try {
    work(dev);
    kref_put(dev.ref, release);
  } finally {
    log("done");
  }
}`,
      errors: [{ messageId: "leakOnThrow", data: { handle: "dev", line: "3" }, line: 5, column: 5, endLine: 5, endColumn: 14 }],
    },
    {
      name: "await inside try, catch returns",
      code: `
async function save(dev: Device) {
  kref_get(dev.ref);
  try {
    await dev.save();
  } catch {
    return false;
  }
  kref_put(dev.ref, release);
  return true;
}`,
      errors: [{ messageId: "leakAtExit", line: 7, column: 5 }],
    },
    {
      name: "catch rethrows without a put",
      code: `
function careful(dev: Device) {
  kref_get(dev.ref);
  try {
    work(dev);
  } catch (error) {
    throw error;
  }
  kref_put(dev.ref, release);
}`,
      errors: [{ messageId: "leakAtExit", data: { handle: "dev", line: "3", exit: "throw" }, line: 7, column: 5 }],
    },
    {
      name: "return inside try whose finally does not put",
      code: `
function early(dev: Device): number {
  kref_get(dev.ref);
  try {
    if (dev.done) return 1;
  } finally {
    log("left");
  }
  kref_put(dev.ref, release);
  return 0;
}`,
      errors: [{ messageId: "leakAtExit", line: 5, column: 19 }],
    },
    {
      name: "get_unless_zero success path forgets the put",
      code: `
function maybeUse(dev: Device) {
  if (kref_get_unless_zero(dev.ref)) {
    work(dev.value);
  }
}`,
      errors: [{ messageId: "leakAtEnd", data: { handle: "dev", line: "3", where: "at the end of the function" }, line: 6, column: 1 }],
    },
    {
      name: "only one arm of an if puts",
      code: `
function finish(dev: Device, ok: boolean) {
  kref_get(dev.ref);
  if (ok) {
    kref_put(dev.ref, release);
  }
  return ok;
}`,
      errors: [{ messageId: "leakAtExit", line: 7, column: 3 }],
    },
    {
      name: "a switch case returns without a put, and no case matching falls off the end",
      code: `
function byMode(dev: Device, mode: number) {
  kref_get(dev.ref);
  switch (mode) {
    case 1:
      kref_put(dev.ref, release);
      break;
    case 2:
      return 2;
  }
}`,
      errors: [
        { messageId: "leakAtExit", line: 9, column: 7 },
        { messageId: "leakAtEnd", line: 11, column: 1 },
      ],
    },
    {
      name: "labeled break leaves the held handle",
      code: `
function findFirst(groups: Item[][], target: Item) {
  outer: for (const group of groups) {
    kref_get(target.ref);
    for (const item of group) {
      if (item === target) break outer;
    }
    kref_put(target.ref, release);
  }
}`,
      // \`target\` outlives the loop: the path through \`break outer\` leaks it at the end of the function.
      errors: [{ messageId: "leakAtEnd", data: { handle: "target", line: "4", where: "at the end of the function" }, line: 10, column: 1 }],
    },
    {
      name: "two gets, one put",
      code: `
function twice(dev: Device) {
  kref_get(dev.ref);
  kref_get(dev.ref);
  kref_put(dev.ref, release);
  return null;
}`,
      errors: [{ messageId: "leakAtExit", data: { handle: "dev", line: "3", exit: "return" }, line: 6, column: 3 }],
    },
    {
      name: "initialised object neither put nor returned",
      code: `
function build(): string {
  const data = kmalloc<MyData>();
  kref_init(data.refcount);
  data.name = "x";
  return data.name;
}`,
      errors: [{ messageId: "leakAtExit", data: { handle: "data", line: "4", exit: "return" }, line: 6, column: 3 }],
    },
    {
      name: "an unknown callee only borrowed it: used afterwards",
      code: `
function inspect(dev: Device) {
  kref_get(dev.ref);
  log(dev);
  dev.seen = true;
}`,
      errors: [{ messageId: "leakAtEnd", line: 6, column: 1 }],
    },
    {
      name: "unknown callee borrows a handle the function puts elsewhere",
      code: `
function consume(dev: Device, fast: boolean) {
  kref_get(dev.ref);
  if (fast) {
    handOver(dev);
    return;
  }
  kref_put(dev.ref, release);
}`,
      errors: [{ messageId: "leakAtExit", line: 6, column: 5 }],
    },
    {
      name: "arrow function without a put",
      code: `
const pin = (dev: Device) => {
  kref_get(dev.ref);
};`,
      errors: [{ messageId: "leakAtEnd", line: 4, column: 1 }],
    },
    {
      name: "class method with an early return",
      code: `
class Service {
  run(dev: Device) {
    kref_get(dev.ref);
    if (this.stopped) return;
    kref_put(dev.ref, release);
  }
}`,
      errors: [{ messageId: "leakAtExit", line: 5, column: 23 }],
    },
    {
      name: "do-while: break leaves a loop-scoped handle held",
      code: `
function retry(source: Source) {
  do {
    const dev = source.next();
    kref_get(dev.ref);
    if (dev.failed) break;
    kref_put(dev.ref, release);
  } while (source.more);
}`,
      errors: [{ messageId: "leakAtExit", data: { handle: "dev", line: "5", exit: "break" }, line: 6, column: 21 }],
    },
    {
      name: "ternary test, && test and optional chaining in the test",
      code: `
function tests(dev: Device, a: boolean, b: boolean) {
  kref_get(dev.ref);
  if (a ? b : !b) return 1;
  if (a && dev.child?.bad) return 2;
  kref_put(dev.ref, release);
  return 0;
}`,
      errors: [
        { messageId: "leakAtExit", line: 4, column: 19 },
        { messageId: "leakAtExit", line: 5, column: 28 },
      ],
    },
    {
      name: "camelCase API leak",
      code: `
function touch(dev: Device) {
  krefGet(dev.ref);
  if (dev.gone) return;
  krefPut(dev.ref, release);
}`,
      errors: [{ messageId: "leakAtExit", line: 4, column: 17 }],
    },
    {
      name: "block-scoped handle goes out of scope held",
      code: `
function scoped(id: string) {
  {
    const dev = lookup(id);
    kref_get(dev.ref);
  }
  return id;
}`,
      errors: [{ messageId: "leakAtEnd", data: { handle: "dev", line: "5", where: "at the end of this block, where its variable goes out of scope" }, line: 6, column: 3 }],
    },
    {
      name: "returning something else while still holding",
      code: `
function value(dev: Device): number {
  kref_get(dev.ref);
  return dev.value;
}`,
      errors: [{ messageId: "leakAtExit", line: 4, column: 3 }],
    },
    {
      name: "get in a loop, one put after it",
      code: `
function many(dev: Device, n: number) {
  for (let i = 0; i < n; i++) {
    kref_get(dev.ref);
  }
  kref_put(dev.ref, release);
}`,
      errors: [{ messageId: "leakAtEnd", line: 7, column: 1 }],
    },
    {
      name: "using whose disposer puts, but an extra get is not put",
      code: `
function scoped(dev: Device) {
  kref_get(dev.ref);
  kref_get(dev.ref);
  using _pin = { [Symbol.dispose]() { kref_put(dev.ref, release); } };
  return 0;
}`,
      errors: [{ messageId: "leakAtExit", data: { handle: "dev", line: "3", exit: "return" }, line: 6, column: 3 }],
    },
    {
      name: "a failed kthread_run keeps the reference: the error branch must put it",
      code: `
function spawn(dev: Device): number {
  kref_get(dev.ref);
  const task = kthread_run(worker, dev, "w");
  if (IS_ERR(task)) return -1;
  return 0;
}`,
      errors: [{ messageId: "leakAtExit", data: { handle: "dev", line: "3", exit: "return" }, line: 5, column: 21 }],
    },
    {
      name: "a deferred callback owns the handed-off reference and misses the put on one path",
      code: `
function later(dev: Device) {
  kref_get(dev.ref);
  setTimeout(() => {
    if (dev.dead) return;
    kref_put(dev.ref, release);
  }, 0);
}`,
      errors: [{ messageId: "leakAtExit", data: { handle: "dev", line: "4", exit: "return" }, line: 5, column: 19 }],
    },
    {
      name: "a handle put on some path of the function but not on a pinned global's other path",
      code: `
function touchGlobal(fail: boolean) {
  kref_get(globalObj.refcount);
  if (fail) return;
  kref_put(globalObj.refcount, release);
}`,
      errors: [{ messageId: "leakAtExit", data: { handle: "globalObj", line: "3", exit: "return" }, line: 4, column: 13 }],
    },
  {
    name: "summary: an acquirer's result leaks on an early return",
    code: `
function makeDevice(): Device {
  const dev = alloc();
  kref_init(dev.ref);
  return dev;
}
function use() {
  const dev = makeDevice();
  if (dev.broken) return;
  kref_put(dev.ref, release);
}`,
    errors: [{ messageId: "leakAtExit", data: { handle: "dev", line: "8", exit: "return" }, line: 9, column: 19 }],
  },
  {
    name: "summary: a helper that puts only sometimes does not consume",
    code: `
function maybeDrop(dev: Device, now: boolean) {
  if (now) kref_put(dev.ref, release);
}
function use(dev: Device, fast: boolean) {
  kref_get(dev.ref);
  if (fast) {
    maybeDrop(dev, true);
    return;
  }
  kref_put(dev.ref, release);
}`,
    errors: [{ messageId: "leakAtExit", line: 9, column: 5 }],
  },
];
