export { EmbeddedMongoServer, startEmbeddedMongo, type EmbeddedServerOptions } from './server.js';
