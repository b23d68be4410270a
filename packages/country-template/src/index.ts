export { describeCountryTemplate } from './describe.js';
