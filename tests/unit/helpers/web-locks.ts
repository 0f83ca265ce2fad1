/**
 * A minimal Web Locks stand-in for tests: Node 20 has no `navigator` (Node 21 added it, without
 * `locks`), and WXT's fake browser does not provide one. Only `navigator.locks.request(name,
 * callback)` in exclusive mode: callbacks with the same name run one after another, in order.
 */
import { vi } from 'vitest';

export function installWebLocks(): void {
  if (globalThis.navigator?.locks) return;
  const tails = new Map<string, Promise<unknown>>();
  const request = (name: string, callback: (lock: Lock) => unknown): Promise<unknown> => {
    const run = (tails.get(name) ?? Promise.resolve()).then(() =>
      callback({ name, mode: 'exclusive' } as Lock),
    );
    tails.set(
      name,
      run.catch(() => undefined),
    );
    return run;
  };
  vi.stubGlobal('navigator', {
    ...globalThis.navigator,
    locks: { request } as unknown as LockManager,
  });
}
