import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../src/main/serving/content-security-policy';
import { appResponseHeaders, contentTypeFor } from '../../src/main/serving/response-headers';

function directives(policy: string): Map<string, string> {
  return new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name ?? '', values.join(' ')]));
}

describe('contentSecurityPolicy', () => {
  it('is exactly the strict policy from the issue', () => {
    expect(contentSecurityPolicy()).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
    );
  });

  it('never allows inline or evaluated scripts, or remote origins', () => {
    const policy = directives(contentSecurityPolicy());
    expect(policy.get('script-src')).toBe("'self'");
    expect(contentSecurityPolicy()).not.toMatch(/unsafe-eval|https?:|\*/);
    expect(policy.get('object-src')).toBe("'none'");
  });
});

describe('appResponseHeaders', () => {
  it('carries the CSP and nosniff on every response', () => {
    expect(appResponseHeaders('text/html; charset=utf-8')).toStrictEqual({
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': contentSecurityPolicy(),
      'X-Content-Type-Options': 'nosniff',
    });
  });

  it('types what Vite emits and treats anything else as opaque bytes', () => {
    expect(contentTypeFor('/r/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('/r/assets/index-abc.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/r/assets/noto.woff2')).toBe('font/woff2');
    expect(contentTypeFor('/r/data.exe')).toBe('application/octet-stream');
    expect(contentTypeFor('/r/README')).toBe('application/octet-stream');
  });
});
