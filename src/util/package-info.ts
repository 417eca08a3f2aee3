// What the plugin knows about its own package, read from package.json (one place to change the
// name, version or repository; the rule docs URLs are derived from `repository`).
import { createRequire } from "node:module";

interface PackageJson {
  readonly name: string;
  readonly version: string;
  readonly repository: string | { readonly url: string };
}

const require = createRequire(import.meta.url);
// From src/util/ (tests) and dist/util/ (the package) alike, the package root is two levels up.
const pkg = require("../../package.json") as PackageJson;

export const PACKAGE_NAME = pkg.name;
export const PACKAGE_VERSION = pkg.version;

/** `git+https://github.com/o/r.git` → `https://github.com/o/r`. */
export function repositoryWebUrl(repository: PackageJson["repository"]): string {
  const url = typeof repository === "string" ? repository : repository.url;
  return url.replace(/^git\+/, "").replace(/\.git$/, "");
}

export const REPOSITORY_URL = repositoryWebUrl(pkg.repository);

/** The docs page of a rule, on the repository's default branch. */
export function ruleDocsUrl(name: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${name}.md`;
}
