import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { readLocatedYaml, toPlain, type LocatedValue } from './located-yaml.js';

function root(text: string): LocatedValue {
  const document = readLocatedYaml(text);
  if (!document.ok) throw new Error(document.errors[0]?.message);
  return document.root;
}

describe('readLocatedYaml', () => {
  it('keeps keys in file order, as text, with their lines and columns', () => {
    const value = root('b: 1\n"2": two\n2017: x\n2017-01-01: d\n');
    expect(value.kind === 'mapping' ? value.entries.map((entry) => [entry.key, entry.keyPosition.line, entry.keyPosition.column]) : []).toEqual([
      ['b', 1, 1],
      ['2', 2, 1],
      ['2017', 3, 1],
      ['2017-01-01', 4, 1],
    ]);
    expect(toPlain(value)).toEqual({ b: 1, '2': 'two', '2017': 'x', '2017-01-01': 'd' });
  });

  it('reads empty values, nested blocks, flow collections and comments', () => {
    const text = ['- name: A # a comment', '  empty:', '  list:', '    - 1', '    # between', '    - {a: [x, y], b: }', '  last:', '- name: B', ''].join('\n');
    const value = root(text);
    expect(toPlain(value)).toEqual([{ name: 'A', empty: null, list: [1, { a: ['x', 'y'], b: null }], last: null }, { name: 'B' }]);
    const first = value.kind === 'sequence' ? value.items[0] : undefined;
    const list = first?.kind === 'mapping' ? first.entries[2]?.value : undefined;
    expect(list?.kind === 'sequence' ? list.items.map((item) => [item.line, item.column]) : []).toEqual([
      [4, 7],
      [6, 7],
    ]);
  });

  it('reads dates as text, not as timestamps, and YAML 1.2 booleans only', () => {
    expect(toPlain(root('birth: 1980-06-15\nyes_is_text: yes\nflag: true\n'))).toEqual({ birth: '1980-06-15', yes_is_text: 'yes', flag: true });
  });

  it('reports syntax errors and duplicate keys with their position', () => {
    const broken = readLocatedYaml('a: [1, 2\n');
    expect(broken.ok).toBe(false);
    const duplicate = readLocatedYaml('a: 1\nb: 2\na: 3\n');
    expect(duplicate).toMatchObject({ ok: false, errors: [{ line: 3 }] });
  });

  it('reads back what another YAML library writes, block or flow', () => {
    const scalar = fc.oneof(fc.string(), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null));
    const tree = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: 'small' }, scalar, tie('list'), tie('map')),
      list: fc.array(tie('value'), { maxLength: 4 }),
      map: fc.dictionary(fc.string({ minLength: 1 }), tie('value'), { maxKeys: 4 }),
    }));
    fc.assert(
      fc.property(tree.map, fc.boolean(), (data, flow) => {
        const text = stringify(data, { collectionStyle: flow ? 'flow' : 'block', version: '1.2' });
        expect(toPlain(root(text))).toEqual(data);
      }),
      { numRuns: 200 },
    );
  });
});
