/**
 * The Keerpunt reach collector's HTTP server (node:http): the report endpoint (group commit), the
 * stats API and CSV, login/logout and the dashboard's static files.
 *
 * Privacy is the point: nothing here logs a request or writes an address, a user agent or a
 * header anywhere. The address is only used, in memory, as the HMAC key of the burst limit.
 */
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import { isIsoDay, isoDay, parseReport, type ValidReport } from '../../lib/reach/wire';
import {
  SESSION_COOKIE,
  SESSION_SECONDS,
  hashPassword,
  randomSecret,
  secretHash,
  verifyPassword,
} from './auth';
import {
  CELL_KEYS,
  isPublished,
  publishRange,
  aggregate,
  type By,
  type DailyRow,
  type PublishedCell,
  type Range,
  snapRange,
} from './grid';
import { createRateLimiter } from './ratelimit';
import { DIMS, isDim, type Dim, type Store } from './store/index';

/** The largest report body accepted, in bytes. */
export const MAX_REPORT_BYTES = 1024;
const MAX_FORM_BYTES = 4096;

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DASHBOARD_DIR = `${ROOT}collector/dashboard/`;
const UPLOT = `${ROOT}node_modules/uplot/dist/`;

const BASE_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};
const REPORT_HEADERS = { ...BASE_HEADERS, 'Access-Control-Allow-Origin': '*' };
const HTML_HEADERS = {
  ...BASE_HEADERS,
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Security-Policy':
    "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'",
};
const ASSET_TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  svg: 'image/svg+xml',
};

type Req = http.IncomingMessage;
type Res = http.ServerResponse;

const send = (res: Res, status: number, headers: http.OutgoingHttpHeaders, body?: string) => {
  res.writeHead(status, headers);
  res.end(body);
};
const json = (res: Res, status: number, body: unknown, extra: object = BASE_HEADERS) =>
  send(res, status, { ...extra, 'Content-Type': 'application/json' }, JSON.stringify(body));
const error = (res: Res, status: number, reason: string, extra?: object) =>
  json(res, status, { error: reason }, extra);
const redirect = (res: Res, location: string, cookie?: string) =>
  send(res, 303, { ...BASE_HEADERS, Location: location, ...(cookie && { 'Set-Cookie': cookie }) });

/**
 * Reads a body of at most `limit` bytes (Content-Length checked first, then every streamed
 * byte counted). `done(undefined)` means too large.
 */
function readBody(req: Req, limit: number, done: (text: string | undefined) => void) {
  const declared = req.headers['content-length'];
  if (declared !== undefined && Number(declared) > limit) return done(undefined);
  const chunks: Buffer[] = [];
  let size = 0;
  let over = false;
  req.on('data', (chunk: Buffer) => {
    if (over) return;
    size += chunk.length;
    if (size > limit) {
      over = true;
      done(undefined);
    } else chunks.push(chunk);
  });
  req.on('end', () => {
    if (!over)
      done(
        chunks.length === 1 ? chunks[0]!.toString('utf8') : Buffer.concat(chunks).toString('utf8'),
      );
  });
}

/** The value of the session cookie, if any. */
function sessionCookie(req: Req): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE) return part.slice(eq + 1).trim();
  }
  return undefined;
}

type Query = { range: Range; filter?: { dim: Dim; value: string }; split?: Dim };

/** from/to/by plus at most one dimension filter (and `split` when allowed), or a reason. */
function parseQuery(params: URLSearchParams, allowSplit: boolean): Query | string {
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  if (!isIsoDay(from)) return 'from must be a date YYYY-MM-DD';
  if (!isIsoDay(to)) return 'to must be a date YYYY-MM-DD';
  const by = params.get('by') ?? 'day';
  if (by !== 'day' && by !== 'week') return 'by must be day or week';
  const filters = DIMS.filter((d) => params.has(d));
  if (filters.length > 1) return 'at most one dimension filter';
  const snapped = snapRange(from, to, by as By);
  if (!snapped.ok) return snapped.reason;
  const query: Query = { range: snapped.range };
  if (filters[0]) query.filter = { dim: filters[0], value: params.get(filters[0])! };
  const split = params.get('split');
  if (split !== null) {
    if (!allowSplit) return 'split is only for stats.csv';
    if (!isDim(split)) return `split must be one of ${DIMS.join(', ')}`;
    if (query.filter) return 'split cannot be combined with a filter';
    query.split = split;
  }
  return query;
}

/** Per value of `dim`: its published rows; only values with at least one published cell. */
async function publishedByValue(store: Store, range: Range, dim: Dim) {
  const byValue = new Map<string, DailyRow[]>();
  for (const row of await store.dailyByValue(range.from, range.to, dim)) {
    let rows = byValue.get(row.value);
    if (!rows) byValue.set(row.value, (rows = []));
    rows.push(row);
  }
  const out = new Map<string, ReturnType<typeof publishRange>>();
  for (const value of [...byValue.keys()].sort()) {
    const cells = [...aggregate(byValue.get(value)!, range).values()];
    if (cells.some(isPublished)) out.set(value, publishRange(byValue.get(value)!, range));
  }
  return out;
}

const csvCells = (cell: PublishedCell) => CELL_KEYS.map((k) => cell[k] ?? '').join(',');
const csvText = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

export interface CollectorOptions {
  store: Store;
  /** "<n>/<seconds>" or "off"; default KP_RATE_LIMIT, else "20/60". */
  rateLimit?: string;
  now?: () => Date;
  /** Where the dashboard's files are (default collector/dashboard/); for tests. */
  dashboardDir?: string;
}

export function createCollector(opts: CollectorOptions): {
  server: http.Server;
  close(): Promise<void>;
} {
  const { store } = opts;
  const now = opts.now ?? (() => new Date());
  const DASHBOARD = opts.dashboardDir ? `${opts.dashboardDir.replace(/\/$/, '')}/` : DASHBOARD_DIR;
  const spec = opts.rateLimit ?? process.env.KP_RATE_LIMIT ?? '20/60';
  const limiter = createRateLimiter(spec, () => now().getTime());
  // Login attempts get their own bucket, looser than reports (unless limits are off).
  const loginLimiter = createRateLimiter(spec.trim() === 'off' ? 'off' : '30/60', () =>
    now().getTime(),
  );
  // Unknown users are checked against this, so they cost the same scrypt work.
  const dummyHash = hashPassword(randomSecret());

  // ---- group commit: reports queue here; one transaction per batch; 204 only after commit.
  let queue: ValidReport[] = [];
  let waiting: Res[] = [];
  let scheduled = false;
  let flushing: Promise<void> | undefined;

  const schedule = () => {
    if (scheduled || flushing) return;
    scheduled = true;
    setImmediate(() => {
      scheduled = false;
      flushing = flush().finally(() => {
        flushing = undefined;
        if (queue.length) schedule();
      });
    });
  };
  const flush = async () => {
    if (!queue.length) return;
    const batch = queue;
    const responses = waiting;
    queue = [];
    waiting = [];
    try {
      await store.addReports(batch);
      for (const res of responses) send(res, 204, REPORT_HEADERS);
    } catch {
      console.error('Keerpunt collector: a batch of reports could not be stored');
      for (const res of responses) error(res, 503, 'could not store the report', REPORT_HEADERS);
    }
  };

  const report = (req: Req, res: Res) => {
    if (!limiter.take(req.socket.remoteAddress ?? '')) {
      req.resume();
      return error(res, 429, 'too many reports', REPORT_HEADERS);
    }
    readBody(req, MAX_REPORT_BYTES, (text) => {
      if (text === undefined) {
        res.shouldKeepAlive = false;
        req.resume();
        return error(res, 413, `body must be at most ${MAX_REPORT_BYTES} bytes`, REPORT_HEADERS);
      }
      const parsed = parseReport(text, isoDay(now()));
      if (!parsed.ok) return error(res, 400, parsed.reason, REPORT_HEADERS);
      queue.push(parsed.report);
      waiting.push(res);
      schedule();
    });
  };

  const authed = async (req: Req): Promise<boolean> => {
    const cookie = sessionCookie(req);
    if (cookie && (await store.hasSession(secretHash(cookie), now().getTime()))) return true;
    const auth = req.headers.authorization;
    if (auth?.startsWith('Bearer ')) return store.hasToken(secretHash(auth.slice(7).trim()));
    return false;
  };

  const stats = async (res: Res, url: URL, csv: boolean) => {
    const query = parseQuery(url.searchParams, csv);
    if (typeof query === 'string') return error(res, 400, query);
    const { range, filter, split } = query;
    if (!csv) {
      const rows = publishRange(await store.daily(range.from, range.to, filter), range);
      return json(res, 200, { rows });
    }
    const lines: string[] = [];
    if (split) {
      lines.push(`period,${split},${CELL_KEYS.join(',')}`);
      const byValue = await publishedByValue(store, range, split);
      range.periods.forEach((period, i) => {
        for (const [value, rows] of byValue)
          lines.push(`${period},${csvText(value)},${csvCells(rows[i]!)}`);
      });
    } else {
      lines.push(`period,${CELL_KEYS.join(',')}`);
      for (const row of publishRange(await store.daily(range.from, range.to, filter), range))
        lines.push(`${row.period},${csvCells(row)}`);
    }
    send(
      res,
      200,
      {
        ...BASE_HEADERS,
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="keerpunt-reach-${range.from}-${range.to}.csv"`,
      },
      lines.join('\r\n') + '\r\n',
    );
  };

  const values = async (res: Res, url: URL) => {
    const dim = url.searchParams.get('dim') ?? '';
    if (!isDim(dim)) return error(res, 400, `dim must be one of ${DIMS.join(', ')}`);
    const query = parseQuery(url.searchParams, false);
    if (typeof query === 'string') return error(res, 400, query);
    json(res, 200, { values: [...(await publishedByValue(store, query.range, dim)).keys()] });
  };

  const file = async (res: Res, path: string, headers: http.OutgoingHttpHeaders) => {
    let body: Buffer;
    try {
      body = await readFile(path);
    } catch {
      return error(res, 404, 'not found');
    }
    res.writeHead(200, headers);
    res.end(body);
  };

  const asset = (res: Res, name: string) => {
    const ext = /^[A-Za-z0-9][A-Za-z0-9._-]*\.(js|css|svg)$/.exec(name)?.[1];
    if (!ext || name.includes('..')) return error(res, 404, 'not found');
    const dir = name === 'uPlot.iife.min.js' || name === 'uPlot.min.css' ? UPLOT : DASHBOARD;
    return file(res, dir + name, { ...BASE_HEADERS, 'Content-Type': ASSET_TYPES[ext] });
  };

  const login = (req: Req, res: Res) => {
    if (!loginLimiter.take(req.socket.remoteAddress ?? '')) {
      req.resume();
      return redirect(res, '/login?failed=1');
    }
    readBody(req, MAX_FORM_BYTES, (text) => {
      if (text === undefined) {
        res.shouldKeepAlive = false;
        req.resume();
        return error(res, 413, `body must be at most ${MAX_FORM_BYTES} bytes`);
      }
      void (async () => {
        const form = new URLSearchParams(text);
        const name = form.get('name') ?? '';
        const password = form.get('password') ?? '';
        const stored = name ? await store.userHash(name) : undefined;
        const ok = await verifyPassword(password, stored ?? (await dummyHash));
        if (!ok || !stored) return redirect(res, '/login?failed=1');
        const session = randomSecret();
        await store.addSession(secretHash(session), name, now().getTime() + SESSION_SECONDS * 1000);
        redirect(
          res,
          '/',
          `${SESSION_COOKIE}=${session}; HttpOnly; Secure; SameSite=Strict; Path=/; Max-Age=${SESSION_SECONDS}`,
        );
      })().catch(() => internalError(res));
    });
  };

  const logout = async (req: Req, res: Res) => {
    req.resume();
    const cookie = sessionCookie(req);
    if (cookie) await store.deleteSession(secretHash(cookie));
    redirect(
      res,
      '/login',
      `${SESSION_COOKIE}=; HttpOnly; Secure; SameSite=Strict; Path=/; Max-Age=0`,
    );
  };

  const internalError = (res: Res) => {
    console.error('Keerpunt collector: internal error');
    if (!res.headersSent) error(res, 500, 'internal error');
    else res.destroy();
  };

  const route = async (req: Req, res: Res) => {
    const method = req.method ?? 'GET';
    const rawUrl = req.url ?? '/';
    // The hot path first, without parsing a URL.
    if (rawUrl === '/v1/report') {
      if (method === 'POST') return report(req, res);
      if (method === 'OPTIONS')
        return send(res, 204, {
          ...REPORT_HEADERS,
          'Access-Control-Allow-Methods': 'POST',
          'Access-Control-Allow-Headers': 'content-type',
          'Access-Control-Max-Age': '86400',
        });
      req.resume();
      return error(res, 405, 'method not allowed', { ...REPORT_HEADERS, Allow: 'POST, OPTIONS' });
    }
    const url = new URL(rawUrl, 'http://collector.invalid');
    const path = url.pathname;
    if (method === 'POST' && path === '/login') return login(req, res);
    if (method === 'POST' && path === '/logout') return logout(req, res);
    req.resume();
    if (method !== 'GET' && method !== 'HEAD') return error(res, 405, 'method not allowed');

    if (path === '/login') return file(res, `${DASHBOARD}login.html`, HTML_HEADERS);
    if (path.startsWith('/assets/')) return asset(res, path.slice('/assets/'.length));
    if (path === '/') {
      if (!(await authed(req))) return redirect(res, '/login');
      return file(res, `${DASHBOARD}index.html`, HTML_HEADERS);
    }
    if (path === '/v1/stats' || path === '/v1/stats.csv' || path === '/v1/values') {
      if (!(await authed(req))) return error(res, 401, 'login required');
      if (path === '/v1/values') return values(res, url);
      return stats(res, url, path === '/v1/stats.csv');
    }
    error(res, 404, 'not found');
  };

  const server = http.createServer(
    { requestTimeout: 30_000, headersTimeout: 10_000 },
    (req, res) => {
      try {
        const done = route(req, res);
        if (done) done.catch(() => internalError(res));
      } catch {
        internalError(res);
      }
    },
  );
  // A malformed request gets a bare 400 and no log line (the default would not log either).
  server.on('clientError', (_err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });

  return {
    server,
    /** Stops accepting, answers every queued report after its batch committed, then returns. */
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      while (flushing || scheduled || queue.length) {
        if (flushing) await flushing;
        else if (queue.length && !scheduled) schedule();
        else await new Promise((r) => setImmediate(r));
      }
      limiter.stop();
      loginLimiter.stop();
      server.closeIdleConnections();
      // Keep-alive connections that stay open get a moment, then are closed: nothing on them
      // was acknowledged any more.
      const grace = setTimeout(() => server.closeAllConnections(), 2000);
      await closed;
      clearTimeout(grace);
    },
  };
}
