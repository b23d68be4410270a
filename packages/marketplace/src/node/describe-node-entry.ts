/**
 * Names this entry point: file and stream helpers that need Node live here.
 *
 * @since 0.1.0
 */
export function describeNodeEntry(): string {
  return '@civicblocks/marketplace/node';
}
