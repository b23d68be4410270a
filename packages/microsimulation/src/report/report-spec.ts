/**
 * What a microsimulation reports, the same for every chunk.
 *
 * @since 0.1.0
 */
export interface ReportSpec {
  /** The period computed, for example `2025-01` or `2025`. */
  readonly period: string;
  /** Variables whose weighted totals (budget impact) are reported. */
  readonly variables: readonly string[];
  /**
   * The income variable that ranks units into deciles and decides who wins or loses; its
   * entity is the unit of analysis (a household variable ranks households).
   */
  readonly incomeVariable: string;
  /** Units whose income is below this are counted (a poverty line), before and after. */
  readonly threshold?: number;
  /** A change of income within ± this counts as unchanged. Default 0.01. */
  readonly tolerance?: number;
}
