// HTTP helpers of the bench: autocannon runs, the bare static server, process start/stop.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import autocannon from 'autocannon';

/**
 * One autocannon run; `bust` makes every request a distinct URL so no page cache can answer it.
 * Latencies are collected per response (autocannon's summary has no p95).
 */
export function load(url, { connections, duration, bust = false }) {
  let n = 0;
  const { pathname, search } = new URL(url);
  const base = pathname + search;
  const sep = search ? '&' : '?';
  const latencies = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections,
        duration,
        ...(bust ? { requests: [{ setupRequest: (req) => ({ ...req, path: `${base}${sep}_bench=${++n}` }) }] } : {}),
      },
      (error, result) => (error ? reject(error) : resolve({ result, latencies })),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

const percentile = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : null);
const round = (x) => (x === null ? null : Math.round(x * 100) / 100);

export function summarize({ result, latencies }) {
  const sorted = Float64Array.from(latencies).sort();
  return {
    rps: Math.round(result.requests.average),
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

/** A bare Node server answering every request with the same bytes: the ceiling for this machine. */
export function startStatic(body, contentType, port) {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': contentType, 'content-length': body.length });
    res.end(body);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

export function startProcess(name, args, env, log) {
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const tail = [];
  const keep = (chunk) => {
    tail.push(...chunk.toString().split('\n').filter(Boolean));
    tail.splice(0, Math.max(0, tail.length - 40));
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  child.on('exit', (code) => code && log(`${name} exited with code ${code}:\n${tail.join('\n')}`));
  return { child, tail };
}

export async function waitFor(url, headers, timeoutMs, proc) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (proc.child.exitCode !== null) throw new Error(`process exited before answering ${url}:\n${proc.tail.join('\n')}`);
    try {
      const res = await fetch(url, { headers });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no answer from ${url} within ${timeoutMs / 1000} s:\n${proc.tail.join('\n')}`);
}

/** Peak resident set size (VmHWM) of a process in MB, from /proc (Linux). */
export function peakRssMb(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1]);
    return Number.isFinite(kb) ? Math.round(kb / 1024) : null;
  } catch {
    return null;
  }
}

export function stop(proc) {
  if (!proc || proc.child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => proc.child.kill('SIGKILL'), 5000);
    proc.child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    proc.child.kill('SIGTERM');
  });
}
