/**
 * Languages the standards are available in: English, Spanish and Bahasa Indonesia (BCP 47 `id`;
 * the translated files name it `bh`).
 *
 * @since 0.1.0
 */
export type StandardLanguage = 'en' | 'es' | 'id';

/**
 * The standards an assessment can be made against.
 *
 * @since 0.1.0
 */
export type StandardId = 'service-standard' | 'technology-code-of-practice' | 'standard-for-public-code';

/**
 * A label in one language: a point's title and the paragraph that sums it up.
 *
 * @since 0.1.0
 */
export interface PointLabel {
  /** Title of the point. */
  readonly title: string;
  /** First paragraph of the point, as the standard words it (may be empty). */
  readonly summary: string;
}

/**
 * One requirement of a point (the Standard for Public Code's MUST/SHOULD sentences).
 *
 * @since 0.1.0
 */
export interface PointRequirement {
  /** Identifier, such as `1.3`. */
  readonly id: string;
  /** RFC 2119 keyword: MUST, MUST NOT, SHOULD, OPTIONAL... */
  readonly keyword: string;
  /** The requirement. */
  readonly text: string;
}

/**
 * One point (or criterion) of a standard, with its labels in every language available.
 *
 * @since 0.1.0
 */
export interface StandardPoint {
  /** Stable identifier: the number (`"12"`) or the criterion's slug (`"code-in-the-open"`). */
  readonly id: string;
  /** Position in the standard, from 1. */
  readonly number: number;
  /** Labels by language. */
  readonly labels: Partial<Record<StandardLanguage, PointLabel>>;
  /** Requirements, for standards that list them. */
  readonly requirements: readonly PointRequirement[];
}

/**
 * A standard as read from its published texts.
 *
 * @since 0.1.0
 */
export interface Standard {
  /** Which standard. */
  readonly id: StandardId;
  /** Its title by language. */
  readonly title: Partial<Record<StandardLanguage, string>>;
  /** Its points in order. */
  readonly points: readonly StandardPoint[];
}

/** The label of a point in a language, falling back to English, then to any language. */
export function labelOf(point: StandardPoint, language: StandardLanguage): PointLabel {
  return point.labels[language] ?? point.labels.en ?? Object.values(point.labels)[0] ?? { title: point.id, summary: '' };
}
