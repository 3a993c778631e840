import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';

export interface HttpDrain {
  /**
   * From now on every new request (including /readyz) gets 503 and `Connection: close`; resolves once the
   * requests already in flight have finished, or after timeoutMs. Then stops listening and closes every
   * connection left. Resolves to the number of requests that were cut.
   */
  drain(timeoutMs: number): Promise<number>;
}

/**
 * Puts itself in front of the server's request handlers (Express), so that it sees a request as soon as its
 * headers arrive, before any middleware or body parsing: a request counts as in flight from that moment on.
 */
export function installHttpDrain(server: Server): HttpDrain {
  const handlers = server.listeners('request') as RequestListener[];
  server.removeAllListeners('request');
  const inFlight = new Set<ServerResponse>();
  let draining = false;
  let onIdle: (() => void) | undefined;

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (draining) {
      res.writeHead(503, { 'content-type': 'application/json; charset=utf-8', connection: 'close', 'retry-after': '5' });
      res.end(JSON.stringify({ status: 'unavailable', reason: 'shutting down' }));
      return;
    }
    inFlight.add(res);
    res.once('close', () => {
      inFlight.delete(res);
      if (draining && inFlight.size === 0) onIdle?.();
    });
    for (const handler of handlers) handler.call(server, req, res);
  });

  return {
    async drain(timeoutMs) {
      draining = true;
      // Idle keep-alive connections would otherwise keep the server open.
      server.closeIdleConnections();
      if (inFlight.size > 0) {
        await new Promise<void>((resolve) => {
          onIdle = resolve;
          setTimeout(resolve, timeoutMs).unref();
        });
      }
      const cut = inFlight.size;
      server.close();
      server.closeAllConnections();
      return cut;
    },
  };
}
