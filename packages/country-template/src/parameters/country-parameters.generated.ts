// Generated from the parameter files by parameterTreeTypeScript: do not edit by hand.
import type { MarginalRateScale } from '@civicblocks/simulation';

export interface CountryParameters {
  /** Social benefits */
  readonly benefits: {
    /** Amount of the basic income */
    readonly basic_income: number;
    /** Housing allowance amount, as a fraction of the rent */
    readonly housing_allowance: number;
    readonly parenting_allowance: {
      /** Amount of the parenting allowance */
      readonly amount: number;
      /** Maximum household income to receive the parenting allowance */
      readonly income_threshold: number;
    };
  };
  /** General rules of the country, such as ages that open rights */
  readonly general: {
    /** Age of majority */
    readonly age_of_majority: number;
    /** Age of retirement */
    readonly age_of_retirement: number;
  };
  /** Taxes and contributions */
  readonly taxes: {
    readonly housing_tax: {
      readonly rate: number;
      readonly minimal_amount: number;
    };
    /** Income tax rate */
    readonly income_tax_rate: number;
    /** Social security contribution, a marginal rate scale on the salary */
    readonly social_security_contribution: MarginalRateScale;
  };
}
