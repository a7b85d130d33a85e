import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, contentSecurityPolicy } from './security-headers.js';

describe('content security policy', () => {
  it('allows only the hub itself, and a room base map server for images and fetches when one is configured', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'self';");
    const policy = contentSecurityPolicy(['https://tiles.internal']);
    expect(policy).toContain("connect-src 'self' https://tiles.internal;");
    expect(policy).toContain("img-src 'self' data: blob: https://tiles.internal;");
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("default-src 'self';");
  });
});
