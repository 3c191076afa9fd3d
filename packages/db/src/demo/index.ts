export { seedDemo, type SeedDemoOptions, type SeedDemoResult } from './seed-demo.js';
export { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccount } from './accounts.js';
export { FIGURES_2015, COUNTY_NOTICE } from './year-2015.js';
export { FOUNDING_REPORT_TITLE, FOUNDING_REPORT_DATE } from './founding-report.js';
export { generateBenchData, type BenchDataOptions } from './bench-data.js';
export { insertBenchRequests, type BenchRequestOptions } from './bench-reports.js';
export { VIEW_BUCKETS } from './views.js';
