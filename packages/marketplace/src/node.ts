export { describeNodeEntry } from './node/describe-node-entry.js';
