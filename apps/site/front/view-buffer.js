// @ts-check

/**
 * Page views counted in memory between flushes to the API (`POST /views`), so that a view costs
 * no database write on the request path.
 */
export class ViewBuffer {
  /** @type {Map<number, number>} */
  #counts = new Map();

  /**
   * @param {number} id publication id
   * @param {number} [n]
   */
  add(id, n = 1) {
    this.#counts.set(id, (this.#counts.get(id) ?? 0) + n);
  }

  get size() {
    return this.#counts.size;
  }

  /** Takes every buffered count out of the buffer. */
  drain() {
    const views = [...this.#counts].map(([id, n]) => ({ id, n }));
    this.#counts.clear();
    return views;
  }

  /**
   * Puts counts back after a failed flush, so they go with the next one.
   *
   * @param {{ id: number, n: number }[]} views
   */
  restore(views) {
    for (const { id, n } of views) this.add(id, n);
  }
}
