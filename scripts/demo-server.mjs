// Tiny static file server for the demo pages (HR directory, mOS mock). No dependencies.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('../demo/', import.meta.url)));
const DEFAULT_PORT = 5178;

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

export const DEMO_PAGES = [
  { path: '/', title: 'Demo index' },
  { path: '/hr/directory.html', title: 'HR employee directory (Acme Corp)' },
  { path: '/mos/', title: 'mOS mock: My Organization' },
  { path: '/mos-mui/', title: 'mOS mock, React/MUI build: My Organization' },
  { path: '/mos-material/', title: 'mOS, real Material UI build: My Organization' },
  { path: '/mos-antd/', title: 'mOS, real Ant Design build: My Organization' },
];

function send(res, status, body, type = 'text/plain; charset=utf-8', extra = {}) {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...extra,
  });
  res.end(body);
}

// Maps a URL path to a file under ROOT, or null when it would escape ROOT.
function resolveInsideRoot(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const full = resolve(join(ROOT, decoded));
  if (full !== ROOT && !full.startsWith(ROOT + sep)) return null;
  return full;
}

async function findFile(urlPath) {
  const full = resolveInsideRoot(urlPath);
  if (!full) return { status: 403 };
  const info = await stat(full).catch(() => null);
  if (!info) return { status: 404 };
  if (info.isFile()) return { status: 200, file: full };
  if (!info.isDirectory()) return { status: 404 };
  // Relative links (e.g. "sample.csv" in /mos/) need the trailing slash.
  if (!urlPath.endsWith('/')) return { status: 301, location: urlPath + '/' };
  const index = join(full, 'index.html');
  const indexInfo = await stat(index).catch(() => null);
  return indexInfo?.isFile() ? { status: 200, file: index } : { status: 404 };
}

async function handle(req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    send(res, 405, 'Method not allowed\n', undefined, { Allow: 'GET, HEAD' });
    return;
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  // Collapsed so a redirect can never start with "//" (another host).
  const pathname = url.pathname.replace(/\/{2,}/g, '/');
  const found = await findFile(pathname);
  if (found.status === 301) {
    send(res, 301, 'Moved\n', undefined, { Location: found.location + url.search });
  } else if (found.status !== 200) {
    send(res, found.status, found.status === 403 ? 'Forbidden\n' : 'Not found\n');
  } else {
    const body = await readFile(found.file);
    const type = CONTENT_TYPES[extname(found.file).toLowerCase()] ?? 'application/octet-stream';
    res.writeHead(200, {
      'Content-Type': type,
      'Content-Length': body.length,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  }
}

export async function startDemoServer({ port = 0, host = '127.0.0.1' } = {}) {
  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, 'Internal error\n');
      else res.destroy();
    });
  });
  await new Promise((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(port, host, () => {
      server.off('error', rejectListen);
      resolveListen();
    });
  });
  const address = server.address();
  const origin = `http://${address.address}:${address.port}`;
  const close = () =>
    new Promise((resolveClose) => {
      server.closeAllConnections?.();
      server.close(() => resolveClose());
    });
  return { origin, close };
}

const runDirectly = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);

if (runDirectly) {
  const port = Number(process.argv[2] ?? DEFAULT_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`Invalid port: ${process.argv[2]}`);
    process.exit(1);
  }
  const { origin, close } = await startDemoServer({ port });
  console.log(`Demo server running at ${origin}`);
  for (const page of DEMO_PAGES) console.log(`  ${origin}${page.path}  ${page.title}`);
  const stop = () => close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
