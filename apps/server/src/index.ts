export { createServerApp, type ApiMount, type CountryMount, type ServerAppOptions } from './app/create-server-app.js';
export { choosePort } from './process/choose-port.js';
export { serveNode, type RunningServer } from './process/serve-node.js';
