// Unique, readable markers so each spec finds its own content in a shared database.
let counter = 0;

/** A short suffix unique within this run (time-based, plus a counter for calls in the same ms). */
export function uniqueSuffix(): string {
  counter += 1;
  return `${Date.now().toString(36).slice(-5)}${counter}`;
}
