// @ts-check

/**
 * A least-recently-used map bounded both by entry count and by total size in bytes.
 * `Map` keeps insertion order, so re-inserting on every read keeps the oldest entry first.
 *
 * @template V
 */
export class BoundedLru {
  /** @type {Map<string, { value: V, size: number }>} */
  #entries = new Map();
  #bytes = 0;

  /**
   * @param {{ maxEntries: number, maxBytes: number }} limits
   */
  constructor(limits) {
    this.maxEntries = limits.maxEntries;
    this.maxBytes = limits.maxBytes;
  }

  get size() {
    return this.#entries.size;
  }

  get bytes() {
    return this.#bytes;
  }

  /** @param {string} key */
  get(key) {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry.value;
  }

  /**
   * Stores a value; one larger than the whole budget is not stored at all.
   *
   * @param {string} key
   * @param {V} value
   * @param {number} size bytes the value occupies
   */
  set(key, value, size) {
    this.delete(key);
    if (size > this.maxBytes || this.maxEntries < 1) return;
    this.#entries.set(key, { value, size });
    this.#bytes += size;
    while (this.#entries.size > this.maxEntries || this.#bytes > this.maxBytes) {
      const oldest = this.#entries.keys().next();
      if (oldest.done) break;
      this.delete(oldest.value);
    }
  }

  /** @param {string} key */
  delete(key) {
    const entry = this.#entries.get(key);
    if (!entry) return;
    this.#entries.delete(key);
    this.#bytes -= entry.size;
  }

  clear() {
    this.#entries.clear();
    this.#bytes = 0;
  }
}
