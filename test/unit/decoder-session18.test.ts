/**
 * Messages read in the eighteenth session's development texts: Exchange Online's NDR heading when a server outside Microsoft 365
 * refused the message, in English, German, Spanish and Dutch, and Outlook's older "The following recipient(s) cannot be
 * reached" (the recipient's side; a specific reply below the heading decides), and Microsoft's CAMP tool failing to connect
 * its PowerShell session.
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
