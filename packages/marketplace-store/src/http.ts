export { createMarketplaceApi, type MarketplaceApiOptions } from './http/marketplace-api.js';
export type { ApiErrorBody } from './http/problem.js';
