export * from './schema.js';
export type { Dialect } from './dialect-name.js';
export { connect, isPostgresUrl, type Db, type ConnectOptions } from './connect.js';
export { migrateToLatest } from './migrate.js';
export { createLocalFileStorage, type FileStorage } from './files/file-storage.js';
