import { parseArgs } from 'node:util';
import { exitCodes, type Command, type CommandIO } from '../command.js';

interface FileReport {
  readonly file: string;
  readonly format: 'publiccode' | 'codejson' | 'unknown';
  readonly valid: boolean;
  readonly findings: readonly { type: 'error' | 'warning'; key: string; message: string; line: number; column: number }[];
}

const usage = 'civicblocks validate <files…> [--format text|json] [--schema <code.json JSON Schema>]';

/**
 * `civicblocks validate <files…>`: validates publiccode.yml and code.json files (the format is
 * told from the name or the content). Prints `file:line:column key message` per finding, or a
 * JSON array with `--format json`. Exit code 0 when no file has an error (warnings are
 * printed), 1 when one has, 2 when a file cannot be used (missing, not YAML or JSON, unknown
 * format) or the options are wrong.
 */
export const validateCommand: Command = {
  async run(args: readonly string[], io: CommandIO): Promise<number> {
    let parsed;
    try {
      parsed = parseArgs({ args: [...args], allowPositionals: true, options: { format: { type: 'string' }, schema: { type: 'string' } } });
    } catch (error) {
      io.stderr(`civicblocks validate: ${error instanceof Error ? error.message : String(error)}\nUsage: ${usage}\n`);
      return exitCodes.unusable;
    }
    const { values, positionals } = parsed;
    const format = values.format ?? 'text';
    if ((format !== 'text' && format !== 'json') || positionals.length === 0) {
      io.stderr(`Usage: ${usage}\n`);
      return exitCodes.unusable;
    }
    const [fs, path, schemas, node] = await Promise.all([
      import('node:fs/promises'),
      import('node:path'),
      import('@civicblocks/policy-schemas'),
      import('@civicblocks/policy-schemas/node'),
    ]);
    let schema: Record<string, unknown> | undefined;
    if (values.schema !== undefined) {
      try {
        schema = JSON.parse(await fs.readFile(path.resolve(io.cwd, values.schema), 'utf8')) as Record<string, unknown>;
      } catch (error) {
        io.stderr(`civicblocks validate: cannot read the schema ${values.schema}: ${error instanceof Error ? error.message : String(error)}\n`);
        return exitCodes.unusable;
      }
    }
    let exitCode: number = exitCodes.ok;
    const reports: FileReport[] = [];
    for (const file of positionals) {
      const filePath = path.resolve(io.cwd, file);
      let bytes: Uint8Array;
      try {
        bytes = await fs.readFile(filePath);
      } catch (error) {
        const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : error instanceof Error ? error.message : String(error);
        reports.push({ file, format: 'unknown', valid: false, findings: [{ type: 'error', key: '', message: `cannot read the file: ${reason}`, line: 0, column: 0 }] });
        exitCode = exitCodes.unusable;
        continue;
      }
      const head = new TextDecoder().decode(bytes.subarray(0, 65536));
      const detected = schema !== undefined ? 'codejson' : schemas.detectFormat(file, head);
      if (detected === undefined) {
        reports.push({ file, format: 'unknown', valid: false, findings: [{ type: 'error', key: '', message: 'cannot tell the format: name it publiccode.yml or code.json', line: 0, column: 0 }] });
        exitCode = exitCodes.unusable;
        continue;
      }
      const result =
        detected === 'publiccode'
          ? schemas.validatePubliccode(bytes, { assets: node.folderAssets(path.dirname(filePath)) })
          : schemas.validateCodeJson(bytes, schema === undefined ? {} : { schema });
      reports.push({ file, format: detected, valid: result.valid, findings: result.findings });
      if (!result.readable) exitCode = exitCodes.unusable;
      else if (exitCode === exitCodes.ok && result.findings.some((finding) => finding.type === 'error')) exitCode = exitCodes.failure;
    }
    if (format === 'json') {
      io.stdout(`${JSON.stringify(reports, null, 2)}\n`);
    } else {
      for (const report of reports) {
        for (const finding of report.findings) {
          const label = finding.type === 'warning' ? ' (warning)' : '';
          io.stdout(`${report.file}:${finding.line}:${finding.column} ${finding.key === '' ? '-' : finding.key} ${finding.message}${label}\n`);
        }
      }
      const errors = reports.reduce((sum, report) => sum + report.findings.filter((finding) => finding.type === 'error').length, 0);
      const warnings = reports.reduce((sum, report) => sum + report.findings.filter((finding) => finding.type === 'warning').length, 0);
      io.stderr(`${reports.length} file${reports.length === 1 ? '' : 's'}: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}\n`);
    }
    return exitCode;
  },
};
