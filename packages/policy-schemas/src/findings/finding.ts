/**
 * Whether a finding makes a document invalid (`error`) or only asks for a change (`warning`).
 *
 * @since 0.1.0
 */
export type FindingType = 'error' | 'warning';

/**
 * One problem found in a document, where the reference validators would report it.
 *
 * `key` is the dotted path of the reference publiccode.yml validator (`legal.license`,
 * `maintenance.contacts[0].name`, `description[en-US].features`), `line` and `column` are
 * 1-based positions in the source, and both are 0 when no position applies.
 *
 * @since 0.1.0
 */
export interface Finding {
  /** `error` makes the document invalid; `warning` asks for a change. */
  readonly type: FindingType;
  /** Dotted path of the key the finding is about; empty for the document as a whole. */
  readonly key: string;
  /** What is wrong, in words a person can act on. */
  readonly message: string;
  /** 1-based line in the source, 0 when no position applies. */
  readonly line: number;
  /** 1-based column in the source, 0 when no position applies. */
  readonly column: number;
}

/**
 * The outcome of validating one document.
 *
 * @since 0.1.0
 */
export interface ValidationResult {
  /** True when there is no error and no warning, as the reference validator counts it. */
  readonly valid: boolean;
  /** Errors and warnings, in the order the reference validator reports them. */
  readonly findings: readonly Finding[];
}

/**
 * Builds a {@link ValidationResult} from findings.
 *
 * @since 0.1.0
 */
export function resultOf(findings: readonly Finding[]): ValidationResult {
  return { valid: findings.length === 0, findings };
}

/**
 * Whether a result has errors (as opposed to only warnings).
 *
 * @since 0.1.0
 */
export function hasErrors(result: ValidationResult): boolean {
  return result.findings.some((finding) => finding.type === 'error');
}
