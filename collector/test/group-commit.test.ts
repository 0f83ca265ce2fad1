import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ValidReport } from '../../lib/reach/wire';
import type { Store } from '../src/store/index';
import { freshStore, postReport, reportJson, startServer } from './helpers';

describe('group commit', () => {
  let store: Store;
  let drop: () => Promise<void>;
  let batches: number[];
  let fail: boolean;
  let release: (() => void) | undefined;
  let delay: number;
  let wrapped: Store;

  beforeEach(async () => {
    ({ store, drop } = await freshStore('sqlite'));
    batches = [];
    fail = false;
    release = undefined;
    delay = 0;
    // The real store, watched: batch sizes, and a batch that fails or waits on demand.
    wrapped = Object.create(store) as Store;
    wrapped.addReports = async (reports: readonly ValidReport[]) => {
      batches.push(reports.length);
      if (delay) await new Promise((r) => setTimeout(r, delay));
      if (release) await new Promise<void>((r) => (release = r));
      if (fail) throw new Error('disk full');
      return store.addReports(reports);
    };
  });
  afterEach(() => drop());

  it('writes reports that arrive during a commit in the next one', async () => {
    delay = 20; // a slow disk: what arrives meanwhile waits for the next batch
    const server = await startServer(wrapped);
    try {
      const codes = await Promise.all(
        Array.from({ length: 100 }, () => postReport(server.url, reportJson())),
      );
      expect(codes.every((r) => r.status === 204)).toBe(true);
      expect(batches.reduce((a, b) => a + b, 0)).toBe(100);
      expect(batches.length).toBeLessThan(100);
    } finally {
      await server.close();
    }
  });

  it('answers only after the batch committed, and 503 when it could not', async () => {
    const server = await startServer(wrapped);
    try {
      release = () => {};
      let answered = false;
      const pending = postReport(server.url, reportJson()).then((r) => {
        answered = true;
        return r;
      });
      while (batches.length === 0) await new Promise((r) => setTimeout(r, 5));
      await new Promise((r) => setTimeout(r, 50));
      expect(answered).toBe(false);
      const go = release;
      release = undefined;
      go();
      expect((await pending).status).toBe(204);

      fail = true;
      const failed = await postReport(server.url, reportJson());
      expect(failed.status).toBe(503);
      expect(JSON.parse(failed.body)).toEqual({ error: 'could not store the report' });
    } finally {
      await server.close();
    }
  });
});
