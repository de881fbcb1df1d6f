#!/usr/bin/env node
// Runs nginx in the foreground with deploy/nginx.conf, for the end-to-end tests.
// Usage: node e2e/support/nginx.mjs <root folder> <port> <base path>
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const [root, port, base = '/'] = process.argv.slice(2);
const prefix = mkdtempSync(join(tmpdir(), 'nginx-'));
const config = readFileSync(resolve('deploy/nginx.conf'), 'utf8')
  .replaceAll('__PREFIX__', prefix)
  .replaceAll('__MIME_TYPES__', '/etc/nginx/mime.types')
  .replaceAll('__ROOT__', resolve(root))
  .replaceAll('__PORT__', port)
  .replaceAll('__BASE__', base);
// Started as root (as in CI), nginx hands requests to an unprivileged worker that may not be allowed into
// the checkout (a clone under a private temporary folder): keep the test server's workers as the caller.
const asCaller = process.getuid?.() === 0 ? 'user root;\n' : '';
writeFileSync(join(prefix, 'nginx.conf'), asCaller + config);
const nginx = spawn(process.env.NGINX ?? 'nginx', ['-p', prefix, '-c', join(prefix, 'nginx.conf')], { stdio: 'inherit' });
nginx.on('error', () => {
  console.error('nginx not found: install it (Debian/Ubuntu: apt-get install nginx) or set NGINX to its path.');
  process.exit(1);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => nginx.kill('SIGQUIT'));
// nginx's prefix holds only its config, logs and temp files: leave nothing behind in /tmp.
nginx.on('exit', (code) => {
  rmSync(prefix, { recursive: true, force: true });
  process.exit(code ?? 0);
});
