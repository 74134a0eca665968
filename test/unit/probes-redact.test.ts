import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { base64Fragment, REDACTED, Redactor } from '../../electron/core/probes/redact.js';
import { buildXOAuth2, rawXOAuth2 } from '../../electron/core/probes/xoauth2.js';

// Shaped like an Entra refresh token / client secret: opaque, not a JWT.
const SECRET = 'Q~8vN2.xYz_Abc-123456789~defGHIjkl.MNOpqr';
const TOKEN = 'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJodHRwczovL291dGxvb2sub2ZmaWNlLmNvbSJ9.c2lnbmF0dXJlLWJ5dGVz';
const USER = 'notifications@contoso.example';

describe('Redactor', () => {
  it('replaces a registered secret raw, base64, base64url and URL-encoded', () => {
    const r = new Redactor().addSecret(SECRET);
    const b64 = Buffer.from(SECRET).toString('base64');
    const b64url = Buffer.from(SECRET).toString('base64url');
    const text = `secret=${SECRET} b64=${b64} url=${b64url} enc=${encodeURIComponent(SECRET)}`;
    assert.equal(r.redact(text), `secret=${REDACTED} b64=${REDACTED} url=${REDACTED} enc=${REDACTED}`);
  });

  it('finds the secret inside a larger base64 blob at each of the 3 byte alignments', () => {
    const r = new Redactor().addSecret(SECRET);
    for (const prefix of ['', 'a', 'ab', 'abc', 'abcd']) {
      const blob = Buffer.from(`${prefix}${SECRET}-and-some-trailing-text`).toString('base64');
      const out = r.redact(`AUTH PLAIN ${blob}`);
      assert.ok(out.includes(REDACTED), `prefix length ${prefix.length}: ${out}`);
      // What is left of the blob can no longer be decoded back into the secret.
      assert.ok(!Buffer.from(out.replace(/^AUTH PLAIN /, '').split(REDACTED).join(''), 'base64').toString('latin1').includes(SECRET.slice(4, 20)));
    }
  });

  it('base64Fragment gives exactly the characters that only the secret\'s bytes decide', () => {
    const bytes = Buffer.from('secret-value');
    assert.equal(base64Fragment(bytes, 0), 'c2VjcmV0LXZhbHVl');
    // 1 filler byte: characters 0-1 carry filler bits, the rest are the secret's.
    assert.ok(Buffer.from(`x${'secret-value'}`).toString('base64').includes(base64Fragment(bytes, 1)));
    assert.ok(Buffer.from(`xy${'secret-value'}`).toString('base64').includes(base64Fragment(bytes, 2)));
  });

  it('redacts the XOAUTH2 string and the token in it after addXOAuth2', () => {
    const r = new Redactor().addXOAuth2(USER, 'opaque-access-token-1234567890');
    const xoauth = buildXOAuth2(USER, 'opaque-access-token-1234567890');
    assert.equal(r.redact(`AUTH XOAUTH2 ${xoauth}`), `AUTH XOAUTH2 ${REDACTED}`);
    assert.equal(r.redact(rawXOAuth2(USER, 'opaque-access-token-1234567890')), `user=${USER}\x01auth=Bearer ${REDACTED}\x01\x01`);
  });

  it('redacts JWTs, XOAUTH2 blobs, bearer headers and token fields it was never told about', () => {
    const r = new Redactor();
    assert.equal(r.redact(`token ${TOKEN} end`), `token ${REDACTED} end`);
    assert.equal(r.redact(`AUTH XOAUTH2 ${buildXOAuth2(USER, 'x'.repeat(40))}`), `AUTH XOAUTH2 ${REDACTED}`);
    assert.equal(r.redact('Authorization: Bearer abcdefghijklmnop'), `Authorization: Bearer ${REDACTED}`);
    assert.equal(r.redact('grant_type=refresh_token&refresh_token=0.AQIAabc123&client_secret=s3cr3tValue'),
      `grant_type=refresh_token&refresh_token=${REDACTED}&client_secret=${REDACTED}`);
    assert.equal(r.redact('{"access_token":"abcdefgh","expires_in":3599}'), `{"access_token":"${REDACTED}","expires_in":3599}`);
  });

  it('leaves server replies, addresses and base64 error payloads alone', () => {
    const r = new Redactor().addSecret(SECRET).addXOAuth2(USER, TOKEN);
    for (const line of [
      '250 2.1.0 Sender OK', '535 5.7.3 Authentication unsuccessful [AM0PR10CA0001.EURPRD10.PROD.OUTLOOK.COM]',
      `MAIL FROM:<${USER}>`, '+ eyJzdGF0dXMiOiI0MDEiLCJzY2hlbWVzIjoiYmVhcmVyIn0=',
    ]) assert.equal(r.redact(line), line);
  });

  it('ignores secrets too short to be secrets', () => {
    assert.equal(new Redactor().addSecret('abc').redact('abc abcd'), 'abc abcd');
  });

  it('merge takes over the other redactor\'s secrets; wrapLog redacts before writing', () => {
    const lines: string[] = [];
    const log = new Redactor().merge(new Redactor().addSecret(SECRET)).wrapLog((l) => lines.push(l));
    log(`client_secret ${SECRET}`);
    assert.deepEqual(lines, [`client_secret ${REDACTED}`]);
  });
});
