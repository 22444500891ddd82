/** The worker threads that parse sources for a push: each file goes to the least busy worker. */
import * as path from 'path';
import { Worker } from 'worker_threads';
import type { ArticleRows } from './rows';

export interface ParseRequest {
  id: number;
  path: string;
  bytes: Uint8Array;
  hash: string;
}

export type ParseReply = { id: number; rows: ArticleRows } | { id: number; error: string };

/** The worker's script: next to this file once built (dist/push-worker.js, or out/src/archive/ under tests). */
export function defaultWorkerFile(): string {
  return path.join(__dirname, 'push-worker.js');
}

export class ParsePool {
  private readonly workers: { w: Worker; busy: number }[] = [];
  private readonly waiting = new Map<number, { resolve: (r: ParseReply) => void; worker: number }>();
  private next = 0;
  private failure: Error | null = null;

  constructor(count: number, file = defaultWorkerFile()) {
    for (let i = 0; i < count; i++) {
      const w = new Worker(file);
      const slot = { w, busy: 0 };
      w.on('message', (r: ParseReply) => {
        const p = this.waiting.get(r.id);
        if (!p) return;
        this.waiting.delete(r.id);
        slot.busy--;
        p.resolve(r);
      });
      // A worker that dies takes its files with it: they are reported as failed, never lost quietly.
      w.on('error', (e) => this.fail(i, e));
      w.on('exit', (code) => code !== 0 && this.fail(i, new Error(`parser thread exited with code ${code}`)));
      this.workers.push(slot);
    }
  }

  /** How many files are being parsed or wait for a worker. */
  get pending(): number {
    return this.waiting.size;
  }

  parse(file: string, bytes: Uint8Array, hash: string): Promise<ParseReply> {
    const id = this.next++;
    if (this.failure) return Promise.resolve({ id, error: this.failure.message });
    let best = 0;
    for (let i = 1; i < this.workers.length; i++) if (this.workers[i].busy < this.workers[best].busy) best = i;
    const slot = this.workers[best];
    slot.busy++;
    return new Promise((resolve) => {
      this.waiting.set(id, { resolve, worker: best });
      // The bytes move to the worker: no copy of a large file.
      const msg: ParseRequest = { id, path: file, bytes, hash };
      slot.w.postMessage(msg, bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? [bytes.buffer as ArrayBuffer] : []);
    });
  }

  private fail(worker: number, e: Error): void {
    this.failure ??= e;
    for (const [id, p] of this.waiting) {
      if (p.worker !== worker) continue;
      this.waiting.delete(id);
      p.resolve({ id, error: e.message });
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((s) => s.w.terminate()));
  }
}
