// Suggestions are a convenience: a builder that fails must not crash the lint. Tests set
// KREF_STRICT=1 so that such a failure still fails loudly there.
export function safely<T>(build: () => T): T | null {
  try {
    return build();
  } catch (error) {
    if (process.env.KREF_STRICT === "1") throw error;
    return null;
  }
}
