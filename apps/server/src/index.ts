export { createApp, type App, type AppOptions } from './app.js';
export { loadConfig, ConfigError, type Config, type Mode, type Secrets } from './env.js';
export { createClock, type Clock, type SettableClock } from './clock.js';
export { consoleLogger, silentLogger, type Logger } from './log.js';
