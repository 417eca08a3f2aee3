// What `require("eslint-plugin-kref")` loads (package.json `exports` "require" condition): the plugin
// object itself, as CommonJS code expects, rather than a module namespace `{ default, rules }`.
// Node ≥ 20.19 loads ES modules from require() and returns the "module.exports" export when there
// is one. It is the same module instance as `import`, so a project mixing both sees one plugin.
import plugin from "./index.js";

export { plugin as "module.exports" };
