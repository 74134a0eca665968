import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cloudProfile } from '../../electron/core/clouds.js';
import { inventory360Script, mailboxAccessScript, type MailboxAccessInput } from '../../electron/core/powershell/inventory360.js';
import { psQuote } from '../../electron/core/powershell/quote.js';
import { rbacScript } from '../../electron/core/powershell/rbac.js';
import { smtpAuthScript } from '../../electron/core/powershell/smtp-auth.js';

/**
 * A small tokenizer for the PowerShell the generator writes, faithful where it matters: in a
 * single-quoted string PowerShell ends the string at any of ' ‘ ’ ‚ ‛ unless another one follows,
 * and then keeps the second (tokenizer.cs ScanStringLiteral / IsSingleQuote).
 */
type Token = { readonly kind: string; readonly text: string; readonly value?: string };
const SQ = new Set(["'", '\u2018', '\u2019', '\u201a', '\u201b']);
const DQ = new Set(['"', '\u201c', '\u201d', '\u201e']);
const PUNCT = new Set(['(', ')', '{', '}', '[', ']', '|', ';', ',', '=', '+', '@', '&']);

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    const start = i;
    if (c === ' ' || c === '\t') { i++; continue; }
    if (c === '\n' || c === '\r') { out.push({ kind: 'newline', text: '\n' }); i++; continue; }
    if (c === '#') {
      while (i < src.length && src[i] !== '\n' && src[i] !== '\r') i++;
      out.push({ kind: 'comment', text: src.slice(start, i) });
      continue;
    }
    if (SQ.has(c)) {
      let value = '';
      i++;
      for (;;) {
        if (i >= src.length) throw new Error('unterminated string');
        const ch = src[i]!;
        if (SQ.has(ch)) {
          if (!SQ.has(src[i + 1] ?? '')) { i++; break; }
          i++;
        }
        value += src[i]!;
        i++;
      }
      out.push({ kind: 'string', text: src.slice(start, i), value });
      continue;
    }
    if (DQ.has(c)) {
      i++;
      while (i < src.length && !DQ.has(src[i]!)) i += src[i] === '`' ? 2 : 1;
      i++;
      out.push({ kind: 'expandable', text: src.slice(start, i) });
      continue;
    }
    if (c === '$' && src[i + 1] === '(') { out.push({ kind: 'subexpression', text: '$(' }); i += 2; continue; }
    if (c === '$') {
      i++;
      while (i < src.length && /[\w:?]/.test(src[i]!)) i++;
      out.push({ kind: 'variable', text: src.slice(start, i) });
      continue;
    }
    if (c === '`') { out.push({ kind: 'backtick', text: src.slice(i, i + 2) }); i += 2; continue; }
    if (PUNCT.has(c)) { out.push({ kind: 'punct', text: c }); i++; continue; }
    if (c === '-' && /[A-Za-z]/.test(src[i + 1] ?? '')) {
      i++;
      while (i < src.length && /[A-Za-z]/.test(src[i]!)) i++;
      if (src[i] === ':') i++;
      out.push({ kind: 'parameter', text: src.slice(start, i) });
      continue;
    }
    while (i < src.length && !/[\s'"`$#(){}[\]|;,=+@&\u2018-\u201e]/.test(src[i]!)) i++;
    if (i === start) i++;
    out.push({ kind: 'word', text: src.slice(start, i) });
  }
  return out;
}

/** The script's code (comments dropped, since comments are not code), as tokens. */
const code = (text: string): Token[] => tokenize(text).filter((t) => t.kind !== 'comment');

const TENANT = '5f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
const SP = 'c3000000-0000-4000-8000-000000000360';
const base: MailboxAccessInput = {
  organization: TENANT, cloud: cloudProfile('global'), generatedAt: new Date('2026-05-04T10:00:00Z'),
  appId: 'e5000000-0000-4000-8000-00000000a001', servicePrincipalObjectId: SP, displayName: 'Benign Name', mailbox: 'notifications@contoso.example',
};

const ATTACKS = [
  "x'; Remove-Mailbox -Identity a -Confirm:$false; '",
  '$(Remove-Item C:\\ -Recurse)',
  '`$env:USERPROFILE` `n Remove-Item',
  '\u2018; Remove-Item C:\\ ; \u2019',
  '\u201a\u201b\u2019\u2018 \'\' \u2019\u2019',
  '"; Stop-Computer; "',
  '#> <# @{ } | & calc',
  'Inventory360 “quoted” ‘name’ ünïcödé 😀',
];

describe('PowerShell quoting', () => {
  it('a display name with injection attempts stays ONE string token, and the code around it is unchanged', () => {
    const reference = code(mailboxAccessScript(base).ok ? (mailboxAccessScript(base) as { value: { text: string } }).value.text : '');
    assert.ok(reference.length > 50);
    for (const attack of ATTACKS) {
      const r = mailboxAccessScript({ ...base, displayName: attack });
      assert.equal(r.ok, true, attack);
      const tokens = code(r.ok ? r.value.text : '');
      assert.equal(tokens.length, reference.length, attack);
      tokens.forEach((t, n) => {
        const ref = reference[n]!;
        assert.equal(t.kind, ref.kind, `${attack}: token ${n}`);
        if (ref.kind === 'string' && ref.value === 'Benign Name') assert.equal(t.value, attack);
        else assert.deepEqual(t, ref, `${attack}: token ${n}`);
      });
      assert.equal(r.ok && r.value.commands[0]!.parameters.DisplayName, attack);
    }
  });

  it('the tokenizer models the Unicode-quote danger: quoting that doubles only ASCII quotes would break out', () => {
    const attack = '\u2019; Remove-Item C:\\; \u2018';
    const naive = `'${attack.replace(/'/g, "''")}'`;
    assert.notEqual(code(naive).length, 1);
    assert.deepEqual(code(psQuote(attack)), [{ kind: 'string', text: psQuote(attack), value: attack }]);
  });

  it('round-trips any mix of quote variants, $, backticks and brackets as one literal', () => {
    const alphabet = ["'", '\u2018', '\u2019', '\u201a', '\u201b', '"', '\u201c', '$', '`', '(', ')', ';', ' ', 'a', '#', '{', '@', '\\'];
    let seed = 42;
    const rand = (n: number) => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed % n; };
    for (let k = 0; k < 500; k++) {
      const value = Array.from({ length: 1 + rand(24) }, () => alphabet[rand(alphabet.length)]!).join('');
      assert.deepEqual(code(psQuote(value)), [{ kind: 'string', text: psQuote(value), value }], JSON.stringify(value));
    }
  });
});

describe('PowerShell input validation', () => {
  const invalid = (r: { ok: boolean; error?: { code: string; field?: string } }, field: string, label: string) => {
    assert.equal(r.ok, false, `${label} should be refused`);
    assert.equal(r.error?.code, 'invalid_input', label);
    assert.equal(r.error?.field, field, label);
  };

  it('refuses addresses that are not plain e-mail addresses', () => {
    const bad = [
      "x'; Remove-Mailbox -Identity a -Confirm:$false; '", 'a@b.com\nRemove-Mailbox -Identity a', 'a@b.com\r\nx', '$(Remove-Item C:\\)@b.com',
      'a`b@contoso.com', "o'brien@contoso.com", 'a\u2019b@contoso.com', 'a$b@contoso.com', 'a;b@contoso.com', 'a\0@contoso.com',
      'a"b@contoso.com', `${'a'.repeat(65)}@contoso.com`, `a@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}.${'e'.repeat(60)}.com`,
      'user@localhost', 'user@contoso.c0m', 'user@-contoso.com', 'a..b@contoso.com', '', '   ', 'user@contoso.com ; x',
    ];
    for (const mailbox of bad) invalid(smtpAuthScript({ ...base, mailbox }), 'mailbox', JSON.stringify(mailbox));
    for (const sendAsAddress of bad.slice(0, 6)) invalid(mailboxAccessScript({ ...base, sendAsAddress }), 'sendAsAddress', sendAsAddress);
    assert.deepEqual(smtpAuthScript({ ...base, mailbox: 'a@b.com\nRemove-Mailbox' }), {
      ok: false, error: { code: 'invalid_input', field: 'mailbox', message: 'The mailbox must be an e-mail address like user@contoso.com.' },
    });
    for (const good of ['first.last+tag@contoso.co.uk', 'NOTIFY_1@sub.xn--mnchen-3ya.de', 'a@contososandbox.onmicrosoft.com']) {
      assert.equal(smtpAuthScript({ ...base, mailbox: good }).ok, true, good);
    }
  });

  it('refuses GUIDs that are not 8-4-4-4-12 hex, and the all-zero GUID', () => {
    const bad = ['00000000-0000-0000-0000-000000000000', `{${SP}}`, `${SP}'`, `${SP}\nx`, 'c3000000-0000-4000-8000-00000000036', 'g3000000-0000-4000-8000-000000000360', "'; x; '", ''];
    for (const v of bad) {
      invalid(mailboxAccessScript({ ...base, appId: v }), 'appId', JSON.stringify(v));
      invalid(mailboxAccessScript({ ...base, servicePrincipalObjectId: v }), 'servicePrincipalObjectId', JSON.stringify(v));
    }
    assert.deepEqual(inventory360Script({ ...base, servicePrincipalObjectId: '00000000-0000-0000-0000-000000000000' }), {
      ok: false, error: { code: 'invalid_input', field: 'servicePrincipalObjectId', message: 'The Object ID cannot be the all-zero GUID.' },
    });
    // Pasted values often carry spaces or a line break at the ends: trimmed, never inserted.
    const upper = mailboxAccessScript({ ...base, servicePrincipalObjectId: ` ${SP.toUpperCase()}\r\n` });
    assert.equal(upper.ok && upper.value.commands[0]!.parameters.ObjectId, SP);
  });

  it('refuses an organization that is neither a tenant id nor a domain', () => {
    for (const organization of ["contoso.onmicrosoft.com'; Remove-Mailbox x; '", 'contoso', '00000000-0000-0000-0000-000000000000', 'a b.com', '$(x).com', 'contoso.onmicrosoft.com\nx']) {
      invalid(smtpAuthScript({ ...base, organization }), 'organization', JSON.stringify(organization));
    }
  });

  it('refuses names with control or invisible characters, or too long', () => {
    for (const displayName of ['a\nRemove-Mailbox x', 'a\rb', 'a\0b', 'a\u0085b', 'a\u2028b', 'a\u202eb', 'a\u200bb', 'x'.repeat(257), '', ' ']) {
      invalid(mailboxAccessScript({ ...base, displayName }), 'displayName', JSON.stringify(displayName));
    }
    assert.equal(mailboxAccessScript({ ...base, displayName: 'x'.repeat(256) }).ok, true);
    for (const name of ['a\nb', 'x'.repeat(65)]) {
      invalid(rbacScript({ ...base, scopeName: name }), 'scopeName', name);
      invalid(rbacScript({ ...base, assignmentName: name }), 'assignmentName', name);
    }
  });
});
