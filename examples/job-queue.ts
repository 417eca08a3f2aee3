// Jobs are handed to worker "threads" (setTimeout callbacks) and a shared queue. Each Job embeds
// a Kref. Run `npm run demo` to see which hand-offs forgot to take the receiver's reference.
import { kref_get, kref_init, kref_put, type Kref } from "./kref.js";

export interface Job {
  ref: Kref;
  name: string;
  attempts: number;
}

const pending: Job[] = [];

function releaseJob(ref: Kref): void {
  void ref;
}

function run(job: Job): void {
  job.attempts++;
}

// Correct: the queue's reference is taken before the job is pushed.
export function submit(job: Job): void {
  kref_get(job.ref);
  pending.push(job);
}

// Bug: the timer callback may run (and put) before the late get.
export function runLater(job: Job): void {
  setTimeout(() => {
    run(job);
    kref_put(job.ref, releaseJob);
  }, 0);
  kref_get(job.ref);
}

// Bug: the job's only reference went to the queue, then the job is still touched here.
export function createAndSubmit(name: string): void {
  const job: Job = { ref: { count: 0 }, name, attempts: 0 };
  kref_init(job.ref);
  pending.push(job);
  job.attempts = 1;
}

// Correct: the callback owns the reference it was given and puts it on every path.
export function retryLater(job: Job): void {
  kref_get(job.ref);
  setTimeout(() => {
    if (job.attempts > 3) {
      kref_put(job.ref, releaseJob);
      return;
    }
    run(job);
    kref_put(job.ref, releaseJob);
  }, 100);
}
