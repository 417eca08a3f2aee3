// Expected put-on-every-path errors for the handle suites (tests/handles/*.cases.ts): the message
// id, its data, and the location of the first occurrence of a needle in the sample.
import { at } from "./locate.js";

/** Line (1-based) of the first occurrence of `needle`, as the string the messages use. */
export const lineOf = (code: string, needle: string): string => String(at(code, needle, 0).line);

/** `handle` is not put if the call at `needle` throws (taken at the line of `taken`). */
export const onThrow = (code: string, needle: string, handle: string, taken: string) => ({
  messageId: "leakOnThrow" as const,
  data: { handle, line: lineOf(code, taken) },
  ...at(code, needle),
});

/** `handle` is still held at the `exit` statement at `needle`. */
export const atExit = (code: string, needle: string, handle: string, taken: string, exit = "return") => ({
  messageId: "leakAtExit" as const,
  data: { handle, line: lineOf(code, taken), exit },
  ...at(code, needle),
});
