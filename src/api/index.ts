// The HTTP API and web server of `tidende serve`.
export { buildServer, isLoopback, serverDefaults, type ServerOptions } from './server.js';
export { entityIdOf, preloadReportResources } from './corpus-view.js';
export { atomFeed, escapeXml } from './atom.js';
export { ReadPool, readPoolDefaults, storeReads, type ReadPoolOptions, type StoreReads } from './read-pool.js';
