// fast-check arbitraries for random programs: kref calls and preset calls (pg, async-mutex,
// quickjs, disposable stacks) inside random nesting of every construct the CFG builder models.
// Generated code is always syntactically valid.
import fc from "fast-check";

const handles = ["a", "b", "c"];
const conds = ["p", "q", "a", "!b", "a && p", "b?.ok", "c ?? p", "p ? q : a"];

interface Ctx {
  readonly inLoop: boolean;
  readonly labels: readonly string[];
  readonly depth: number;
}

function leaf(ctx: Ctx): fc.Arbitrary<string> {
  const h = fc.constantFrom(...handles);
  const options: fc.Arbitrary<string>[] = [
    h.map((x) => `kref_get(${x}.ref);`),
    h.map((x) => `kref_put(${x}.ref, release);`),
    h.map((x) => `krefGet(${x}.ref);`),
    h.map((x) => `kref_init(${x}.ref);`),
    h.map((x) => `if (!kref_get_unless_zero(${x}.ref)) return;`),
    h.map((x) => `use(${x});`),
    h.map((x) => `${x}.n++;`),
    fc.tuple(h, h).map(([x, y]) => `${x} = ${y};`),
    h.map((x) => `${x} = lookup();`),
    h.map((x) => `queue.push(${x});`),
    h.map((x) => `setTimeout(() => kref_put(${x}.ref, release));`),
    h.map((x) => `return ${x};`),
    fc.constant("return;"),
    fc.constant('throw new Error("x");'),
    fc.constant("await tick();"),
    h.map((x) => `const t = kthread_run(fn, ${x}, "t"); if (IS_ERR(t)) return;`),
    // Preset idioms, each in a block of its own so that names never clash.
    fc.constantFrom(
      "{ const cl = await pool.connect(); use(cl); cl.release(); }",
      "{ const cl = await pool.connect(); if (p) return; cl.release(); }",
      "pool.connect((err, cl, done) => { if (err) return; if (p) return; done(); });",
      "{ const release = await mutex.acquire(); use(a); release(); }",
      '{ const h = vm.newString("s"); if (q) h.dispose(); }',
      "{ using st = new DisposableStack(); st.use(a); }",
      "{ const st = new DisposableStack(); if (p) return st.move(); st.dispose(); }",
    ),
  ];
  if (ctx.inLoop) options.push(fc.constant("break;"), fc.constant("continue;"));
  for (const label of ctx.labels) options.push(fc.constant(`break ${label};`));
  return fc.oneof(...options);
}

export function statement(ctx: Ctx): fc.Arbitrary<string> {
  if (ctx.depth >= 4) return leaf(ctx);
  const inner = (c: Partial<Ctx> = {}): fc.Arbitrary<string> =>
    block({ ...ctx, depth: ctx.depth + 1, ...c });
  const cond = fc.constantFrom(...conds);
  const label = `L${ctx.depth}`;
  return fc.oneof(
    { weight: 4, arbitrary: leaf(ctx) },
    { weight: 1, arbitrary: fc.tuple(cond, inner(), inner()).map(([c, t, e]) => `if (${c}) ${t} else ${e}`) },
    { weight: 1, arbitrary: fc.tuple(cond, inner({ inLoop: true })).map(([c, b]) => `while (${c}) ${b}`) },
    { weight: 1, arbitrary: fc.tuple(inner({ inLoop: true }), cond).map(([b, c]) => `do ${b} while (${c});`) },
    { weight: 1, arbitrary: inner({ inLoop: true }).map((b) => `for (const it of items) { kref_get(it.ref); ${b} }`) },
    { weight: 1, arbitrary: inner({ inLoop: true }).map((b) => `for (let i = 0; i < n; i++) ${b}`) },
    { weight: 1, arbitrary: inner({ inLoop: true }).map((b) => `for (const k in table) ${b}`) },
    {
      weight: 1,
      arbitrary: fc.tuple(inner(), inner()).map(([x, y]) => `switch (n) { case 1: ${x} case 2: ${y} break; default: use(a); }`),
    },
    { weight: 1, arbitrary: fc.tuple(inner(), inner(), inner()).map(([t, c, f]) => `try ${t} catch (e) ${c} finally ${f}`) },
    { weight: 1, arbitrary: fc.tuple(inner(), inner()).map(([t, c]) => `try ${t} catch ${c}`) },
    { weight: 1, arbitrary: inner({ labels: [...ctx.labels, label] }).map((b) => `${label}: ${b}`) },
    { weight: 1, arbitrary: inner({ inLoop: false, labels: [] }).map((b) => `const cb = async () => ${b}; cb();`) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom(...handles), inner())
        .map(([x, b]) => `{ using g = { [Symbol.dispose]() { kref_put(${x}.ref, release); } }; ${b} }`),
    },
    { weight: 1, arbitrary: inner().map((b) => `{ const pc = await pool.connect(); try ${b} finally { pc.release(); } }`) },
    { weight: 1, arbitrary: inner().map((b) => `{ const unlock = await mutex.acquire(); try ${b} finally { unlock(); } }`) },
  );
}

function block(ctx: Ctx): fc.Arbitrary<string> {
  return fc.array(statement(ctx), { minLength: 0, maxLength: 4 }).map((s) => `{ ${s.join(" ")} }`);
}

const imports = `import type { Pool } from "pg";
import type { Mutex } from "async-mutex";
import type { QuickJSContext } from "quickjs-emscripten";
`;

export const program: fc.Arbitrary<string> = block({ inLoop: false, labels: [], depth: 0 }).map(
  (body) =>
    `${imports}export async function generated(a: D, b: D, c: D, p: boolean, q: boolean, n: number, items: D[], table: Record<string, D>, pool: Pool, mutex: Mutex, vm: QuickJSContext) ${body}`,
);
