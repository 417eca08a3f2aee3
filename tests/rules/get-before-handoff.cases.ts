// RuleTester cases of kref/get-before-handoff. Suggestion outputs live in get-before-handoff.suggestions.ts.
import type { InvalidTestCase, ValidTestCase } from "@typescript-eslint/rule-tester";
import type { ESLintUtils } from "@typescript-eslint/utils";
import type rule from "../../src/rules/get-before-handoff.js";

type MessageId = ESLintUtils.InferMessageIdsTypeFromRule<typeof rule>;

// Every code sample starts with a newline, so its first line of code is line 2.

const late = (line: number, column: number, handle: string, handoffLine: number) => ({
  messageId: "getAfterHandoff" as const,
  data: { handle, line: String(handoffLine) },
  line,
  column,
});
const unref = (line: number, column: number, handle: string) => ({
  messageId: "handoffWithoutRef" as const,
  data: { handle },
  line,
  column,
});

export const valid: ValidTestCase<[]>[] = [
    {
      // Issue 12: a .then(ok, err) pair that releases on both is one release of the chain.
      name: "a .then(ok, err) pair that puts on both sides takes one reference",
      code: `
function finish(dev: MyData) {
  kref_get(dev.refcount);
  work(dev).then(() => kref_put(dev.refcount, devRelease), () => kref_put(dev.refcount, devRelease));
}`,
    },
    {
      name: "seed: get, hand to a thread, put on the error branch",
      code: `
function spawnHelper(data: MyData): number {
  kref_get(data.refcount);
  const task = kthread_run(moreDataHandling, data, "more_data");
  if (IS_ERR(task)) {
    kref_put(data.refcount, dataRelease);
    return -ENOMEM;
  }
  return 0;
}`,
    },
    {
      name: "kernel documentation: my_data_handler",
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
      name: "transfer only: init, hand off, no further use",
      code: `
function publish(queue: Queue<MyData>) {
  const data = kmalloc<MyData>();
  kref_init(data.refcount);
  queue.push(data);
}`,
    },
    {
      name: "hand-off in one branch, get in the other",
      code: `
function route(dev: Device, queue: Device[], local: boolean) {
  if (local) {
    kref_get(dev.ref);
    work(dev);
    kref_put(dev.ref, release);
  } else {
    kref_get(dev.ref);
    queue.push(dev);
  }
}`,
    },
    {
      name: "get, then store in a field",
      code: `
class Owner {
  current?: Device;
  adopt(dev: Device) {
    kref_get(dev.ref);
    this.current = dev;
  }
}`,
    },
    {
      name: "get, then store in a module variable",
      code: `
let current: Device | null = null;
function adopt(dev: Device) {
  kref_get(dev.ref);
  current = dev;
}`,
    },
    {
      name: "get, then a setTimeout callback that puts",
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
      name: "get, then a .then callback that puts",
      code: `
function afterSave(dev: Device, saving: Promise<void>) {
  kref_get(dev.ref);
  saving.then(() => kref_put(dev.ref, release));
}`,
    },
    {
      name: "get, then a worker with workerData",
      code: `
function offload(dev: Device) {
  kref_get(dev.ref);
  new Worker("./worker.js", { workerData: dev });
}`,
    },
    {
      name: "get, then postMessage",
      code: `
function send(dev: Device, port: MessagePort) {
  kref_get(dev.ref);
  port.postMessage(dev);
}`,
    },
    {
      name: "a get for each of two hand-offs",
      code: `
function fanOut(dev: Device, a: Device[], b: Set<Device>) {
  kref_get(dev.ref);
  a.push(dev);
  kref_get(dev.ref);
  b.add(dev);
}`,
    },
    {
      name: "own reference kept while an extra one is handed off",
      code: `
function share(queue: Device[]) {
  const dev = makeDevice();
  kref_init(dev.ref);
  kref_get(dev.ref);
  queue.push(dev);
  dev.shared = true;
  kref_put(dev.ref, release);
}`,
    },
    {
      name: "hand-off through an alias after a get on the original",
      code: `
function aliasHandOff(dev: Device, queue: Device[]) {
  const alias = dev;
  kref_get(dev.ref);
  queue.push(alias);
}`,
    },
    {
      name: "get and hand off on every loop iteration",
      code: `
function enqueueAll(items: Item[], queue: Item[]) {
  for (const item of items) {
    kref_get(item.ref);
    queue.push(item);
  }
}`,
    },
    {
      name: "throwing hand-off caught: the reference stayed with the caller",
      code: `
function tryEnqueue(dev: Device, queue: Queue<Device>) {
  kref_get(dev.ref);
  try {
    queue.enqueue(dev);
  } catch (error) {
    kref_put(dev.ref, release);
    throw error;
  }
}`,
    },
    {
      name: "failure tested with !task",
      code: `
function spawn(dev: Device) {
  kref_get(dev.ref);
  const task = kthreadRun(worker, dev, "w");
  if (!task) {
    kref_put(dev.ref, release);
    return;
  }
  log("started");
}`,
    },
    {
      name: "failure tested with instanceof Error",
      code: `
function spawn(dev: Device) {
  kref_get(dev.ref);
  const task = kthread_run(worker, dev, "w");
  if (task instanceof Error) {
    kref_put(dev.ref, release);
  }
}`,
    },
    {
      name: "failure tested with == null",
      code: `
function spawn(dev: Device) {
  kref_get(dev.ref);
  const task = kthread_run(worker, dev, "w");
  if (task == null) kref_put(dev.ref, release);
}`,
    },
    {
      name: "failure tested directly with IS_ERR on the call",
      code: `
function spawn(dev: Device) {
  kref_get(dev.ref);
  if (IS_ERR(kthread_run(worker, dev, "w"))) kref_put(dev.ref, release);
}`,
    },
    {
      name: "unchecked hand-off of an extra reference, own reference used and put",
      code: `
function spawn() {
  const dev = makeDevice();
  kref_init(dev.ref);
  kref_get(dev.ref);
  kthread_run(worker, dev, "w");
  dev.started = true;
  kref_put(dev.ref, release);
}`,
    },
    {
      name: "push into a fresh local array is not a hand-off",
      code: `
function collect(dev: Device) {
  const batch: Device[] = [];
  batch.push(dev);
  kref_get(dev.ref);
  kref_put(dev.ref, release);
}`,
    },
    {
      name: "setTimeout callback without kref calls after a get: nothing to check inside",
      code: `
function logLater(dev: Device) {
  kref_get(dev.ref);
  setTimeout(() => console.log(dev.id), 0);
}`,
    },
    {
      name: "try-get before the hand-off",
      code: `
function maybeQueue(dev: Device, queue: Device[]) {
  if (!kref_get_unless_zero(dev.ref)) return;
  queue.push(dev);
}`,
    },
    {
      name: "a get on another handle after the hand-off",
      code: `
function two(a: Device, b: Device, queue: Device[]) {
  kref_get(a.ref);
  queue.push(a);
  kref_get(b.ref);
  kref_put(b.ref, release);
}`,
    },
    {
      name: "event listener that puts, after a get",
      code: `
function onClose(dev: Device, socket: Socket) {
  kref_get(dev.ref);
  socket.once("close", () => kref_put(dev.ref, release));
}`,
    },
    {
      name: "queueMicrotask and process.nextTick callbacks that put, each after its own get",
      code: `
function soon(dev: Device) {
  kref_get(dev.ref);
  queueMicrotask(() => kref_put(dev.ref, release));
  kref_get(dev.ref);
  process.nextTick(() => kref_put(dev.ref, release));
}`,
    },
    {
      name: "setTimeout extra argument after a get",
      code: `
function later(dev: Device) {
  kref_get(dev.ref);
  setTimeout(handle, 0, dev);
}`,
    },
    {
      name: "queue_work after a get",
      code: `
function schedule(dev: Device) {
  kref_get(dev.ref);
  queue_work(systemWq, dev.work);
}`,
    },
    {
      name: "a borrowed handle handed off with no further use: maybe the caller's transfer, stay silent",
      code: `
function park(dev: Device, queue: Device[]) {
  queue.push(dev);
  if (dev.urgent) kref_get(other.ref);
}`,
    },
    {
      name: "returning the handle after a get",
      code: `
function grab(dev: Device): Device {
  kref_get(dev.ref);
  return dev;
}`,
    },
    {
      name: "the callback that owns the handed-off reference puts it on every path",
      code: `
function later(dev: Device) {
  kref_get(dev.ref);
  setTimeout(() => {
    if (dev.dead) {
      kref_put(dev.ref, release);
      return;
    }
    work(dev);
    kref_put(dev.ref, release);
  }, 0);
}`,
    },
  {
    name: "corpus: a pooled client handed off then released owes no reference (pg has no get)",
    code: `
import { Pool } from "pg";
export async function track(pool: Pool, active: unknown[]) {
  const client = await pool.connect();
  active.push(client);
  client.release();
}`,
  },
];

export const invalid: InvalidTestCase<MessageId, []>[] = [
    {
      name: "seed: get after kthread_run, on the success branch",
      code: `
function spawnHelper(data: MyData): number {
  const task = kthread_run(moreDataHandling, data, "more_data");
  if (!IS_ERR(task)) kref_get(data.refcount);
  return 0;
}`,
      errors: [late(4, 22, "data", 3)],
    },
    {
      name: "seed, with the object created here: its own reference went to the thread",
      code: `
function handler(): number {
  const data = kmalloc<MyData>();
  kref_init(data.refcount);
  const task = kthread_run(moreDataHandling, data, "more_data");
  if (!IS_ERR(task)) kref_get(data.refcount);
  doStuff(data);
  kref_put(data.refcount, dataRelease);
  return 0;
}`,
      errors: [late(6, 22, "data", 5)],
    },
    {
      name: "push, then get",
      code: `
function enqueue(dev: Device, queue: Device[]) {
  queue.push(dev);
  kref_get(dev.ref);
}`,
      errors: [late(4, 3, "dev", 3)],
    },
    {
      name: "store in a field, then get",
      code: `
class Owner {
  current?: Device;
  adopt(dev: Device) {
    this.current = dev;
    kref_get(dev.ref);
  }
}`,
      errors: [late(6, 5, "dev", 5)],
    },
    {
      name: "store in a module variable, then get",
      code: `
let current: Device | null = null;
function adopt(dev: Device) {
  current = dev;
  kref_get(dev.ref);
}`,
      errors: [late(5, 3, "dev", 4)],
    },
    {
      name: "setTimeout callback, then get",
      code: `
function later(dev: Device) {
  setTimeout(() => work(dev), 10);
  kref_get(dev.ref);
}`,
      errors: [late(4, 3, "dev", 3)],
    },
    {
      name: ".then callback that puts, then get",
      code: `
function afterSave(dev: Device, saving: Promise<void>) {
  saving.then(() => kref_put(dev.ref, release));
  kref_get(dev.ref);
}`,
      errors: [late(4, 3, "dev", 3)],
    },
    {
      name: "worker, then get",
      code: `
function offload(dev: Device) {
  new Worker("./worker.js", { workerData: dev });
  kref_get(dev.ref);
}`,
      errors: [late(4, 3, "dev", 3)],
    },
    {
      name: "postMessage, then get",
      code: `
function send(dev: Device, port: MessagePort) {
  port.postMessage(dev);
  kref_get(dev.ref);
}`,
      errors: [late(4, 3, "dev", 3)],
    },
    {
      name: "hand-off through an alias, then get on the original",
      code: `
function aliasHandOff(dev: Device, queue: Device[]) {
  const alias = dev;
  queue.push(alias);
  kref_get(dev.ref);
}`,
      errors: [late(5, 3, "dev", 4)],
    },
    {
      name: "hand-off on one branch, get after the branches join",
      code: `
function maybe(dev: Device, queue: Device[], share: boolean) {
  if (share) queue.push(dev);
  kref_get(dev.ref);
  kref_put(dev.ref, release);
}`,
      errors: [late(4, 3, "dev", 3)],
    },
    {
      name: "in a loop: hand-off then get",
      code: `
function enqueueAll(items: Item[], queue: Item[]) {
  for (const item of items) {
    queue.push(item);
    kref_get(item.ref);
  }
}`,
      errors: [late(5, 5, "item", 4)],
    },
    {
      name: "unchecked kthread_run, then get",
      code: `
function spawn(dev: Device) {
  kthread_run(worker, dev, "w");
  kref_get(dev.ref);
}`,
      errors: [late(4, 3, "dev", 3)],
    },
    {
      name: "camelCase: kthreadRun, then krefGet",
      code: `
function spawn(dev: Device) {
  kthreadRun(worker, dev, "w");
  krefGet(dev.ref);
}`,
      errors: [late(4, 3, "dev", 3)],
    },
    {
      name: "queue_work, then get",
      code: `
function schedule(dev: Device) {
  queue_work(systemWq, dev.work);
  kref_get(dev.ref);
}`,
      errors: [late(4, 3, "dev", 3)],
    },
    {
      name: "setTimeout extra argument, then get",
      code: `
function later(dev: Device) {
  setTimeout(handle, 0, dev);
  kref_get(dev.ref);
}`,
      errors: [late(4, 3, "dev", 3)],
    },
    {
      name: "map.set and set.add, then get",
      code: `
function register(dev: Device, byId: Map<string, Device>) {
  byId.set(dev.id, dev);
  kref_get(dev.ref);
  kref_put(dev.ref, release);
}`,
      errors: [late(4, 3, "dev", 3)],
    },
    {
      name: "event listener, then get",
      code: `
function watch(dev: Device, emitter: Emitter) {
  emitter.on("tick", () => poll(dev));
  kref_get(dev.ref);
}`,
      errors: [late(4, 3, "dev", 3)],
    },
    {
      name: "get_unless_zero after the hand-off",
      code: `
function enqueue(dev: Device, queue: Device[]) {
  queue.push(dev);
  if (!kref_get_unless_zero(dev.ref)) return;
}`,
      errors: [late(4, 8, "dev", 3)],
    },
    {
      name: "its only reference passed on, then used",
      code: `
function publish(queue: Device[]) {
  const dev = makeDevice();
  kref_init(dev.ref);
  queue.push(dev);
  dev.ready = true;
}`,
      errors: [unref(5, 3, "dev")],
    },
    {
      name: "its only reference passed on, then put",
      code: `
function publish(queue: Device[]) {
  const dev = makeDevice();
  kref_init(dev.ref);
  queue.push(dev);
  kref_put(dev.ref, release);
}`,
      errors: [unref(5, 3, "dev")],
    },
    {
      name: "a borrowed handle stored, then the caller's reference put",
      code: `
function retire(dev: Device, graveyard: Device[]) {
  graveyard.push(dev);
  kref_put(dev.ref, release);
}`,
      errors: [unref(3, 3, "dev")],
    },
    {
      name: "a second hand-off after the only reference went with the first",
      code: `
function fanOut(dev: Device, a: Device[], b: Device[]) {
  kref_get(dev.ref);
  a.push(dev);
  b.push(dev);
  log(dev.id);
}`,
      errors: [unref(5, 3, "dev")],
    },
    {
      name: "a borrowed handle given to a deferred callback that puts it",
      code: `
function later(dev: Device) {
  setTimeout(() => kref_put(dev.ref, release), 10);
  if (dev.flag) kref_get(other.ref);
}`,
      errors: [unref(3, 3, "dev")],
    },
    {
      name: "a worker given a handle whose only reference was then put",
      code: `
function offload() {
  const dev = makeDevice();
  kref_init(dev.ref);
  new Worker("./worker.js", { workerData: dev });
  kref_put(dev.ref, release);
}`,
      errors: [unref(5, 7, "dev")],
    },
    {
      name: "promise finally callback that puts, then a get",
      code: `
function track(dev: Device, job: Promise<void>) {
  job.finally(() => kref_put(dev.ref, release));
  kref_get(dev.ref);
}`,
      errors: [late(4, 3, "dev", 3)],
    },
];
