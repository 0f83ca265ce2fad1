/**
 * The in-memory burst limit on reports: a token bucket per address, keyed by an HMAC of the
 * address with a random key made at start (so not even memory holds a plain address for long,
 * and nothing links buckets across restarts). Entries expire once their bucket is full again.
 */
import { createHmac, randomBytes } from 'node:crypto';

export interface RateLimiter {
  /** Whether one more request from `address` is allowed now (and takes a token if so). */
  take(address: string): boolean;
  stop(): void;
}

/** Parses "<n>/<seconds>" (e.g. "20/60"); "off" → undefined (no limit). */
export function parseRateLimit(spec: string): { burst: number; seconds: number } | undefined {
  if (spec.trim() === 'off') return undefined;
  const m = /^\s*(\d+)\s*\/\s*(\d+(?:\.\d+)?)\s*$/.exec(spec);
  if (!m || Number(m[1]) < 1 || Number(m[2]) <= 0)
    throw new Error(`rate limit must be "<n>/<seconds>" or "off", not ${JSON.stringify(spec)}`);
  return { burst: Number(m[1]), seconds: Number(m[2]) };
}

export function createRateLimiter(spec: string, now: () => number = Date.now): RateLimiter {
  const limit = parseRateLimit(spec);
  if (!limit) return { take: () => true, stop: () => {} };
  const { burst, seconds } = limit;
  const perMs = burst / (seconds * 1000);
  const key = randomBytes(32);
  const buckets = new Map<string, { tokens: number; at: number }>();

  const sweep = setInterval(() => {
    const t = now();
    for (const [k, b] of buckets) if (b.tokens + (t - b.at) * perMs >= burst) buckets.delete(k);
  }, 60_000);
  sweep.unref();

  return {
    take(address) {
      const id = createHmac('sha256', key).update(address).digest('base64');
      const t = now();
      const b = buckets.get(id);
      if (!b) {
        buckets.set(id, { tokens: burst - 1, at: t });
        return true;
      }
      b.tokens = Math.min(burst, b.tokens + (t - b.at) * perMs);
      b.at = t;
      if (b.tokens < 1) return false;
      b.tokens -= 1;
      return true;
    },
    stop: () => clearInterval(sweep),
  };
}
