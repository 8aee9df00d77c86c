import { cpSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.gz': 'application/octet-stream',
};

export interface StaticHost {
  /** The app's address, ending in `/`. */
  url: string;
  /** The folder served: a copy of the build, which a test may change (a new version). */
  root: string;
  close(): Promise<void>;
}

/**
 * A copy of the production build on a plain static host, under a sub-path: no headers of its own
 * (the content security policy comes from the page's meta tag), no rewrites.
 */
export async function hostBuild(subPath: string): Promise<StaticHost> {
  const root = mkdtempSync(join(tmpdir(), 'traintab-host-'));
  cpSync(new URL('../dist', import.meta.url).pathname, root, { recursive: true });
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
    if (!path.startsWith(subPath)) return void response.writeHead(404).end();
    const relative = path.slice(subPath.length) || 'index.html';
    const file = normalize(join(root, relative.endsWith('/') ? `${relative}index.html` : relative));
    if (!file.startsWith(root) || !statSync(file, { throwIfNoEntry: false })?.isFile())
      return void response.writeHead(404).end();
    response.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${subPath}`,
    root,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // The browser keeps its connections open; waiting for it to drop them takes a minute.
        server.closeAllConnections();
      }),
  };
}
