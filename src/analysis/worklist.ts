// The solver's worklist: nodes come out in reverse postorder, so in code without loops every
// node runs once, after all of its predecessors, with every incoming state already there. A
// first-in-first-out queue would instead send a wave down the rest of the function for each
// state that reaches a join late, which is quadratic in the length of a function.
import type { Cfg } from "./cfg/types.js";

export class Worklist {
  /** Rank of each node in reverse postorder from the entry (unreachable nodes rank last). */
  private readonly rank: Int32Array;
  private readonly nodeOfRank: Int32Array;
  private readonly queued: Uint8Array;
  /** Min-heap of ranks. */
  private readonly heap: number[] = [];

  constructor(cfg: Cfg) {
    const count = cfg.nodes.length;
    this.rank = reversePostorder(cfg);
    this.nodeOfRank = new Int32Array(count);
    for (let id = 0; id < count; id++) this.nodeOfRank[this.rank[id] as number] = id;
    this.queued = new Uint8Array(count);
  }

  get isEmpty(): boolean {
    return this.heap.length === 0;
  }

  push(id: number): void {
    if (this.queued[id]) return;
    this.queued[id] = 1;
    const heap = this.heap;
    let i = heap.length;
    const r = this.rank[id] as number;
    heap.push(r);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((heap[parent] as number) <= r) break;
      heap[i] = heap[parent] as number;
      i = parent;
    }
    heap[i] = r;
  }

  /** The queued node that comes first in reverse postorder. */
  pop(): number {
    const heap = this.heap;
    const top = heap[0] as number;
    const last = heap.pop() as number;
    if (heap.length > 0) {
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        if (left >= heap.length) break;
        const right = left + 1;
        const child = right < heap.length && (heap[right] as number) < (heap[left] as number) ? right : left;
        if ((heap[child] as number) >= last) break;
        heap[i] = heap[child] as number;
        i = child;
      }
      heap[i] = last;
    }
    const id = this.nodeOfRank[top] as number;
    this.queued[id] = 0;
    return id;
  }
}

/** Reverse postorder ranks by an iterative depth-first search (deep CFGs must not overflow the stack). */
export function reversePostorder(cfg: Cfg): Int32Array {
  const count = cfg.nodes.length;
  const rank = new Int32Array(count).fill(-1);
  const visited = new Uint8Array(count);
  const postorder: number[] = [];
  const stack: number[] = [cfg.entry];
  const nextEdge: number[] = [0];
  visited[cfg.entry] = 1;
  while (stack.length > 0) {
    const top = stack.length - 1;
    const id = stack[top] as number;
    const succ = cfg.nodes[id]?.succ ?? [];
    const e = nextEdge[top] as number;
    if (e < succ.length) {
      nextEdge[top] = e + 1;
      const to = (succ[e] as { to: number }).to;
      if (!visited[to]) {
        visited[to] = 1;
        stack.push(to);
        nextEdge.push(0);
      }
    } else {
      stack.pop();
      nextEdge.pop();
      postorder.push(id);
    }
  }
  let r = 0;
  for (let i = postorder.length - 1; i >= 0; i--) rank[postorder[i] as number] = r++;
  for (let id = 0; id < count; id++) if (rank[id] === -1) rank[id] = r++;
  return rank;
}
