/**
 * The collector's command line (`npm run collector -- <command>`):
 *   serve (default)      start the server (PORT, HOST; SQLITE_PATH or DATABASE_URL)
 *   add-campaign CODE    register a campaign code (A-Z, 0-9, -; 1–16)
 *   add-user NAME        create or reset a dashboard user; the password is read from stdin
 *   add-token [NAME]     print a new API token once (only its hash is stored)
 * It prints one line on start and nothing per request.
 */
import { createInterface } from 'node:readline';
import { hashPassword, randomSecret, secretHash } from './auth';
import { createCollector } from './server';
import { openStore, type Store } from './store/index';

const USAGE = `usage: npm run collector -- [serve | add-campaign CODE | add-user NAME | add-token [NAME]]`;

/** One line from stdin: without echo on a TTY (after a prompt), else the first line piped in. */
async function readPassword(prompt: string): Promise<string> {
  const stdin = process.stdin;
  if (!stdin.isTTY) {
    const rl = createInterface({ input: stdin });
    for await (const line of rl) {
      rl.close();
      return line;
    }
    return '';
  }
  process.stderr.write(prompt);
  stdin.setRawMode(true);
  stdin.resume();
  stdin.setEncoding('utf8');
  return new Promise((resolve, reject) => {
    let text = '';
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n' || ch === '\u0004') {
          stdin.off('data', onData);
          stdin.setRawMode(false);
          stdin.pause();
          process.stderr.write('\n');
          return resolve(text);
        }
        if (ch === '\u0003') {
          stdin.setRawMode(false);
          process.stderr.write('\n');
          return reject(new Error('cancelled'));
        }
        if (ch === '\u007f' || ch === '\b') text = text.slice(0, -1);
        else text += ch;
      }
    };
    stdin.on('data', onData);
  });
}

async function serve(store: Store) {
  const port = Number(process.env.PORT ?? 8787);
  const host = process.env.HOST ?? '127.0.0.1';
  const collector = createCollector({ store });
  await new Promise<void>((resolve, reject) => {
    collector.server.once('error', reject);
    collector.server.listen(port, host, () => resolve());
  });
  const address = collector.server.address();
  const shownPort = typeof address === 'object' && address ? address.port : port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  const db = store.label === 'postgresql' ? 'postgresql' : store.label;
  console.log(`Keerpunt collector listening on http://${shownHost}:${shownPort} (${db})`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    try {
      await collector.close();
      await store.close();
      process.exit(0);
    } catch {
      console.error('Keerpunt collector: could not shut down cleanly');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
}

async function main(argv: string[]) {
  const [command = 'serve', ...args] = argv;
  const known = ['serve', 'add-campaign', 'add-user', 'add-token'];
  if (!known.includes(command)) {
    console.error(USAGE);
    return 2;
  }
  if (command === 'add-campaign' && !/^[A-Z0-9-]{1,16}$/.test(args[0] ?? '')) {
    console.error('add-campaign: CODE must be 1–16 characters of A-Z, 0-9 and -');
    return 2;
  }
  if (command === 'add-user' && !/^[\w.@-]{1,64}$/.test(args[0] ?? '')) {
    console.error('add-user: NAME must be 1–64 characters of letters, digits, _ . @ -');
    return 2;
  }
  const store = await openStore({
    sqlitePath: process.env.SQLITE_PATH,
    databaseUrl: process.env.DATABASE_URL,
  });
  if (command === 'serve') {
    await serve(store);
    return undefined; // keeps running
  }
  try {
    if (command === 'add-campaign') {
      await store.addCampaign(args[0]!);
      console.log(`campaign ${args[0]} registered`);
    } else if (command === 'add-user') {
      const password = await readPassword(`password for ${args[0]}: `);
      if (password.length < 10) {
        console.error('add-user: the password must be at least 10 characters');
        return 2;
      }
      await store.setUser(args[0]!, await hashPassword(password));
      console.log(`user ${args[0]} saved`);
    } else {
      const name = args[0] ?? 'token';
      const token = randomSecret();
      await store.addToken(secretHash(token), name, Date.now());
      console.log(token);
    }
    return 0;
  } finally {
    await store.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== undefined) process.exitCode = code;
  },
  (e: unknown) => {
    // Never the error object itself: it could carry a connection string.
    console.error(
      `Keerpunt collector: ${e instanceof Error && 'code' in e ? `error ${String(e.code)}` : 'failed to start'}`,
    );
    process.exitCode = 1;
  },
);
