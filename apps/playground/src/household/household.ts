/** The household occupancy statuses of the template country (enum `HousingOccupancyStatus`). */
export const OCCUPANCY_STATUSES = [
  { item: 'tenant', label: 'Tenant' },
  { item: 'owner', label: 'Owner' },
  { item: 'free_lodger', label: 'Free lodger' },
  { item: 'homeless', label: 'Homeless' },
] as const;

/** An item name of `HousingOccupancyStatus`. */
export type OccupancyStatus = (typeof OCCUPANCY_STATUSES)[number]['item'];

/** A household role of the template country. */
export type Role = 'adult' | 'child';

/** One member of the household as the form describes them. */
export interface Member {
  /** The id used in the situation, such as `adult_1`. */
  id: string;
  role: Role;
  /** ISO date, `YYYY-MM-DD`. */
  birth: string;
  /** Gross salary for the month, in euros. */
  salary: number;
}

/** Everything the form asks, for one month. */
export interface Household {
  /** The month to compute, `YYYY-MM`. */
  month: string;
  members: Member[];
  occupancy: OccupancyStatus;
  /** Rent for the month, in euros. */
  rent: number;
  /** Accommodation size in square metres. */
  accommodationSize: number;
}
