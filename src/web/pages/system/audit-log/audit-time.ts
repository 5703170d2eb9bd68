/** The server writes times with the park's zone (+08:00); people read them in park time whatever their browser's zone. */
export function formatAuditTime(at: string): string {
  const ms = Date.parse(at);
  if (Number.isNaN(ms)) return at;
  return new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
}
