// Just enough of the Chrome DevTools protocol, over --remote-debugging-pipe,
// to load an unpacked extension into branded Google Chrome (which ignores
// --load-extension since version 137) and open a page in it.

import { spawn, type ChildProcess } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';

export interface CdpBrowser {
  process: ChildProcess;
  /** One protocol command; `sessionId` addresses a page attached with Target.attachToTarget. */
  send(method: string, params?: object, sessionId?: string): Promise<Record<string, unknown>>;
  /**
   * Asks the browser to shut down and resolves once it has exited. A plain
   * kill leaves its helper processes writing to the profile for a moment, so
   * removing the profile right after could fail; Browser.close waits for them.
   * Kills it after `graceMs` if it does not go.
   */
  close(graceMs?: number): Promise<void>;
}

/** Starts the browser with a DevTools pipe on file descriptors 3 (in) and 4 (out). */
export function launchWithCdpPipe(executablePath: string, args: string[], output: 'inherit' | 'ignore' = 'inherit'): CdpBrowser {
  const child = spawn(executablePath, [...args, '--remote-debugging-pipe', '--enable-unsafe-extension-debugging'], {
    // Tests silence the browser's own chatter (D-Bus, GPU) on a headless server.
    stdio: ['ignore', output, output, 'pipe', 'pipe'],
  });
  const toBrowser = child.stdio[3] as Writable;
  const fromBrowser = child.stdio[4] as Readable;
  const pending = new Map<number, { resolve(value: Record<string, unknown>): void; reject(error: Error): void }>();
  let nextId = 1;
  let buffer = '';

  // Messages are JSON, each ended by a NUL byte.
  fromBrowser.setEncoding('utf8');
  fromBrowser.on('data', (chunk: string) => {
    buffer += chunk;
    let end: number;
    while ((end = buffer.indexOf('\0')) >= 0) {
      const message = JSON.parse(buffer.slice(0, end)) as { id?: number; result?: Record<string, unknown>; error?: { message: string } };
      buffer = buffer.slice(end + 1);
      const waiter = message.id === undefined ? undefined : pending.get(message.id);
      if (!waiter) continue;
      pending.delete(message.id!);
      if (message.error) waiter.reject(new Error(message.error.message));
      else waiter.resolve(message.result ?? {});
    }
  });
  child.on('exit', () => {
    for (const waiter of pending.values()) waiter.reject(new Error('The browser exited.'));
    pending.clear();
  });

  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const send: CdpBrowser['send'] = (method, params = {}, sessionId) => {
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      toBrowser.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    });
  };

  return {
    process: child,
    send,
    async close(graceMs = 5_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      send('Browser.close').catch(() => undefined);
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}
