/** Small helpers for the benchmarks: percentiles, timing, the machine's description. */
import * as os from 'os';
import type { Probe } from '../eval/probes';

/** The q-quantile (0..1) of the values, nearest rank. */
export function quantile(values: number[], q: number): number {
  if (!values.length) return NaN;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}

export function median(values: number[]): number {
  return quantile(values, 0.5);
}

export function now(): number {
  return performance.now();
}

export interface Machine {
  cpu: string;
  cores: number;
  ramGB: number;
  node: string;
  platform: string;
}

export function machine(): Machine {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.replace(/\s+/g, ' ').trim() ?? 'unknown',
    cores: cpus.length,
    ramGB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
  };
}

/** Retained heap (plus array buffers, where typed arrays live) after a full collection, in MB. */
export function retainedMB(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
  const m = process.memoryUsage();
  return (m.heapUsed + m.arrayBuffers) / 1048576;
}

/** Peak resident set size of this process so far, in MB. */
export function peakRssMB(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/**
 * Watches the event loop with a 1 ms timer: `stop()` returns the longest stretch the loop was
 * blocked (the largest gap between ticks, less the timer's own interval).
 */
export function watchEventLoop(): { stop(): number } {
  let last = now();
  let worst = 0;
  const t = setInterval(() => {
    const n = now();
    worst = Math.max(worst, n - last - 1);
    last = n;
  }, 1);
  return {
    stop() {
      clearInterval(t);
      return Math.max(worst, now() - last - 1);
    },
  };
}

export function fmtMs(ms: number): string {
  if (!Number.isFinite(ms)) return 'n/a';
  if (ms < 1) return `${(ms * 1000).toFixed(0)} µs`;
  if (ms < 100) return `${ms.toFixed(2)} ms`;
  return `${ms.toFixed(0)} ms`;
}

export interface QueryFigures {
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  recall5: number;
  /** A hit in any copy of the probe's article counts (an archive holds near-copies of each). */
  recall5AnyCopy: number;
  queries: number;
}

const story = (p: string | null) => (p ?? '').replace(/^copy\d+\//, '');

/** Latency and recall@5 of one run over `probes`: each run's time and the paths of its top five hits. */
export function queryFigures(probes: Probe[], runs: { ms: number; paths: (string | null)[] }[]): QueryFigures {
  let hit = 0;
  let hitAny = 0;
  probes.forEach((p, i) => {
    const top = runs[i].paths.slice(0, 5);
    if (top.some((x) => x === p.path)) hit++;
    if (top.some((x) => story(x) === story(p.path))) hitAny++;
  });
  const times = runs.map((r) => r.ms);
  return { medianMs: median(times), p95Ms: quantile(times, 0.95), maxMs: Math.max(...times), recall5: hit / probes.length, recall5AnyCopy: hitAny / probes.length, queries: probes.length };
}
