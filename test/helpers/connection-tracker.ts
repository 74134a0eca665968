/** Test helper: counts a server's connections and tells when every one of them has closed. */
import type { Server, Socket } from 'node:net';

/** Tracks the sockets a server accepted. */
export class ConnectionTracker {
  private readonly sockets = new Set<Socket>();
  /** Connections accepted so far. */
  accepted = 0;

  /** Starts tracking a server's connections (also TLS servers: their 'connection' is the TCP socket). */
  watch(server: Server): this {
    server.on('connection', (socket: Socket) => this.add(socket));
    return this;
  }

  /** Tracks one socket. */
  add(socket: Socket): void {
    this.accepted += 1;
    this.sockets.add(socket);
    socket.once('close', () => this.sockets.delete(socket));
  }

  /** Connections not yet closed. */
  get open(): number {
    return this.sockets.size;
  }

  /** Resolves true when every connection closed within `ms`, false otherwise. */
  async allClosed(ms = 1000): Promise<boolean> {
    const until = Date.now() + ms;
    while (this.sockets.size > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
    return this.sockets.size === 0;
  }

  /** Destroys what is left (test teardown). */
  destroyAll(): void {
    for (const s of this.sockets) s.destroy();
  }
}
