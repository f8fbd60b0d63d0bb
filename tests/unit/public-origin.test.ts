/**
 * PUBLIC_URL and TRUST_PROXY (src/server/http/public-origin.ts): the public origin never comes from
 * an untrusted Host header when PUBLIC_URL is set, forwarded headers count only with TRUST_PROXY=1,
 * and the cross-site check compares with the public origin.
 */
import { describe, expect, it } from 'vitest';
import { clientAddressOf, isCrossSite, originSettingsFrom, requestOrigin } from '../../src/server/http/public-origin.ts';

const PUBLIC = 'https://candystorm.school.example';

describe('originSettingsFrom', () => {
  it('reads PUBLIC_URL as an origin and TRUST_PROXY as 0/1', () => {
    expect(originSettingsFrom({ PUBLIC_URL: `${PUBLIC}/`, TRUST_PROXY: '1' })).toEqual({ publicOrigin: PUBLIC, trustProxy: true });
    expect(originSettingsFrom({})).toEqual({ publicOrigin: undefined, trustProxy: false });
    expect(originSettingsFrom({ PUBLIC_URL: 'https://Candystorm.School.Example:8443' }).publicOrigin).toBe('https://candystorm.school.example:8443');
  });

  it('refuses values that cannot be right, with a message naming the setting', () => {
    expect(() => originSettingsFrom({ PUBLIC_URL: 'candystorm.school.example' })).toThrow(/PUBLIC_URL/);
    expect(() => originSettingsFrom({ PUBLIC_URL: 'ftp://candystorm.school.example' })).toThrow(/PUBLIC_URL must start with https/);
    expect(() => originSettingsFrom({ PUBLIC_URL: `${PUBLIC}/candystorm` })).toThrow(/without a path/);
    expect(() => originSettingsFrom({ PUBLIC_URL: 'https://user:pw@candystorm.school.example' })).toThrow(/without a path/);
    expect(() => originSettingsFrom({ TRUST_PROXY: 'yes' })).toThrow(/TRUST_PROXY/);
  });
});

describe('requestOrigin', () => {
  const forwarded = { host: '127.0.0.1:4321', 'x-forwarded-proto': 'https', 'x-forwarded-host': 'evil.example' };

  it('is PUBLIC_URL whatever the Host and forwarded headers say', () => {
    expect(requestOrigin({ publicOrigin: PUBLIC, trustProxy: false }, { host: 'evil.example' }, false)).toBe(PUBLIC);
    expect(requestOrigin({ publicOrigin: PUBLIC, trustProxy: true }, forwarded, false)).toBe(PUBLIC);
  });

  it('believes X-Forwarded-Proto/Host only with TRUST_PROXY', () => {
    expect(requestOrigin({ publicOrigin: undefined, trustProxy: false }, forwarded, false)).toBe('http://127.0.0.1:4321');
    expect(requestOrigin({ publicOrigin: undefined, trustProxy: true }, forwarded, false)).toBe('https://evil.example');
    expect(requestOrigin({ publicOrigin: undefined, trustProxy: false }, { host: 'localhost:4321' }, true)).toBe('https://localhost:4321');
  });

  it('has no origin for a Host with a user part, a path or an absurd length', () => {
    const settings = { publicOrigin: undefined, trustProxy: false };
    expect(requestOrigin(settings, { host: 'user@evil.example' }, false)).toBeUndefined();
    expect(requestOrigin(settings, { host: 'evil.example/path' }, false)).toBeUndefined();
    expect(requestOrigin(settings, { host: `${'a'.repeat(300)}.example` }, false)).toBeUndefined();
    expect(requestOrigin(settings, {}, false)).toBeUndefined();
  });
});

describe('clientAddressOf', () => {
  it('takes the address the trusted proxy appended, never one the client wrote', () => {
    const headers = { 'x-forwarded-for': '10.0.0.1, 203.0.113.9' };
    expect(clientAddressOf({ publicOrigin: undefined, trustProxy: true }, headers, '127.0.0.1')).toBe('203.0.113.9');
    expect(clientAddressOf({ publicOrigin: undefined, trustProxy: false }, headers, '127.0.0.1')).toBe('127.0.0.1');
    expect(clientAddressOf({ publicOrigin: undefined, trustProxy: true }, {}, '127.0.0.1')).toBe('127.0.0.1');
  });
});

describe('isCrossSite', () => {
  it('lets safe methods and same-origin requests through', () => {
    expect(isCrossSite('GET', { origin: 'https://evil.example' }, PUBLIC)).toBe(false);
    expect(isCrossSite('POST', { origin: PUBLIC, 'content-type': 'application/x-www-form-urlencoded' }, PUBLIC)).toBe(false);
    // JSON without Origin: no browser form can send it (an API client can, with its own credentials).
    expect(isCrossSite('POST', { 'content-type': 'application/json' }, PUBLIC)).toBe(false);
  });

  it('refuses another origin, the opaque "null", and forms without an Origin', () => {
    expect(isCrossSite('POST', { origin: 'https://evil.example', 'content-type': 'application/json' }, PUBLIC)).toBe(true);
    expect(isCrossSite('DELETE', { origin: 'null' }, PUBLIC)).toBe(true);
    expect(isCrossSite('POST', { 'content-type': 'application/x-www-form-urlencoded' }, PUBLIC)).toBe(true);
    expect(isCrossSite('POST', { 'content-type': 'text/plain' }, PUBLIC)).toBe(true);
    expect(isCrossSite('DELETE', {}, PUBLIC)).toBe(true);
    // Behind a TLS proxy the browser sends the https origin: http:// (what the connection says) is not it.
    expect(isCrossSite('POST', { origin: 'http://candystorm.school.example', 'content-type': 'application/json' }, PUBLIC)).toBe(true);
    // No public origin known (malformed Host): a state-changing request with an Origin is refused.
    expect(isCrossSite('POST', { origin: PUBLIC, 'content-type': 'application/json' }, undefined)).toBe(true);
  });
});
