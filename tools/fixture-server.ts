// Serves fixture pages over HTTPS as if from their real hosts: the file for
// https://HOST/PATH/ is ROOT/HOST/PATH/index.html. Browsers reach it either by
// host mapping (Chromium's --host-resolver-rules) or through the CONNECT
// proxy beside it (Firefox). Every request that arrives is logged, so a test
// can prove the extension sent none of its own.

import { createServer as createHttpServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { connect, createServer as createNetServer, type AddressInfo, type Server } from 'node:net';
import type { Duplex } from 'node:stream';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

export interface LoggedRequest {
  kind: 'https' | 'plain-http' | 'connect' | 'proxy-http';
  host: string;
  path: string;
  status?: number;
}

export interface FixtureServer {
  /** The HTTPS port, for host mapping. */
  port: number;
  /** The CONNECT proxy's port, for browsers without host mapping. */
  proxyPort: number;
  requests: LoggedRequest[];
  /** Serves `html` at `url` instead of the file, until cleared. */
  setPage(url: string, html: string): void;
  clearPages(): void;
  close(): Promise<void>;
}

/** The file for a request, or null when the path would leave the root. */
export function fileFor(root: string, host: string, pathname: string): string | null {
  const decoded = decodeURIComponent(pathname);
  const relative = decoded.endsWith('/') ? `${decoded}index.html` : decoded;
  const file = normalize(join(root, host, relative));
  return file.startsWith(normalize(join(root, host)) + sep) ? file : null;
}

async function readFixture(file: string): Promise<{ body: Buffer; type: string } | null> {
  const info = await stat(file).catch(() => null);
  if (!info) return null;
  const path = info.isDirectory() ? join(file, 'index.html') : file;
  const body = await readFile(path).catch(() => null);
  return body && { body, type: CONTENT_TYPES[extname(path)] ?? 'application/octet-stream' };
}

export async function startFixtureServer({ root, key, cert }: { root: string; key: string; cert: string }): Promise<FixtureServer> {
  const requests: LoggedRequest[] = [];
  /** Pages a test sets in memory, keyed by URL without the hash. */
  const pages = new Map<string, string>();

  const https = createHttpsServer({ key, cert }, async (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const url = new URL(req.url ?? '/', `https://${host}`);
    const entry: LoggedRequest = { kind: 'https', host, path: url.pathname + url.search };
    requests.push(entry);
    const inMemory = pages.get(`https://${host}${url.pathname}${url.search}`);
    const file = inMemory ? null : fileFor(root, host, url.pathname);
    const found = inMemory
      ? { body: Buffer.from(inMemory), type: CONTENT_TYPES['.html'] }
      : file && (await readFixture(file));
    const status = found ? 200 : 404;
    entry.status = status;
    res.writeHead(status, {
      'content-type': found ? found.type : 'text/plain; charset=utf-8',
      'cache-control': 'no-store',
    });
    res.end(found ? found.body : `No fixture for https://${host}${url.pathname}\n`);
  });
  // The port speaks both: TLS goes to the HTTPS server; plain HTTP (which
  // nothing here serves) is logged with its host and refused.
  const plain = createHttpServer((req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    requests.push({ kind: 'plain-http', host, path: req.url ?? '', status: 400 });
    res.writeHead(400, { 'content-type': 'text/plain' }).end('Only HTTPS is served here.\n');
  });
  const front = createNetServer((socket) => {
    socket.once('readable', () => {
      const first: Buffer | null = socket.read(1);
      if (!first) return socket.destroy();
      socket.unshift(first);
      // 0x16 opens a TLS handshake record.
      (first[0] === 0x16 ? https : plain).emit('connection', socket);
    });
    socket.on('error', () => socket.destroy());
  });

  const proxy = createHttpServer((req, res) => {
    // A plain-HTTP request through the proxy: nothing here is served unencrypted.
    const url = new URL(req.url ?? '/', 'http://unknown');
    requests.push({ kind: 'proxy-http', host: url.hostname, path: url.pathname, status: 502 });
    res.writeHead(502, { 'content-type': 'text/plain' }).end('Plain HTTP is not served by the fixture proxy.\n');
  });
  /** Tunnels are raw sockets the HTTP server no longer tracks: close them ourselves. */
  const tunnels = new Set<Duplex>();
  proxy.on('connect', (req, clientSocket, head) => {
    tunnels.add(clientSocket);
    clientSocket.on('close', () => tunnels.delete(clientSocket));
    const host = (req.url ?? '').replace(/:\d+$/, '').toLowerCase();
    requests.push({ kind: 'connect', host, path: '' });
    const upstream = connect(httpsPort, '127.0.0.1', () => {
      clientSocket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(clientSocket);
      clientSocket.pipe(upstream);
    });
    const end = () => {
      upstream.destroy();
      clientSocket.destroy();
    };
    upstream.on('error', end);
    clientSocket.on('error', end);
  });

  const listen = (server: Server) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
    });
  const httpsPort = await listen(front);
  const proxyPort = await listen(proxy);

  return {
    port: httpsPort,
    proxyPort,
    requests,
    setPage: (url, html) => pages.set(url.replace(/#.*$/, ''), html),
    clearPages: () => pages.clear(),
    close: async () => {
      https.closeAllConnections();
      plain.closeAllConnections();
      proxy.closeAllConnections();
      for (const socket of tunnels) socket.destroy();
      await Promise.all([
        new Promise<void>((resolve) => front.close(() => resolve())),
        new Promise<void>((resolve) => proxy.close(() => resolve())),
      ]);
    },
  };
}
