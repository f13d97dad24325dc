// What operators are told to run is what the build needs: the policy in deploy/nginx.conf and
// deploy/_headers allows the page's one inline script (by its current hash) and nothing more,
// and the README points to those files rather than keeping a copy of its own.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, firstPaintScript } from '../../src/tools/static';

describe('deployment configuration', () => {
  it('nginx sends the policy the page carries, with the first-paint script\'s current hash', async () => {
    const policy = contentSecurityPolicy((await firstPaintScript()).hash);
    const conf = readFileSync('deploy/nginx.conf', 'utf8');
    const sent = /add_header Content-Security-Policy "([^"]+)" always;/.exec(conf)?.[1];
    expect(sent, 'deploy/nginx.conf: update its Content-Security-Policy to the one the build writes').toBe(policy);
  });

  it('Netlify and Cloudflare Pages get the same policy (deploy/_headers)', async () => {
    const policy = contentSecurityPolicy((await firstPaintScript()).hash);
    const headers = readFileSync('deploy/_headers', 'utf8');
    expect(/Content-Security-Policy: (.+)/.exec(headers)?.[1]).toBe(policy);
    expect(headers).toMatch(/\/sw\.js\n\s+Cache-Control: no-cache/);
    expect(headers).toMatch(/\/assets\/\*\n\s+Cache-Control: public, max-age=31536000, immutable/);
  });

  it('the README points operators to these files and copies no policy of its own', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toContain('deploy/nginx.conf');
    expect(readme).toContain('deploy/_headers');
    expect(readme).not.toMatch(/Content-Security-Policy[^\n]*script-src/);
  });

  it('the policy allows no inline script but that one, and no other origin', async () => {
    const { hash } = await firstPaintScript();
    const policy = contentSecurityPolicy(hash);
    expect(policy).toContain(`script-src 'self' '${hash}';`);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
  });
});
