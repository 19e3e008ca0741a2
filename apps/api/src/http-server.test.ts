import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createHttpServer, TurnQueue } from './http-server.js';

const burn = (ms: number) => {
  const until = performance.now() + ms;
  while (performance.now() < until);
};

describe('TurnQueue', () => {
  it('runs queued work first-in first-out over several loop turns, letting timers and I/O in between', async () => {
    const queue = new TurnQueue(10);
    const order: number[] = [];
    for (let i = 0; i < 200; i += 1) {
      queue.push(() => {
        burn(1);
        order.push(i);
      });
    }
    let doneWhenTimerFired = -1;
    setTimeout(() => (doneWhenTimerFired = order.length), 0);
    while (queue.pending > 0) await new Promise((resolve) => setTimeout(resolve, 5));

    expect(order).toEqual([...Array(200).keys()]);
    // 200 ms of work in turns of about 10 ms: the loop went round many times, and a timer due at once ran
    // long before the end (it would run after all 200 tasks if they ran in one turn).
    expect(queue.turns).toBeGreaterThan(5);
    expect(doneWhenTimerFired).toBeGreaterThan(0);
    expect(doneWhenTimerFired).toBeLessThan(150);
  });

  it('goes back to idle and starts again on the next push', async () => {
    const queue = new TurnQueue();
    let ran = 0;
    queue.push(() => (ran += 1));
    await new Promise((resolve) => setImmediate(resolve));
    expect([ran, queue.pending]).toEqual([1, 0]);
    queue.push(() => (ran += 1));
    queue.push(() => (ran += 1));
    await new Promise((resolve) => setImmediate(resolve));
    expect([ran, queue.pending]).toEqual([3, 0]);
  });
});

/**
 * Readers in another process, as in production: 20 on kept-alive connections ask again as soon as they have
 * an answer (40 ms of work always waiting, more than a turn's worth); once 100 answers are in and each
 * reader has had one, 30 newcomers each open a new connection. Sends the newcomers' answers back.
 */
const READERS = `
import http from 'node:http';
const port = Number(process.argv[2]);
const get = (path, agent) => new Promise((resolve, reject) => {
  http.get({ host: '127.0.0.1', port, path, agent }, (res) => {
    let body = '';
    res.setEncoding('utf8').on('data', (c) => (body += c)).on('end', () => resolve(body));
  }).on('error', reject);
});
const keepAlive = new http.Agent({ keepAlive: true, maxSockets: 20 });
let busy = true, answers = 0;
const answered = new Set();
const readers = Array.from({ length: 20 }, async (_, r) => {
  while (busy) { await get('/busy/' + r, keepAlive); answers += 1; answered.add(r); }
});
// Every reader's connection accepted (each has had an answer: on a loaded machine a few can still be in the
// kernel's queue after 100 answers, and would count as newcomers), and 100 answers in.
while (answers < 100 || answered.size < 20) await new Promise((resolve) => setTimeout(resolve, 5));
process.send('newcomers');
const bodies = await Promise.all(Array.from({ length: 30 }, (_, i) => get('/new/' + i, false)));
busy = false;
await Promise.all(readers);
keepAlive.destroy();
process.send(bodies);
`;

describe('createHttpServer', () => {
  it('keeps accepting new connections while busy connections keep requests waiting, and answers all', async () => {
    const queue = new TurnQueue(10);
    const server = createHttpServer((req, res) => {
      burn(2);
      res.end(req.url);
    }, queue);
    /** How many requests were waiting each time the server accepted a connection. */
    const waitingAtAccept: number[] = [];
    server.on('connection', () => waitingAtAccept.push(queue.pending));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const script = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'reperes-turns-')), 'readers.mjs');
      fs.writeFileSync(script, READERS);
      const client = fork(script, [String(port)]);
      let acceptedBefore = -1;
      const bodies = await new Promise<string[]>((resolve, reject) => {
        client.on('message', (m) => {
          if (m === 'newcomers') acceptedBefore = waitingAtAccept.length;
          else resolve(m as string[]);
        });
        client.on('exit', (code) => reject(new Error(`client exited with ${code}`)));
      });

      expect(bodies).toEqual(Array.from({ length: 30 }, (_, i) => `/new/${i}`));
      const newcomers = waitingAtAccept.slice(acceptedBefore);
      expect(newcomers).toHaveLength(30);
      // Most newcomers were accepted while the busy readers' requests waited: accepting does not wait for
      // the backlog to be worked off (with each request run in the turn that read it, nothing would ever
      // be waiting at an accept).
      expect(newcomers.filter((n) => n > 0).length).toBeGreaterThan(15);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('answers health checks at once, ahead of the requests waiting their turn', async () => {
    const queue = new TurnQueue(10);
    const answered: string[] = [];
    const server = createHttpServer((req, res) => {
      if (!req.url!.startsWith('/api/v1/health/')) burn(5);
      answered.push(req.url!);
      res.end();
    }, queue);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const agent = new http.Agent({ keepAlive: true, maxSockets: 41 });
    const get = (path: string) =>
      new Promise<void>((resolve, reject) => {
        http
          .get({ host: '127.0.0.1', port, path, agent }, (res) => res.resume().on('end', resolve))
          .on('error', reject);
      });
    try {
      // Connections first, so that all requests below reach the server together.
      await Promise.all(Array.from({ length: 41 }, (_, i) => get(`/warm/${i}`)));
      answered.length = 0;
      await Promise.all([
        ...Array.from({ length: 40 }, (_, i) => get(`/fiche/${i}`)),
        get('/api/v1/health/live'),
      ]);
      // 200 ms of readers' work was waiting; the health check did not wait for all of it.
      expect(answered.indexOf('/api/v1/health/live')).toBeLessThan(30);
    } finally {
      agent.destroy();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
