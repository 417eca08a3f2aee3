// The flat config a project uses to turn the plugin on (this is what `npm run demo` runs).
import tsParser from "@typescript-eslint/parser";
import kref from "eslint-plugin-kref";

export default [
  {
    files: ["**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}"],
    languageOptions: { parser: tsParser },
  },
  kref.configs.recommended,
];
