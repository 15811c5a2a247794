// The small type guards every validator here builds on (messages, notes,
// library records, imported files): data from another context or a file is
// checked with these before anything trusts it.

export const isString = (value: unknown): value is string => typeof value === 'string';

export const isNullableString = (value: unknown): value is string | null => value === null || typeof value === 'string';

export const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every(isString);

/** A plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A whole number at or above zero: a count or a text offset. */
export const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;
