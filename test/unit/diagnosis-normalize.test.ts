import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { excerptAt } from '../../electron/core/diagnosis/match.js';
import { textViews } from '../../electron/core/diagnosis/normalize.js';
import { redactSecrets } from '../../electron/core/diagnosis/redact.js';

describe('normalize: the two views of pasted text', () => {
  it('unescapes JSON (also JSON inside JSON), Python bytes and \\u escapes', () => {
    assert.deepEqual(textViews('"AADSTS50011: The redirect URI \\u0027https://x\\u0027 does\\r\\nnot match"'), {
      spaced: "\"AADSTS50011: The redirect URI 'https://x' does not match\"",
      joined: "\"AADSTS50011: The redirect URI 'https://x' doesnot match\"",
    });
    assert.equal(textViews('{"m":"{\\"e\\":\\"a\\\\r\\\\nb\\"}"}').spaced, '{"m":"{"e":"a b"}"}');
    assert.equal(textViews("b'5.7.139 doesn\\'t'").spaced, "b'5.7.139 doesn't'");
  });

  it('joins codes and words broken across lines in the joined view only', () => {
    assert.deepEqual(textViews('535 5.7.\r\n139 dis\n   abled'), { spaced: '535 5.7. 139 dis abled', joined: '535 5.7.139 disabled' });
  });

  it('decodes query strings, HTML entities and quoted-printable', () => {
    assert.equal(textViews('?error=access_denied&error_description=AADSTS65004%3a+User+declined').spaced, '?error=access_denied&error_description=AADSTS65004: User declined');
    assert.equal(textViews('doesn&#39;t allow&nbsp;this<br>next').spaced, "doesn't allow this next");
    assert.equal(textViews('Smtp=\nClientAuthentication =3D off').spaced, 'SmtpClientAuthentication = off');
  });

  it('removes control characters, zero-width characters and typographic quotes', () => {
    assert.equal(textViews('5.7.\u200b139\u0000 \u201cquoted\u201d it\u2019s').spaced, '5.7.139 "quoted" it\'s');
    assert.equal(textViews('Error \u2014 Check \u2013 this\u2212that').spaced, 'Error - Check - this-that');
  });
});

describe('redaction of token-looking strings', () => {
  it('JWTs, Bearer tokens, secret fields, Entra secrets and XOAUTH2 blobs', () => {
    const jwt = 'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJodHRwczovL291dGxvb2sub2ZmaWNlMzY1LmNvbSJ9.c2lnbmF0dXJlX2hlcmU';
    assert.equal(redactSecrets(`token ${jwt} end`), 'token [redacted] end');
    assert.equal(redactSecrets('Authorization: Bearer 0.ARoAv4j5cvGGr0GRqy180BHbR'), 'Authorization: Bearer [redacted]');
    assert.equal(redactSecrets('client_secret=abc123def456&grant_type=client_credentials'), 'client_secret=[redacted]&grant_type=client_credentials');
    assert.equal(redactSecrets('"refresh_token": "M.C509_BAY.0.U.-Ck1abc"'), '"refresh_token": "[redacted]"');
    assert.equal(redactSecrets('secret Abc8Q~xYz0123456789abcdefghijKLMNOPqrstu copied'), 'secret [redacted] copied');
    assert.equal(redactSecrets('AUTH XOAUTH2 dXNlcj1pbmZvQGNvbnRvc28uZGUBYXV0aD1CZWFyZXIgZXlKMGVYQWlPaUpLVjFRaUxDSmhiR2NpT2lKU1V6STFOaUo5AQE='), 'AUTH XOAUTH2 [redacted]');
  });

  it('leaves codes, GUIDs, host names and exception names alone', () => {
    const text = 'AADSTS7000215 Trace ID: 0b7e4a1c-5f3d-4e2b-9a1d-1c2d3e4f5a6b [AM0PR01CA0123.eurprd01.prod.exchangelabs.com] STOREDRV.Submission.Exception:ConnectionFailedTransientException.MapiExceptionLogonFailed';
    assert.equal(redactSecrets(text), text);
  });

  it('evidence never carries the token that was pasted with the error', () => {
    const jwt = 'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJodHRwczovL2dyYXBoLm1pY3Jvc29mdC5jb20ifQ.c2ln';
    const { causes } = decode(`C: AUTH XOAUTH2 user=info@contoso.de\\x01auth=Bearer ${jwt}\\x01\\x01\nS: 535 5.7.3 Authentication unsuccessful`);
    assert.equal(causes[0]?.category, 'smtp_auth_failed_generic');
    assert.ok(causes.every((c) => c.evidence.every((e) => !e.includes('eyJ') && e.includes('[redacted]'))));
  });
});

describe('excerpt', () => {
  it('cuts at word boundaries and marks the cuts', () => {
    const view = `${'word '.repeat(30)}535 5.7.3 Authentication unsuccessful ${'tail '.repeat(40)}`;
    const index = view.indexOf('5.7.3');
    assert.equal(
      excerptAt(view, index, 5),
      `…${'word '.repeat(11)}535 5.7.3 Authentication unsuccessful ${'tail '.repeat(13)}tail…`,
    );
  });

  it('shows the beginning of a long match, not all of it', () => {
    // A rule reading two parts of a message far apart in a big paste matches everything between them.
    const view = `AADSTS65001 ${'filler text '.repeat(20_000)}consent_required`;
    const excerpt = excerptAt(view, 0, view.length);
    assert.ok(excerpt.startsWith('AADSTS65001 filler'));
    assert.ok(excerpt.endsWith('…'));
    assert.ok(excerpt.length < 600, String(excerpt.length));
  });
});
