// A per-file claim shared by the kref rules: the first rule that claims `key` for a file gets
// `true`, every later one `false`. Used to report something once per file (a bad `settings.kref`,
// debug notes) by whichever kref rule runs first, instead of once per enabled rule.
//
// Keyed by the file's Program node: ESLint parses each file (and each --fix pass) into a new
// Program, so a claim never leaks into another file or pass, and entries go away with the AST.
// Under --concurrency every worker thread has its own module instance and its own ASTs.
const claims = new WeakMap<object, Set<string>>();

export function claimOncePerFile(program: object, key: string): boolean {
  let claimed = claims.get(program);
  if (!claimed) claims.set(program, (claimed = new Set()));
  if (claimed.has(key)) return false;
  claimed.add(key);
  return true;
}
