/** Form inputs give '' or undefined for an empty field; the API wants null to clear a nullable field. */
export function orNull<T>(value: T | '' | undefined | null): T | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value === 'string' && value.trim() === '') return null;
  return value;
}

/** For optional fields on create: leave them out when empty. */
export function orUndefined<T>(value: T | '' | undefined | null): T | undefined {
  return orNull(value) ?? undefined;
}
