import http, {
  type IncomingMessage,
  type RequestListener,
  type Server,
  type ServerResponse,
} from 'node:http';

/**
 * Node 20's libuv accepts at most one new connection per event-loop turn (libuv PR #3696, the "Node 20
 * accept regression"). When every open connection has a request waiting, one turn runs all of those
 * requests, so with 500 busy readers a turn lasts 50–100 ms, the server accepts ~15 connections a second,
 * and a reader who connects at that moment waits in the kernel's accept queue for 10 s and more
 * (issue 8, `npm run bench:load`).
 *
 * So requests do not all run in the turn that read them: they wait in one first-in first-out queue, and
 * each turn runs a batch of them, sized so that the whole turn lasts about `targetMs`, then lets the loop
 * turn again (accept, read sockets, database answers, timers) before going on. Throughput is the same — the same work, in the same order —
 * but a turn is short, new connections are accepted within milliseconds, and waiting is shared fairly
 * between old and new connections.
 */
export class TurnQueue {
  private readonly queue: (() => void)[] = [];
  private head = 0;
  private scheduled = false;
  /** Tasks run per turn, adapted so a whole turn (the tasks, their promise continuations, reading sockets) lasts about `targetMs`. */
  private batch = 16;
  private lastTurnStart: number | undefined;
  /** Turns that ran at least one task (for tests and diagnostics). */
  turns = 0;

  constructor(
    private readonly targetMs = 10,
    private readonly maxBatch = 256,
  ) {}

  get pending(): number {
    return this.queue.length - this.head;
  }

  push(task: () => void): void {
    this.queue.push(task);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(this.drain);
    }
  }

  private readonly drain = (): void => {
    const now = performance.now();
    if (this.lastTurnStart !== undefined) {
      // The previous turn ran a full batch and the loop went round once: that is what the batch cost.
      const turn = now - this.lastTurnStart;
      this.batch =
        turn > this.targetMs
          ? Math.max(1, Math.floor((this.batch * this.targetMs) / turn))
          : Math.min(this.maxBatch, this.batch + Math.max(1, this.batch >> 3));
    }
    this.turns += 1;
    const stop = Math.min(this.queue.length, this.head + this.batch);
    while (this.head < stop) {
      const task = this.queue[this.head]!;
      this.queue[this.head] = undefined as unknown as () => void;
      this.head += 1;
      try {
        task();
      } catch (err) {
        // A request listener that throws synchronously is a bug in it; the queue must go on regardless.
        process.nextTick(() => {
          throw err;
        });
      }
    }
    if (this.head === this.queue.length) {
      this.queue.length = 0;
      this.head = 0;
      this.scheduled = false;
      this.lastTurnStart = undefined;
    } else {
      if (this.head > 1024) {
        this.queue.splice(0, this.head);
        this.head = 0;
      }
      this.lastTurnStart = now;
      setImmediate(this.drain);
    }
  };
}

/**
 * The health checks jump the queue: an orchestrator asking whether the process is alive or ready must get
 * its answer at once, also when readers keep the process busy (that is not a reason to restart it).
 */
const jumpsTheQueue = (req: IncomingMessage) => req.url?.startsWith('/api/v1/health/') === true;

/** An HTTP server whose requests go through a TurnQueue (see above), health checks first. */
export function createHttpServer(listener: RequestListener, queue = new TurnQueue()): Server {
  return http.createServer((req: IncomingMessage, res: ServerResponse) => {
    if (jumpsTheQueue(req)) listener(req, res);
    else queue.push(() => listener(req, res));
  });
}

/** createHttpServer, listening on `port` and `host`; resolves once it listens. */
export function listen(listener: RequestListener, port: number, host: string): Promise<Server> {
  const server = createHttpServer(listener);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}
