import type { ChunkInput, PopulationChunk } from './population-chunk.js';
import type { PopulationLayout } from './population-columns.js';

/**
 * Accumulates person rows into reusable buffers and hands out chunks of whole groups. A chunk
 * is cut only when a new group starts, so no group is ever split; the buffers are copied out
 * into exactly-sized arrays (which can then be moved to a worker) and reused.
 */
export class ChunkBuilder {
  readonly #layout: PopulationLayout;
  readonly #chunkSize: number;
  #capacity: number;
  #persons = 0;
  #groups = 0;
  #groupOf: Int32Array;
  #roleOf: Uint8Array;
  #personWeights: Float64Array;
  #groupWeights: Float64Array;
  #personInputs: Float64Array[];
  #groupInputs: Float64Array[];
  readonly #isGroupInput: boolean[];
  #groupStart = 0;

  constructor(layout: PopulationLayout, chunkSize: number) {
    this.#layout = layout;
    this.#chunkSize = Math.max(1, Math.floor(chunkSize));
    this.#capacity = this.#chunkSize + 64;
    this.#isGroupInput = layout.inputs.map((input) => !input.variable.entity.isPerson);
    this.#groupOf = new Int32Array(this.#capacity);
    this.#roleOf = new Uint8Array(this.#capacity);
    this.#personWeights = new Float64Array(this.#capacity);
    this.#groupWeights = new Float64Array(this.#capacity);
    this.#personInputs = layout.inputs.map(() => new Float64Array(this.#capacity));
    this.#groupInputs = layout.inputs.map(() => new Float64Array(this.#capacity));
  }

  /** Marks the start of a group; returns the finished chunk when the buffers are full. */
  startGroup(): PopulationChunk | undefined {
    const ready = this.#persons >= this.#chunkSize ? this.finish() : undefined;
    this.#groups += 1;
    this.#groupStart = this.#persons;
    return ready;
  }

  /** Adds a person of the current group. */
  addPerson(role: number, personWeight: number, groupWeight: number): void {
    if (this.#persons === this.#capacity) this.#grow();
    const person = this.#persons;
    const group = this.#groups - 1;
    this.#groupOf[person] = group;
    this.#roleOf[person] = role;
    // A missing weight arrives as NaN: the group weighs what its first member does, a person what their group does.
    if (person === this.#groupStart) this.#groupWeights[group] = Number.isNaN(groupWeight) ? personWeight : groupWeight;
    this.#personWeights[person] = Number.isNaN(personWeight) ? (this.#groupWeights[group] ?? 0) : personWeight;
    this.#persons += 1;
  }

  /** Sets input `index` for the person just added (group inputs: from the group's first row). */
  setInput(index: number, value: number): void {
    if (this.#isGroupInput[index] === true) {
      if (this.#persons - 1 === this.#groupStart) (this.#groupInputs[index] as Float64Array)[this.#groups - 1] = value;
    } else {
      (this.#personInputs[index] as Float64Array)[this.#persons - 1] = value;
    }
  }

  /** The chunk of everything added since the last one, or nothing when empty. */
  finish(): PopulationChunk | undefined {
    if (this.#persons === 0) return undefined;
    const persons = this.#persons;
    const groups = this.#groups;
    const inputs: ChunkInput[] = this.#layout.inputs.map((input, index) => {
      const isGroup = this.#isGroupInput[index] === true;
      const source = isGroup ? this.#groupInputs[index] : this.#personInputs[index];
      return { variable: input.variable.name, period: input.period, values: typedFor(input.variable.valueType, (source as Float64Array).subarray(0, isGroup ? groups : persons)) };
    });
    const chunk: PopulationChunk = {
      personCount: persons,
      groupCount: groups,
      groupOf: this.#groupOf.slice(0, persons),
      roleOf: this.#roleOf.slice(0, persons),
      personWeights: this.#personWeights.slice(0, persons),
      groupWeights: this.#groupWeights.slice(0, groups),
      inputs,
    };
    this.#persons = 0;
    this.#groups = 0;
    return chunk;
  }

  #grow(): void {
    const capacity = this.#capacity * 2;
    const grow = <T extends Int32Array | Uint8Array | Float64Array>(array: T, make: (size: number) => T): T => {
      const bigger = make(capacity);
      bigger.set(array);
      return bigger;
    };
    this.#groupOf = grow(this.#groupOf, (size) => new Int32Array(size));
    this.#roleOf = grow(this.#roleOf, (size) => new Uint8Array(size));
    this.#personWeights = grow(this.#personWeights, (size) => new Float64Array(size));
    this.#groupWeights = grow(this.#groupWeights, (size) => new Float64Array(size));
    this.#personInputs = this.#personInputs.map((array) => grow(array, (size) => new Float64Array(size)));
    this.#groupInputs = this.#groupInputs.map((array) => grow(array, (size) => new Float64Array(size)));
    this.#capacity = capacity;
  }
}

/** A copy of the values in the typed array the engine stores for the value type. */
function typedFor(valueType: string, values: Float64Array): Float64Array | Int32Array | Uint8Array {
  switch (valueType) {
    case 'int':
    case 'date':
      return Int32Array.from(values);
    case 'bool':
    case 'enum':
      return Uint8Array.from(values);
    default:
      return values.slice();
  }
}
