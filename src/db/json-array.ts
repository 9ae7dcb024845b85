/** Reads a JSON column that holds an array of strings; anything else becomes []. */
export function toStringArray(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
