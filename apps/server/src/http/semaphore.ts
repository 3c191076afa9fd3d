/**
 * Bounds how many uploads are held in memory at once. A waiting request's body stays in the
 * socket (TCP back-pressure) until a slot frees, so memory stays flat under a burst.
 */
export interface Semaphore {
  use<T>(task: () => Promise<T>): Promise<T>;
}

export function createSemaphore(slots: number): Semaphore {
  let free = slots;
  const waiting: (() => void)[] = [];
  const acquire = () =>
    free > 0 ? ((free -= 1), Promise.resolve()) : new Promise<void>((resolve) => waiting.push(resolve));
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else free += 1;
  };
  return {
    async use(task) {
      await acquire();
      try {
        return await task();
      } finally {
        release();
      }
    },
  };
}
