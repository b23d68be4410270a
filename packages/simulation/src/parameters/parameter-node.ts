import type { Parameter } from './parameter.js';
import { documentationFields, type ParameterDocumentation, type ParameterMetadata, type SourceLocation } from './parameter-value.js';
import type { ScaleParameter } from './scale-parameter.js';

/**
 * Anything in a parameter tree: a parameter, a scale or a node.
 *
 * @since 0.1.0
 */
export type ParameterTreeItem = Parameter | ScaleParameter | ParameterNode;

/**
 * A node of the parameter tree: a directory, a file holding several parameters, or a nested
 * mapping. Immutable.
 *
 * @since 0.1.0
 */
export class ParameterNode implements ParameterDocumentation {
  /** Tells parameters, scales and nodes apart. */
  readonly kind = 'node' as const;
  /** Dotted name from the root; `''` for the root. */
  readonly id: string;
  /** Last segment of the id. */
  readonly name: string;
  /** One-line description (from `index.yaml` for a directory). */
  readonly description: string | undefined;
  /** Longer documentation. */
  readonly documentation: string | undefined;
  /** Metadata. */
  readonly metadata: ParameterMetadata;
  /** Where it was written (`index.yaml` for a directory that has one). */
  readonly source: SourceLocation | undefined;
  /** The children by name, in file order (directories: `metadata.order`, then by name). */
  readonly children: ReadonlyMap<string, ParameterTreeItem>;

  /** @param init - the node's parts; see the properties. */
  constructor(init: Omit<ParameterDocumentation, 'name'> & { readonly children: ReadonlyMap<string, ParameterTreeItem> }) {
    this.id = init.id;
    this.name = init.id.slice(init.id.lastIndexOf('.') + 1);
    this.description = init.description;
    this.documentation = init.documentation;
    this.metadata = init.metadata;
    this.source = init.source;
    this.children = init.children;
  }

  /** The descendant at a dotted path relative to this node (`''` is this node), if any. */
  find(path: string): ParameterTreeItem | undefined {
    if (path === '') return this;
    const [first = '', ...rest] = path.split('.');
    let item = this.children.get(first);
    for (const segment of rest) {
      if (item?.kind !== 'node') return undefined;
      item = item.children.get(segment);
    }
    return item;
  }

  /** The same node with the child `name` set to `child` (added at the end when new). */
  withChild(name: string, child: ParameterTreeItem): ParameterNode {
    const children = new Map(this.children);
    children.set(name, child);
    return new ParameterNode({ ...documentationFields(this), children });
  }

  /** The same node without the child `name`. */
  withoutChild(name: string): ParameterNode {
    const children = new Map(this.children);
    children.delete(name);
    return new ParameterNode({ ...documentationFields(this), children });
  }
}
