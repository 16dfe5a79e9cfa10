import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';

/** Debian's Chromium (CHROMIUM_PATH points elsewhere, e.g. Chrome on GitHub's runners); browser checks are skipped where it is missing. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.xml': 'application/xml', '.png': 'image/png', '.svg': 'image/svg+xml' };

/** Serves a built site on 127.0.0.1, directory URLs answered by their index.html. */
export async function serveDir(root: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    let file = join(root, path);
    if (!file.startsWith(root) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    if (statSync(file).isDirectory()) file = join(file, 'index.html');
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** A headless Chromium driven over the DevTools protocol, without extra packages. */
export interface Browser {
  /** Loads `url` with the given CSS media type and returns `expression` evaluated in the page. */
  evaluate<T>(url: string, media: 'print' | 'screen', expression: string): Promise<T>;
  close(): Promise<void>;
}

export async function launchChromium(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'dti-chromium-'));
  const child: ChildProcess = spawn(CHROMIUM, [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank',
  ], { stdio: ['ignore', 'ignore', 'pipe'] });
  const endpoint = await new Promise<string>((resolve, reject) => {
    let seen = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
      if (match?.[1]) resolve(match[1]);
    });
    child.on('exit', (code) => reject(new Error(`Chromium exited (${code}): ${seen}`)));
  });
  const socket = new WebSocket(endpoint);
  await new Promise((resolve, reject) => {
    socket.addEventListener('open', resolve, { once: true });
    socket.addEventListener('error', reject, { once: true });
  });
  let nextId = 1;
  const pending = new Map<number, (message: { result?: unknown; error?: unknown }) => void>();
  const listeners: ((message: { method?: string; sessionId?: string }) => void)[] = [];
  socket.addEventListener('message', (event) => {
    const message = JSON.parse(String(event.data)) as { id?: number; method?: string; sessionId?: string; result?: unknown; error?: unknown };
    if (message.id !== undefined) pending.get(message.id)?.(message);
    for (const listener of listeners) listener(message);
  });
  const send = <T>(method: string, params: object = {}, sessionId?: string) =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, (message) => (message.error ? reject(new Error(JSON.stringify(message.error))) : resolve(message.result as T)));
      socket.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
    });

  return {
    async evaluate<T>(url: string, media: 'print' | 'screen', expression: string): Promise<T> {
      const { targetId } = await send<{ targetId: string }>('Target.createTarget', { url: 'about:blank' });
      const { sessionId } = await send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
      try {
        await send('Page.enable', {}, sessionId);
        await send('Emulation.setEmulatedMedia', { media }, sessionId);
        const loaded = new Promise<void>((resolve) => {
          listeners.push((message) => {
            if (message.method === 'Page.loadEventFired' && message.sessionId === sessionId) resolve();
          });
        });
        await send('Page.navigate', { url }, sessionId);
        await loaded;
        const { result } = await send<{ result: { value: T } }>('Runtime.evaluate', { expression, returnByValue: true }, sessionId);
        return result.value;
      } finally {
        await send('Target.closeTarget', { targetId });
      }
    },
    async close() {
      socket.close();
      child.kill();
      await new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve(undefined)));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
