export { createMarketplaceApi, type MarketplaceApiOptions } from './http/marketplace-api.js';
export { openMarketplaceService, type MarketplaceService, type MarketplaceServiceOptions } from './http/marketplace-service.js';
export { marketplaceOpenApi, type OpenApiFragment } from './http/openapi-fragment.js';
export type { ApiErrorBody } from './http/problem.js';
