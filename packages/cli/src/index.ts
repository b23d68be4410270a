export { exitCodes, type Command, type CommandEntry, type CommandIO } from './command.js';
export { run } from './run.js';
