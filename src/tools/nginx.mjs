// Serves a built folder through a real nginx with the operators' configuration (deploy/nginx.conf,
// only its listen and root changed), as the tests and `npm run bench` need it: started here on a
// free local port with its own temporary prefix, pid and logs (never the system's service), and
// stopped by its process id. Where nginx is missing it is installed (Debian's package, as root),
// like Chromium (src/tools/chromium.mjs).
import { execFileSync, execSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const SYSTEM = ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx', '/usr/local/bin/nginx'];
const POLICY = '/usr/sbin/policy-rc.d';

function found() {
  for (const p of [process.env.NGINX_PATH, ...SYSTEM]) if (p && existsSync(p)) return p;
  return undefined;
}

export function findNginx() {
  const path = found();
  if (path) return path;
  if (process.getuid?.() !== 0 || !existsSync('/etc/debian_version')) {
    throw new Error('No nginx found. Install it (Debian: apt-get install nginx) or set NGINX_PATH.');
  }
  console.log("No nginx found: installing Debian's package (apt-get install nginx), without starting its service…");
  // The package starts a system service unless policy-rc.d forbids it; the tests start their own.
  const added = !existsSync(POLICY);
  if (added) writeFileSync(POLICY, '#!/bin/sh\nexit 101\n', { mode: 0o755 });
  try {
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx', { stdio: 'inherit' });
  } finally {
    if (added) unlinkSync(POLICY);
  }
  const after = found();
  if (!after) throw new Error('Could not install nginx.');
  return after;
}

/** The server block of deploy/nginx.conf, serving `root` on 127.0.0.1:`port`. */
export function serverBlock(root, port, file = 'deploy/nginx.conf') {
  const conf = readFileSync(file, 'utf8');
  const listen = /^(\s*)listen\s+[^;]+;/m;
  const rootLine = /^(\s*)root\s+[^;]+;/m;
  if (!listen.test(conf) || !rootLine.test(conf)) throw new Error(`${file} needs a listen and a root line`);
  return conf.replace(listen, `$1listen 127.0.0.1:${port};`).replace(rootLine, `$1root ${resolve(root)};`);
}

function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

function accepting(port) {
  return new Promise((done) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => (socket.destroy(), done(true)));
    socket.once('error', () => done(false));
  });
}

/** Starts nginx on `root` (a built folder); resolves to { url, close() } once it answers. */
export async function serveWithNginx(root = 'dist', { conf = 'deploy/nginx.conf' } = {}) {
  const nginx = findNginx();
  const port = await freePort();
  const prefix = mkdtempSync(join(tmpdir(), 'nginx-'));
  for (const dir of ['temp', 'logs']) mkdirSync(join(prefix, dir));
  const mime = ['/etc/nginx/mime.types', '/usr/local/etc/nginx/mime.types', '/usr/local/nginx/conf/mime.types'].find(existsSync);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${join(prefix, 'temp', t)};`).join('\n');
  writeFileSync(
    join(prefix, 'nginx.conf'),
    [
      'daemon off;',
      'worker_processes 1;',
      // As root, workers would otherwise run as nobody, who may not read a checkout under /root.
      process.getuid?.() === 0 ? 'user root;' : '',
      `pid ${join(prefix, 'nginx.pid')};`,
      `error_log ${join(prefix, 'logs', 'error.log')} warn;`,
      'events { worker_connections 64; }',
      'http {',
      mime ? `  include ${mime};` : '  types { text/html html; text/css css; application/javascript js; application/json json; image/svg+xml svg; image/png png; }',
      '  default_type application/octet-stream;',
      `  access_log ${join(prefix, 'logs', 'access.log')};`,
      temp,
      serverBlock(root, port, conf),
      '}',
      '',
    ].join('\n'),
  );
  const log = join(prefix, 'logs', 'error.log');
  const child = spawn(nginx, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', log], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise((done) => child.once('exit', done));
  const why = () => `nginx did not start: ${stderr}${existsSync(log) ? readFileSync(log, 'utf8') : ''}`;
  for (let i = 0; i < 100 && !(await accepting(port)); i++) {
    if (child.exitCode !== null) throw new Error(why());
    await new Promise((r) => setTimeout(r, 50));
  }
  if (!(await accepting(port))) {
    child.kill('SIGKILL');
    throw new Error(why());
  }
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    pid: child.pid,
    prefix,
    /** Stops this nginx (its master process, by id) and removes its folder. */
    async close() {
      if (child.exitCode === null) {
        child.kill('SIGQUIT'); // graceful: the master stops its workers
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(findNginx());
  console.log(execFileSync(findNginx(), ['-v'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) || 'nginx found');
}
