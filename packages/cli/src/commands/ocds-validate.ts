import { exitCodes, type CommandIO } from '../command.js';
import { parseOptions } from './ocds.js';

interface FileReport {
  readonly file: string;
  readonly valid: boolean;
  readonly kind?: string;
  readonly items?: number;
  readonly findings: readonly { path: string; code: string; message: string; severity: 'error' | 'warning' }[];
  readonly droppedFindings?: number;
  readonly error?: { code: string; message: string; line?: number; column?: number };
}

/** `civicblocks ocds validate <files…> [--schema-dir DIR] [--format text|json]`. */
export async function validateOcds(args: readonly string[], io: CommandIO, usage: string): Promise<number> {
  const parsed = parseOptions(args, { 'schema-dir': { type: 'string' }, format: { type: 'string' } }, io, usage);
  if (parsed === undefined) return exitCodes.unusable;
  const { values, positionals } = parsed;
  const format = typeof values.format === 'string' ? values.format : 'text';
  if ((format !== 'text' && format !== 'json') || positionals.length === 0) {
    io.stderr(`Usage: ${usage}\n`);
    return exitCodes.unusable;
  }
  const [path, os, marketplace, node] = await Promise.all([import('node:path'), import('node:os'), import('@civicblocks/marketplace'), import('@civicblocks/marketplace/node')]);
  let validator;
  try {
    const schemaDir = values['schema-dir'];
    const schemas = typeof schemaDir === 'string' ? await node.loadOcdsSchemas(path.resolve(io.cwd, schemaDir)) : await node.loadOfficialOcdsSchemas(path.join(os.homedir(), '.cache', 'civicblocks', 'ocds', '1__1__5'));
    validator = marketplace.createOcdsValidator(schemas);
  } catch (error) {
    io.stderr(`civicblocks ocds validate: ${error instanceof Error ? error.message : String(error)}\n`);
    return exitCodes.unusable;
  }
  let unusable = false;
  let invalid = false;
  const reports: FileReport[] = [];
  for (const file of positionals) {
    try {
      const report = await node.validateOcdsFile(path.resolve(io.cwd, file), validator);
      reports.push({ file, ...report });
      if (!report.valid) invalid = true;
    } catch (error) {
      unusable = true;
      const location = marketplace.isMarketplaceError(error) ? error.location : {};
      reports.push({
        file,
        valid: false,
        findings: [],
        error: {
          code: marketplace.isMarketplaceError(error) ? error.code : 'ocds_not_json',
          message: error instanceof Error ? error.message : String(error),
          ...(location.line === undefined ? {} : { line: location.line }),
          ...(location.column === undefined ? {} : { column: location.column }),
        },
      });
    }
  }
  if (format === 'json') {
    io.stdout(`${JSON.stringify(reports, null, 2)}\n`);
  } else {
    for (const report of reports) {
      if (report.error !== undefined) {
        const where = report.error.line === undefined ? report.file : `${report.file}:${report.error.line}:${report.error.column ?? 1}`;
        io.stdout(`${where} ${report.error.code} ${report.error.message}\n`);
        continue;
      }
      for (const finding of report.findings) io.stdout(`${report.file} ${finding.path} ${finding.severity} ${finding.code} ${finding.message}\n`);
      if (report.droppedFindings !== undefined && report.droppedFindings > 0) io.stdout(`${report.file} … and ${report.droppedFindings} more findings\n`);
      io.stdout(`${report.file}: ${report.valid ? 'valid' : 'invalid'} ${report.kind ?? ''} (${report.items ?? 0} ${report.kind === 'record-package' ? 'records' : 'releases'})\n`);
    }
  }
  return unusable ? exitCodes.unusable : invalid ? exitCodes.failure : exitCodes.ok;
}
