import { mkdir, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { connect as tlsConnect } from 'node:tls';
import { connect as netConnect } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scratchDir } from '../test/scratch-dir';
import { makeCertificate } from './certificate';
import { fileFor, startFixtureServer, type FixtureServer } from './fixture-server';

const root = scratchDir('dl-fixtures-');
let server: FixtureServer;

beforeAll(async () => {
  await mkdir(join(root, 'www.state.gov', 'releases', 'a'), { recursive: true });
  await writeFile(join(root, 'www.state.gov', 'releases', 'a', 'index.html'), '<p>A</p>');
  await writeFile(join(root, 'secret.txt'), 'outside any host');
  server = await startFixtureServer({ root, ...(await makeCertificate()) });
});
afterAll(() => server?.close());

function get(host: string, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpsRequest(
      { host: '127.0.0.1', port: server.port, path, headers: { host }, rejectUnauthorized: false, servername: host },
      (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('fileFor', () => {
  it('maps a URL path to a file under its host and refuses to leave it', () => {
    expect(fileFor('/r', 'www.state.gov', '/releases/a/')).toBe('/r/www.state.gov/releases/a/index.html');
    expect(fileFor('/r', 'x.usembassy.gov', '/r/pa/1.htm')).toBe('/r/x.usembassy.gov/r/pa/1.htm');
    expect(fileFor('/r', 'www.state.gov', '/../secret.txt')).toBeNull();
    expect(fileFor('/r', 'www.state.gov', '/%2e%2e/secret.txt')).toBeNull();
  });
});

describe('startFixtureServer', () => {
  it('serves a page as its host over HTTPS and logs the request', async () => {
    expect(await get('www.state.gov', '/releases/a/')).toEqual({ status: 200, body: '<p>A</p>' });
    expect(server.requests).toContainEqual({ kind: 'https', host: 'www.state.gov', path: '/releases/a/', status: 200 });
  });

  it('answers 404 for a missing page and for a path that leaves the root', async () => {
    expect((await get('www.state.gov', '/releases/b/')).status).toBe(404);
    expect((await get('www.state.gov', '/../secret.txt')).status).toBe(404);
  });

  it('serves pages set in memory over the files', async () => {
    server.setPage('https://www.state.gov/releases/a/#top', '<p>Changed</p>');
    expect((await get('www.state.gov', '/releases/a/')).body).toBe('<p>Changed</p>');
    server.clearPages();
    expect((await get('www.state.gov', '/releases/a/')).body).toBe('<p>A</p>');
  });

  it('logs plain HTTP spoken to its port, with the host asked for', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      httpRequest({ host: '127.0.0.1', port: server.port, path: '/beacon', headers: { host: 'tracker.example' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      })
        .on('error', reject)
        .end();
    });
    expect(status).toBe(400);
    expect(server.requests).toContainEqual({ kind: 'plain-http', host: 'tracker.example', path: '/beacon', status: 400 });
  });

  it('tunnels CONNECT to the HTTPS server and logs the host', async () => {
    const socket = netConnect(server.proxyPort, '127.0.0.1');
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    socket.write('CONNECT www.state.gov:443 HTTP/1.1\r\nHost: www.state.gov:443\r\n\r\n');
    await new Promise<void>((resolve) => socket.once('data', () => resolve()));
    const tls = tlsConnect({ socket, servername: 'www.state.gov', rejectUnauthorized: false });
    tls.write('GET /releases/a/ HTTP/1.1\r\nHost: www.state.gov\r\nConnection: close\r\n\r\n');
    let response = '';
    for await (const chunk of tls) response += chunk;
    expect(response).toMatch(/^HTTP\/1\.1 200/);
    expect(response).toContain('<p>A</p>');
    expect(server.requests).toContainEqual({ kind: 'connect', host: 'www.state.gov', path: '' });
  });
});
