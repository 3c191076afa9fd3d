/**
 * The db package's dialect list for tests (its `testing/` folder is not part of its build, so it is
 * imported from source; vitest compiles it).
 */
export { testDialects, type TestDialect } from '../../../db/src/testing/test-db.js';
