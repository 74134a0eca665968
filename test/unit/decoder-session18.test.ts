/**
 * Messages read in the eighteenth session's development texts: Exchange Online's NDR heading when a server outside Microsoft 365
 * refused the message, in English, German, Spanish and Dutch, and Outlook's older "The following recipient(s) cannot be
 * reached" (the recipient's side; a specific reply below the heading decides), and Microsoft's CAMP tool failing to connect
 * its PowerShell session. From the second round (dev54): Node's EPROTO only as a word (not inside "theprotocol" or nodemailer's
 * EPROTOCOL), an unknown AADSTS code whose message speaks of a device code (not a device's compliance), no refresh token for
 * want of offline_access, AADSTS90027's "unable to issue tokens from this API version" without its code, and a bare "Not authorized".
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';

const causes = (text: string) => decode(text).causes.map((c) => c.category);

describe('the NDR heading of a refusal outside Microsoft 365: the recipient\'s side, unless the reply below says more', () => {
  for (const text of [
    'mail.example.net rejected your message to the following email addresses:\nsomeone@example.net (someone@example.net)',
    'mailin.example.de hat Ihre Nachricht an die folgenden E-Mail-Adressen zurückgewiesen.\npaul@example.org (paul@example.org)',
    'kundenserver.example rechazó tus mensajes a las siguientes direcciones de correo:',
    'mail.example.sr heeft uw bericht naar de volgende e-mailadressen geweigerd:',
    'Your message did not reach some or all of the intended recipients.\nThe following recipient(s) cannot be reached:',
    "No se puede localizar a los destinatarios siguientes:\n'<a@example.es' en 16/03/2020 16:48\nError del servidor: '501 Syntax error in parameters or arguments'",
  ]) {
    it(text.slice(0, 60), () => {
      const r = decode(text);
      assert.ok(!r.guess, 'a known message');
      assert.deepEqual(r.causes.map((c) => c.category).slice(0, 2), ['recipient_rejected', 'outbound_sender_blocked']);
    });
  }

  it("a specific reply below the heading decides (here the sender's organization refuses external forwarding)", () => {
    const text = "mail.example.net rejected your message to the following email addresses:\na@example.net\nRemote Server returned '550 5.7.520 Access denied, Your organization does not allow external forwarding. Please contact your administrator for further assistance. AS(7555)'";
    assert.equal(causes(text)[0], 'outbound_sender_blocked');
  });

  it('"recipient" alone, without the heading\'s words, is not it', () => {
    assert.ok(decode('The recipient cannot be reached by phone').guess);
  });
});

describe("Microsoft's CAMP tool: its PowerShell connection failed", () => {
  it('reads "There was an issue in connecting to Security & Compliance Center" as the PowerShell session', () => {
    const text = 'Error:06/07/2023 10:23:34 There was an issue in connecting to Security & Compliance Center. Please try running the tool again after some time.';
    assert.deepEqual(causes(text).slice(0, 2), ['exchange_powershell_not_ready', 'network_blocked']);
    assert.equal(causes('There was an issue in connecting to Exchange Online. Please try running the tool again after some time.')[0], 'exchange_powershell_not_ready');
  });
});

describe('second round: words that were read as something else', () => {
  it('reads EPROTO only as a word: not inside a wrapped "theprotocol", nor nodemailer\'s EPROTOCOL', () => {
    assert.equal(causes('Error: write EPROTO 140000:error:0A00010B:SSL routines:ssl3_get_record:wrong version number')[0], 'tls_problem');
    const wrapped = 'Please contact the application vendor as they need to use version 2.0 of the\nprotocol to support this.';
    assert.ok(!causes(wrapped).includes('tls_problem'), causes(wrapped).join(', '));
    const greeting = "Error: Invalid greeting from server:\n451 Request action aborted on MFE proxy, SMTP server is not available.\n  code: 'EPROTOCOL',";
    assert.ok(!causes(greeting).includes('tls_problem'), causes(greeting).join(', '));
  });

  it('reads a device code that expired as a token, a device that is not compliant as a policy', () => {
    assert.equal(causes("AADSTS70020: The provided value for the input parameter 'device_code' is not valid. This device code has expired.")[0], 'token_expired_or_invalid');
    assert.equal(causes('AADSTS99999: The device is not compliant.')[0], 'security_policy_blocks');
  });

  it('reads a missing refresh token for want of offline_access as the scope asked for, then the token', () => {
    const text = 'No refresh token found in response. Refresh tokens are required to update access tokens when they expire. Are you missing the offline_access scope in the OAuth integration configuration?';
    assert.deepEqual(causes(text).slice(0, 2), ['wrong_scope_or_resource', 'token_expired_or_invalid']);
  });

  it('reads "unable to issue tokens from this API version" as the endpoint and account type, with or without AADSTS90027', () => {
    assert.equal(causes('Sorry, but we\'re having trouble signing you in.\nAADSTS5OO2O1 : We are unable to issue tokens from this\nAPI version for a Microsoft account.')[0], 'wrong_tenant_or_app');
    assert.equal(causes('AADSTS90027: We are unable to issue tokens from this API version on the MSA tenant.')[0], 'wrong_tenant_or_app');
  });
});

describe('a bare "Not authorized" is a guess about a right, not "not recognised"', () => {
  it('guesses the consent or the mailbox right for "Not authorized", and leaves "not authorized to relay" to the relay words', () => {
    const bare = decode('Not authorized');
    assert.ok(bare.guess);
    assert.deepEqual(bare.causes.map((c) => c.category).slice(0, 2), ['consent_missing', 'mailbox_permission_missing']);
    assert.equal(causes('You are not authorized to relay')[0], 'not_authenticated');
  });
});
