import { parseArgs } from 'node:util';
import { exitCodes, type Command, type CommandIO } from '../command.js';

const usage = 'civicblocks convert <publiccode.yml> --to codejson|codemeta [--output <file>]';

/**
 * `civicblocks convert <publiccode.yml> --to codejson|codemeta`: writes the converted document
 * (to standard output, or `--output`) and lists on standard error what could not be carried
 * over and which required fields stay empty. Exit code 1 when the publiccode.yml has errors,
 * 2 when it cannot be read or the options are wrong.
 */
export const convertCommand: Command = {
  async run(args: readonly string[], io: CommandIO): Promise<number> {
    let parsed;
    try {
      parsed = parseArgs({ args: [...args], allowPositionals: true, options: { to: { type: 'string' }, output: { type: 'string', short: 'o' } } });
    } catch (error) {
      io.stderr(`civicblocks convert: ${error instanceof Error ? error.message : String(error)}\nUsage: ${usage}\n`);
      return exitCodes.unusable;
    }
    const { values, positionals } = parsed;
    const [file] = positionals;
    if (file === undefined || positionals.length > 1 || (values.to !== 'codejson' && values.to !== 'codemeta')) {
      io.stderr(`Usage: ${usage}\n`);
      return exitCodes.unusable;
    }
    const [fs, path, schemas, node] = await Promise.all([
      import('node:fs/promises'),
      import('node:path'),
      import('@civicblocks/policy-schemas'),
      import('@civicblocks/policy-schemas/node'),
    ]);
    const filePath = path.resolve(io.cwd, file);
    let bytes: Uint8Array;
    try {
      bytes = await fs.readFile(filePath);
    } catch (error) {
      io.stderr(`civicblocks convert: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
      return exitCodes.unusable;
    }
    const validation = schemas.validatePubliccode(bytes, { assets: node.folderAssets(path.dirname(filePath)) });
    const errors = validation.findings.filter((finding) => finding.type === 'error');
    if (errors.length > 0 || validation.document === undefined) {
      for (const finding of errors) io.stderr(`${file}:${finding.line}:${finding.column} ${finding.key === '' ? '-' : finding.key} ${finding.message}\n`);
      return validation.readable ? exitCodes.failure : exitCodes.unusable;
    }
    const conversion = values.to === 'codejson' ? schemas.publiccodeToCodeJson(validation.document) : schemas.publiccodeToCodeMeta(validation.document);
    const text = `${JSON.stringify(conversion.output, null, 2)}\n`;
    if (values.output === undefined) io.stdout(text);
    else await fs.writeFile(path.resolve(io.cwd, values.output), text);
    for (const item of conversion.notCarried) io.stderr(`not carried: ${item.key}: ${item.reason}\n`);
    if (conversion.missing.length > 0) io.stderr(`required but empty in ${values.to === 'codejson' ? 'code.json' : 'codemeta.json'}: ${conversion.missing.join(', ')}\n`);
    return exitCodes.ok;
  },
};
