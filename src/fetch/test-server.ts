// A scriptable HTTP server on 127.0.0.1 for the fetch tests: routes map a path to a handler,
// and every request is logged with its headers and arrival time.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (request: IncomingMessage, response: ServerResponse) => void;

export interface LoggedRequest {
  path: string;
  headers: IncomingMessage['headers'];
  atMs: number;
}

export interface TestServer {
  origin: string;
  routes: Map<string, Handler>;
  requests: LoggedRequest[];
  close(): Promise<void>;
}

export async function startTestServer(): Promise<TestServer> {
  const routes = new Map<string, Handler>();
  const requests: LoggedRequest[] = [];
  const server: Server = createServer((request, response) => {
    const path = request.url ?? '/';
    requests.push({ path, headers: request.headers, atMs: Date.now() });
    const handler = routes.get(path);
    if (handler) handler(request, response);
    else {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    routes,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A handler answering with a fixed body, honouring If-None-Match against `etag`. */
export function staticRoute(body: string | Buffer, headers: Record<string, string> = {}, etag?: string): Handler {
  return (request, response) => {
    if (etag && request.headers['if-none-match'] === etag) {
      response.writeHead(304, { etag });
      response.end();
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...(etag ? { etag } : {}), ...headers });
    response.end(body);
  };
}
