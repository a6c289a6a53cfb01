import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM_ARGS, chromiumPath } from '../../../src/lib/serve/chromium.ts';

/**
 * A Chromium for timing pages, driven over the DevTools protocol with no domain but Target, Page
 * and Runtime enabled. Playwright enables the Network domain on every page it opens, and with it
 * Chromium reports each request to the client: measured on the 5,000-page portal, a fetch took
 * 3-4 ms longer and a keystroke 6 ms longer than in a page nobody traces. Users' browsers are
 * not traced, so the search comparison times its pages here and counts bytes with Playwright.
 * `traceNetwork` enables the Network domain on every page, as Playwright does, to see what it
 * costs (`npm run bench:search -- --compare pagefind --trace-network`).
 */
export interface TimingChromium {
  /** Opens `url` in a fresh browser context (nothing cached) and waits for its load event. */
  newPage(url: string): Promise<TimingPage>;
  close(): Promise<void>;
}

export interface TimingPage {
  /** Runs `fn(arg)` in the page, as Playwright's page.evaluate: `fn` is sent as source, `arg` as JSON. */
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** How many requests of this page Chromium has reported to the client: none unless traced. */
  reportedRequests(): number;
  close(): Promise<void>;
}

interface Message {
  id?: number;
  method?: string;
  sessionId?: string;
  result?: Record<string, unknown>;
  error?: { message: string };
}

/** One WebSocket to the browser; pages are flat sessions on it. */
class Connection {
  private next = 0;
  private readonly calls = new Map<number, { resolve: (m: Message) => void; reject: (e: Error) => void }>();
  private readonly waiters: {
    method: string;
    sessionId: string | undefined;
    resolve: () => void;
    reject: (e: Error) => void;
  }[] = [];
  /** Why the connection is gone, once it is: every call and wait after that fails with it. */
  private gone: Error | undefined;
  /** Network.requestWillBeSent events by session. */
  readonly requests = new Map<string, number>();

  private readonly socket: WebSocket;

  private constructor(socket: WebSocket) {
    this.socket = socket;
    socket.addEventListener('message', (event) => {
      const message = JSON.parse(String(event.data)) as Message;
      if (message.id !== undefined) {
        const call = this.calls.get(message.id);
        this.calls.delete(message.id);
        if (message.error) call?.reject(new Error(message.error.message));
        else call?.resolve(message);
        return;
      }
      if (message.method === 'Network.requestWillBeSent' && message.sessionId !== undefined) {
        this.requests.set(message.sessionId, (this.requests.get(message.sessionId) ?? 0) + 1);
      }
      const at = this.waiters.findIndex(
        (w) => w.method === message.method && w.sessionId === message.sessionId,
      );
      if (at >= 0) this.waiters.splice(at, 1)[0]!.resolve();
    });
    socket.addEventListener('close', () => {
      this.gone = new Error('Chromium closed its DevTools connection');
      for (const call of this.calls.values()) call.reject(this.gone);
      this.calls.clear();
      for (const waiter of this.waiters.splice(0)) waiter.reject(this.gone);
    });
  }

  static async open(url: string): Promise<Connection> {
    const socket = new WebSocket(url);
    await new Promise((resolve, reject) => {
      socket.addEventListener('open', resolve, { once: true });
      socket.addEventListener('error', () => reject(new Error(`cannot reach Chromium at ${url}`)), {
        once: true,
      });
    });
    return new Connection(socket);
  }

  async send(method: string, params: object = {}, sessionId?: string): Promise<Record<string, unknown>> {
    if (this.gone) throw this.gone;
    const id = ++this.next;
    const reply = new Promise<Message>((resolve, reject) => this.calls.set(id, { resolve, reject }));
    this.socket.send(JSON.stringify({ id, method, params, sessionId }));
    return (await reply).result ?? {};
  }

  /** The next `method` event of `sessionId`; ask for it before the command that causes it. */
  event(method: string, sessionId?: string): Promise<void> {
    if (this.gone) return Promise.reject(this.gone);
    return new Promise((resolve, reject) => this.waiters.push({ method, sessionId, resolve, reject }));
  }

  close(): void {
    this.socket.close();
  }
}

/** Starts the system Chromium (chromiumPath, the flags of launchChromium) with a DevTools port. */
export async function launchTimingChromium(
  options: { traceNetwork?: boolean } = {},
): Promise<TimingChromium> {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'timing-chromium-'));
  const child = spawn(
    chromiumPath(),
    [...CHROMIUM_ARGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  try {
    const connection = await Connection.open(await devtoolsUrl(child));
    return {
      async newPage(url) {
        const { browserContextId } = await connection.send('Target.createBrowserContext');
        const dispose = () => connection.send('Target.disposeBrowserContext', { browserContextId });
        let sessionId: string;
        try {
          sessionId = await openTab(
            connection,
            browserContextId as string,
            url,
            options.traceNetwork === true,
          );
        } catch (error) {
          await dispose().catch(() => undefined);
          throw error;
        }
        return {
          async evaluate(fn, arg) {
            const { result, exceptionDetails } = (await connection.send(
              'Runtime.evaluate',
              {
                expression: `(${fn.toString()})(${JSON.stringify(arg)})`,
                awaitPromise: true,
                returnByValue: true,
              },
              sessionId,
            )) as {
              result: { value: never };
              exceptionDetails?: { exception?: { description?: string }; text: string };
            };
            if (exceptionDetails)
              throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
            return result.value;
          },
          reportedRequests: () => connection.requests.get(sessionId) ?? 0,
          async close() {
            await dispose();
          },
        };
      },
      async close() {
        connection.close();
        await stop(child);
        await rm(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await stop(child);
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
}

/** A tab in the browser context at `url`, once loaded: its session. */
async function openTab(
  connection: Connection,
  browserContextId: string,
  url: string,
  traceNetwork: boolean,
): Promise<string> {
  const { targetId } = await connection.send('Target.createTarget', { url: 'about:blank', browserContextId });
  const { sessionId } = (await connection.send('Target.attachToTarget', { targetId, flatten: true })) as {
    sessionId: string;
  };
  await connection.send('Page.enable', {}, sessionId);
  if (traceNetwork) await connection.send('Network.enable', {}, sessionId);
  const loaded = connection.event('Page.loadEventFired', sessionId);
  loaded.catch(() => undefined); // when the navigation fails, nobody waits for it
  const { errorText } = await connection.send('Page.navigate', { url }, sessionId);
  if (typeof errorText === 'string') throw new Error(`Chromium could not open ${url}: ${errorText}`);
  await loaded;
  return sessionId;
}

/** The browser's DevTools WebSocket, from the line Chromium prints when it listens. */
function devtoolsUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let said = '';
    const listen = (chunk: Buffer) => {
      said += String(chunk);
      const url = /DevTools listening on (ws:\/\/\S+)/.exec(said)?.[1];
      if (url === undefined) return;
      // What Chromium says later is drained, not kept.
      child.stderr!.off('data', listen).resume();
      resolve(url);
    };
    child.stderr!.on('data', listen);
    setTimeout(
      () => reject(new Error(`Chromium (${chromiumPath()}) did not open its DevTools port within 30 s`)),
      30_000,
    ).unref();
    child.once('error', reject);
    child.once('exit', (code) =>
      reject(
        new Error(`Chromium (${chromiumPath()}) exited with ${code} before it listened: ${said.slice(-300)}`),
      ),
    );
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill();
  return exited;
}
