declare module 'spdx-expression-parse' {
  /** Parses an SPDX licence expression; throws on an invalid one. */
  function parse(source: string): unknown;
  export default parse;
}
