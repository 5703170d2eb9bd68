/** One changed field of an audit entry's diff; field null when the whole before/after is one value (e.g. a list). */
export type DiffRow = { field: string | null; before: unknown; after: unknown };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads the two shapes the services record: {before, after, ...extra} (before/after objects compared key by
 * key, or lists compared whole) and {field: {before, after}}; anything else is shown as a plain value.
 */
export function diffRows(diff: Record<string, unknown>): DiffRow[] {
  const rows: DiffRow[] = [];
  const { before, after, ...rest } = diff;
  if (isRecord(before) || isRecord(after)) {
    const b = isRecord(before) ? before : {};
    const a = isRecord(after) ? after : {};
    for (const field of new Set([...Object.keys(b), ...Object.keys(a)])) rows.push({ field, before: b[field], after: a[field] });
  } else if (before !== undefined || after !== undefined) {
    rows.push({ field: null, before, after });
  }
  for (const [field, value] of Object.entries(rest)) {
    if (isRecord(value) && ('before' in value || 'after' in value)) rows.push({ field, before: value.before, after: value.after });
    else rows.push({ field, before: undefined, after: value });
  }
  return rows;
}

/** A diff value as text: strings as they are, everything else as JSON (lists one item per line). */
export function showValue(value: unknown): string {
  if (value === undefined) return '';
  if (value === null) return '∅';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map((v) => JSON.stringify(v)).join('\n');
  return JSON.stringify(value);
}
