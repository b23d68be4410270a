/** A timestamp as the model writes it: ISO 8601 UTC, without milliseconds when there are none. */
export function isoMoment(value: Date | string): string {
  return new Date(value).toISOString().replace('.000Z', 'Z');
}
