import { exitCodes, type CommandIO } from '../command.js';
import { parseOptions } from './ocds.js';

/** `civicblocks ocds export --demo [--releases N] [--seed S]`: a release package on standard output. */
export async function exportOcds(args: readonly string[], io: CommandIO, usage: string): Promise<number> {
  const parsed = parseOptions(args, { demo: { type: 'boolean' }, releases: { type: 'string' }, seed: { type: 'string' } }, io, usage);
  if (parsed === undefined) return exitCodes.unusable;
  const { values, positionals } = parsed;
  const count = typeof values.releases === 'string' ? Number(values.releases) : undefined;
  const seed = typeof values.seed === 'string' ? Number(values.seed) : 1;
  if (values.demo !== true || positionals.length > 0 || (count !== undefined && (!Number.isInteger(count) || count < 1)) || !Number.isInteger(seed)) {
    io.stderr(`civicblocks ocds export: give --demo, and --releases a whole number of at least 1.\nUsage: ${usage}\n`);
    return exitCodes.unusable;
  }
  const marketplace = await import('@civicblocks/marketplace');
  const demo = marketplace.generateDemoMarketplace({ seed, ...(count === undefined ? {} : { opportunities: 0 }) });
  const context = marketplace.exportContextOf(demo);
  const releases = count === undefined ? marketplace.opportunityBundles(demo).flatMap((bundle) => marketplace.opportunityReleases(bundle, context)) : marketplace.demoReleases(demo, count, seed + 1);
  // Writes in blocks of about a megabyte: one write per release would dominate the run time.
  let buffer = '';
  for (const chunk of marketplace.releasePackageChunks(releases, context)) {
    buffer += chunk;
    if (buffer.length >= 1 << 20) {
      io.stdout(buffer);
      buffer = '';
    }
  }
  io.stdout(buffer);
  return exitCodes.ok;
}
