import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ImapCommandReader, tokenize, type ImapLine } from '../../electron/sandbox/exchange/imap-command-reader.js';
import { toExchangeReply } from '../../electron/sandbox/exchange/smtp-dialect.js';
import { encodeXoauth2, parseXoauth2 } from '../../electron/sandbox/exchange/xoauth2.js';

describe('XOAUTH2 initial response', () => {
  it('round-trips user and bearer token', () => {
    assert.deepEqual(parseXoauth2(encodeXoauth2('notifications@contoso.example', 'eyJ0.eyJ1.sig')),
      { user: 'notifications@contoso.example', bearer: 'eyJ0.eyJ1.sig' });
  });

  it('rejects a response without auth=Bearer, without user=, with control characters in user=, or not base64', () => {
    assert.equal(parseXoauth2(Buffer.from('user=a@b\x01auth=Basic x\x01\x01').toString('base64')), undefined);
    assert.equal(parseXoauth2(Buffer.from('auth=Bearer x\x01\x01').toString('base64')), undefined);
    assert.equal(parseXoauth2('not base64!'), undefined);
    assert.equal(parseXoauth2(Buffer.from('user=a@b\r\n* BYE\x01auth=Bearer t\x01\x01').toString('base64')), undefined);
    assert.equal(parseXoauth2(''), undefined);
  });
});

describe('IMAP command reader', () => {
  function read(chunks: readonly string[]): { lines: ImapLine[]; continuations: number } {
    const lines: ImapLine[] = [];
    let continuations = 0;
    const reader = new ImapCommandReader((l) => lines.push(l), () => { continuations++; }, () => assert.fail('too long'));
    for (const c of chunks) reader.push(Buffer.from(c));
    return { lines, continuations };
  }

  it('splits lines across chunks and tokenizes quoted strings and lists', () => {
    const { lines } = read(['a1 STATUS "Sent ', 'Items" (MESSAGES UIDNEXT)\r\na2 NOOP\r\n']);
    assert.deepEqual(lines.map(tokenize), [['a1', 'STATUS', 'Sent Items', ['MESSAGES', 'UIDNEXT']], ['a2', 'NOOP']]);
  });

  it('asks for a synchronizing literal and reads its bytes; LITERAL+ needs no "+"', () => {
    const sync = read(['a1 LOGIN {5}\r\n', 'us"er {3+}\r\npw)\r\n']);
    assert.equal(sync.continuations, 1);
    assert.deepEqual(tokenize(sync.lines[0]!), ['a1', 'LOGIN', 'us"er', 'pw)']);
  });

  it('returns undefined for unbalanced quotes or parentheses', () => {
    const { lines } = read(['a1 LIST "" "*\r\n', 'a2 STATUS INBOX (MESSAGES\r\n']);
    assert.deepEqual(lines.map(tokenize), [undefined, undefined]);
  });
});

describe('smtp-server replies in Exchange\'s words', () => {
  const conn = { secure: true, clientIp: '127.0.0.1', nowMs: Date.UTC(2026, 0, 5, 8, 9, 10) };

  it('maps the library\'s texts and keeps replies that already carry an enhanced code', () => {
    assert.deepEqual(toExchangeReply({ code: 235, data: 'Authentication successful' }, conn), { code: 235, data: '2.7.0 Authentication successful', context: false });
    assert.deepEqual(toExchangeReply({ code: 250, data: 'Accepted', context: 'MAIL_FROM_OK' }, conn), { code: 250, data: '2.1.0 Sender OK', context: false });
    assert.deepEqual(toExchangeReply({ code: 250, data: 'Accepted', context: 'RCPT_TO_OK' }, conn), { code: 250, data: '2.1.5 Recipient OK', context: false });
    // The day without a leading zero, then the trace id: the .NET ticks of the time in hex (08DE… in 2026).
    assert.match(String(toExchangeReply({ code: 220, data: 'x ESMTP', context: false }, conn).data),
      /^EXO-SANDBOX\.contoso\.example Microsoft ESMTP MAIL Service ready at Mon, 5 Jan 2026 08:09:10 \+0000 \[08DE4C31B4[0-9A-F]{6}\]$/);
    assert.deepEqual(toExchangeReply({ code: 550, data: '5.7.60 SMTP; x' }, conn), { code: 550, data: '5.7.60 SMTP; x', context: false });
    assert.match(String(toExchangeReply({ code: 538, data: 'Error: Must issue a STARTTLS command first' }, conn).data),
      /^5\.7\.4 Unrecognized authentication type \[EXO-SANDBOX\.contoso\.example 2026-01-05T08:09:10\.000Z 08DE[0-9A-F]{12}\]$/);
  });

  it('rebuilds the EHLO list as smtp.office365.com sends it: SIZE 157286400, BINARYMIME and CHUNKING before and after TLS, AUTH only after STARTTLS', () => {
    const ehlo = (secure: boolean) => toExchangeReply({ code: 250, data: ['x Nice to meet you', 'PIPELINING'], context: false }, { ...conn, secure }).data;
    assert.deepEqual(ehlo(false), ['EXO-SANDBOX.contoso.example Hello [127.0.0.1]', 'SIZE 157286400', 'PIPELINING', 'DSN', 'ENHANCEDSTATUSCODES', 'STARTTLS', '8BITMIME', 'BINARYMIME', 'CHUNKING', 'SMTPUTF8']);
    assert.deepEqual(ehlo(true), ['EXO-SANDBOX.contoso.example Hello [127.0.0.1]', 'SIZE 157286400', 'PIPELINING', 'DSN', 'ENHANCEDSTATUSCODES', 'AUTH LOGIN XOAUTH2', '8BITMIME', 'BINARYMIME', 'CHUNKING', 'SMTPUTF8']);
  });
});
