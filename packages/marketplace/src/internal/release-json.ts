// JSON text of releases, the same as `JSON.stringify(release)`, that reuses the text of frozen
// members: an export repeats the same parties (with the same roles) and the same related
// processes in thousands of releases, and those are built once, frozen, and written once.
const texts = new WeakMap<object, string>();
// JSON.stringify gives undefined for undefined, functions and symbols, which its type omits.
const stringify = JSON.stringify as (value: unknown) => string | undefined;

function frozenText(value: object): string {
  let text = texts.get(value);
  if (text === undefined) {
    text = JSON.stringify(value);
    texts.set(value, text);
  }
  return text;
}

function elementText(value: unknown): string {
  if (typeof value === 'object' && value !== null && Object.isFrozen(value)) return frozenText(value);
  // Inside arrays JSON.stringify writes null where a value has no JSON form.
  return stringify(value) ?? 'null';
}

/** Freezes an object and everything in it, so that its JSON text can be written once. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const member of Object.values(value)) deepFreeze(member);
    Object.freeze(value);
  }
  return value;
}

/** `JSON.stringify(release)`, reusing the JSON text of frozen members and array elements. */
export function releaseJson(release: object): string {
  if (Object.isFrozen(release)) return frozenText(release);
  let out = '';
  for (const key of Object.keys(release)) {
    const value = (release as Record<string, unknown>)[key];
    let text: string | undefined;
    if (typeof value === 'object' && value !== null) {
      if (Object.isFrozen(value)) text = frozenText(value);
      else if (Array.isArray(value) && (value as { toJSON?: unknown }).toJSON === undefined) text = `[${value.map(elementText).join(',')}]`;
      else text = stringify(value);
    } else text = stringify(value);
    if (text === undefined) continue;
    out += `${out === '' ? '{' : ','}${JSON.stringify(key)}:${text}`;
  }
  return out === '' ? '{}' : `${out}}`;
}
