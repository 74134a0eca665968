/**
 * Secrets a paste carries in forms the single-line patterns miss: a token cut across lines by a terminal or a mail, and the
 * credentials of a pasted SMTP or IMAP transcript (SASL initial responses, AUTH LOGIN's password line, IMAP LOGIN, HTTP Basic).
 * And the words around them that must stay: the decoder reads them.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { redactSecrets } from '../../electron/core/diagnosis/redact.js';
import { decode } from '../../electron/core/diagnosis/decode.js';

const JWT = 'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJodHRwczovL291dGxvb2sub2ZmaWNlMzY1LmNvbSJ9.Zm9vYmFyQmF6MTIzNDU2Nzg5MGFiY2RlZg';
const SECRET = 'Abc8Q~xYz0123456789abcdefghijKLMNOPqrstu';
const XOAUTH2 = 'dXNlcj1pbmZvQGNvbnRvc28uZGUBYXV0aD1CZWFyZXIgZXlKMGVYQWlPaUpLVjFRaUxDSmhiR2NpT2lKU1V6STFOaUo5AQE=';

/** The text cut every `width` characters, as a terminal shows it. */
const wrapped = (text: string, width: number): string => text.replace(new RegExp(`([^\\n]{${width}})`, 'g'), '$1\n');

/** Every piece of the secret of at least `min` characters that is still in the text. */
function piecesLeft(text: string, secret: string, min = 6): string[] {
  const left: string[] = [];
  for (let i = 0; i + min <= secret.length; i++) if (text.includes(secret.slice(i, i + min))) left.push(secret.slice(i, i + min));
  return left;
}

describe('a secret cut across lines is redacted in every piece', () => {
  for (const width of [20, 33, 47, 60]) {
    it(`a JWT, an Entra client secret and an XOAUTH2 blob cut at ${width} columns`, () => {
      for (const secret of [JWT, SECRET, XOAUTH2]) {
        const out = redactSecrets(wrapped(`C: AUTH XOAUTH2 ${secret}\nS: 535 5.7.3 Authentication unsuccessful`, width));
        assert.deepEqual(piecesLeft(out, secret.replace(/[.=]/g, '')), [], out);
        assert.match(out.replace(/\n/g, ''), /S: 535 5\.7\.3 Authentication unsuccessful/);
      }
    });
  }

  it('a client secret split in two halves, each too short for the patterns alone', () => {
    const out = redactSecrets(`client secret: ${SECRET.slice(0, 18)}\n${SECRET.slice(18)}\nAADSTS7000215: Invalid client secret provided.`);
    assert.deepEqual(piecesLeft(out, SECRET), [], out);
    assert.match(out, /AADSTS7000215: Invalid client secret provided\./);
  });
});

describe('the words next to a line break stay', () => {
  it('an EHLO list one per line, a trace id before "Correlation", a path', () => {
    for (const text of [
      '250-ENHANCEDSTATUSCODES\n250-PIPELINING\nENHANCEDSTATUSCODES\nPIPELINING\nCHUNKING\nSMTPUTF8\nTraceback (most recent call last):',
      'Request Id: 994b2d0c-dcda-4176-bf3b-9bfb526e3000\nCorrelation Id: 2ec5e22c-fba6-4fe2-bbd8-23b0f1c2d3e4',
      'called at /usr/share/perl/vendor_perl/Mail\n/IMAPClient.pm line 1436',
    ]) assert.equal(redactSecrets(text), text);
  });

  it('the word that starts the next line after a blob ends with its line', () => {
    assert.equal(
      redactSecrets('C: A00000001 AUTHENTICATE PLAIN AEhSLVJlc3VtZXNAYW1yZXN0LmFzaWEAMTExMTEx\nS: A00000001 NO AUTHENTICATE failed.'),
      'C: A00000001 AUTHENTICATE PLAIN [redacted]\nS: A00000001 NO AUTHENTICATE failed.',
    );
  });

  it('a key=value is not read into the next line', () => {
    assert.equal(redactSecrets('password=hunter2\nServer=smtp.office365.com'), 'password=[redacted]\nServer=smtp.office365.com');
  });
});

describe("a transcript's credentials", () => {
  it('SASL initial responses, AUTH LOGIN\'s password line and HTTP Basic, however short', () => {
    assert.equal(redactSecrets('C: AUTH PLAIN AHVzZXIAcGFzcw=='), 'C: AUTH PLAIN [redacted]');
    assert.equal(redactSecrets('C: a1 AUTHENTICATE PLAIN AFBAc3N3MHJkMTIzNA=='), 'C: a1 AUTHENTICATE PLAIN [redacted]');
    assert.equal(redactSecrets('S: 334 UGFzc3dvcmQ6\nC: cGFzczEyMw==\nS: 535 5.7.3'), 'S: 334 UGFzc3dvcmQ6\nC: [redacted]\nS: 535 5.7.3');
    assert.equal(redactSecrets('Proxy-Authorization: Basic dXNlcjpwYXNz'), 'Proxy-Authorization: Basic [redacted]');
  });

  it("IMAP LOGIN's password, quoted or not; the user and the server's reply stay", () => {
    assert.equal(redactSecrets('C: A00000002 LOGIN "me@work.com" "geh eim"'), 'C: A00000002 LOGIN "me@work.com" [redacted]');
    assert.equal(redactSecrets('a2 login me@work.com 111111\na2 NO LOGIN failed.'), 'a2 login me@work.com [redacted]\na2 NO LOGIN failed.');
  });

  it('leaves mechanism lists, replies and the words "Basic authentication" alone', () => {
    for (const text of [
      '250-AUTH LOGIN PLAIN XOAUTH2',
      '250-AUTH LOGIN XOAUTH2',
      'C: AUTH LOGIN\nS: 334 VXNlcm5hbWU6',
      'S: A00000002 NO LOGIN failed.',
      'Basic authentication is disabled for SMTP AUTH (5.7.139)',
      'WWW-Authenticate: Basic realm="mail.contoso.com"',
      'WWW-Authenticate: Basic realm=outlook.office365.com',
      'NO AUTHENTICATE failed.',
    ]) assert.equal(redactSecrets(text), text);
  });
});

describe('the decoder quotes no piece of them', () => {
  it('a transcript with a wrapped XOAUTH2 blob and an IMAP password', () => {
    const text = wrapped(`C: A1 AUTHENTICATE XOAUTH2 ${XOAUTH2}\nS: A1 NO AUTHENTICATE failed.\nC: A2 LOGIN "info@contoso.de" "Sommer2026!"\nS: A2 NO LOGIN failed.`, 40);
    const { causes } = decode(text);
    assert.ok(causes.length > 0);
    const quoted = causes.flatMap((c) => c.evidence).join('\n');
    assert.deepEqual(piecesLeft(quoted, XOAUTH2.replace(/=/g, '')), [], quoted);
    assert.ok(!quoted.includes('Sommer2026'), quoted);
  });
});
