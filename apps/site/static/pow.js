// Proof of work for the public forms, run when JavaScript is on (pages load it with `defer`).
// It finds a counter whose sha256(nonceSeed + counter), the counter written in decimal, starts with
// `difficulty` zero bits: the rule of `leadingZeroBits` in packages/domain/src/participation/bot-check.ts.
// Without JavaScript, or without Web Crypto (a page served over plain http from a remote host), the
// question of the fallback stays on the page and nothing here runs.
(() => {
  const box = document.querySelector('[data-pow-seed]');
  const form = box && box.closest('form');
  if (!box || !form || !window.crypto || !window.crypto.subtle || !window.TextEncoder) return;

  const seed = box.getAttribute('data-pow-seed') || '';
  const difficulty = Number(box.getAttribute('data-pow-difficulty'));
  const solutionInput = form.querySelector('input[name="pow_solution"]');
  const fallback = box.querySelector('[data-pow-fallback]');
  const status = box.querySelector('[data-pow-status]');
  const answer = form.querySelector('input[name="answer"]');
  if (!solutionInput || !Number.isInteger(difficulty)) return;

  /** @param {Uint8Array} bytes */
  function zeroBits(bytes) {
    let bits = 0;
    for (const byte of bytes) {
      if (byte !== 0) return bits + Math.clz32(byte) - 24;
      bits += 8;
    }
    return bits;
  }

  const encoder = new TextEncoder();
  // Hashes run in batches so the browser's crypto works in parallel; any solution is accepted.
  const BATCH = 256;
  async function solve() {
    for (let start = 0; ; start += BATCH) {
      const digests = await Promise.all(
        Array.from({ length: BATCH }, (_, i) =>
          window.crypto.subtle.digest('SHA-256', encoder.encode(seed + String(start + i))),
        ),
      );
      const found = digests.findIndex((digest) => zeroBits(new Uint8Array(digest)) >= difficulty);
      if (found >= 0) return String(start + found);
    }
  }

  let state = 'working'; // then 'solved' or 'failed'
  let waiting = false;
  solve().then(
    (solution) => {
      solutionInput.value = solution;
      state = 'solved';
      if (fallback) fallback.hidden = true;
      if (status) status.textContent = '已自动完成验证，无需回答验证问题。';
      if (waiting) form.submit();
    },
    () => {
      // The question stays on the page: the form still goes through with its answer.
      state = 'failed';
      if (status) status.textContent = waiting ? '自动验证未完成，请回答验证问题后再提交。' : '';
      waiting = false;
    },
  );

  // Submitted while the work runs and the question left blank: send the form once it is done.
  form.addEventListener('submit', (event) => {
    if (state !== 'working' || (answer && answer.value.trim() !== '')) return;
    event.preventDefault();
    waiting = true;
    if (status) status.textContent = '正在验证，请稍候……';
  });
})();
