/** Applies a JSON Merge Patch (RFC 7396): how OCDS extensions patch the release schema. */
export function applyMergePatch(target: unknown, patch: unknown): unknown {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) return patch;
  const result: Record<string, unknown> = typeof target === 'object' && target !== null && !Array.isArray(target) ? { ...(target as Record<string, unknown>) } : {};
  for (const [key, value] of Object.entries(patch as Record<string, unknown>)) {
    if (value === null) result[key] = undefined;
    else result[key] = applyMergePatch(result[key], value);
  }
  // null removes a member (RFC 7396); JSON has no undefined, so dropping them is exact.
  return Object.fromEntries(Object.entries(result).filter(([, value]) => value !== undefined));
}
