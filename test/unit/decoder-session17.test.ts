/**
 * Messages read in the seventeenth session's development texts: a server's own temporary failure (Exchange's "451 4.4.4
 * Temporary server error", "Exchange Online is temporarily unavailable", EWS's "(503) Service Unavailable") — waiting first,
 * a reply the client cannot act on second; the front end's PRXn deferrals stay their own rules'. Exchange Online PowerShell's
 * "Micro delay applied" warning in English and its translations (throttling), and Direct Send refused (5.7.68) with the
 * organization's refusal of the sender second.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';

const causes = (text: string) => decode(text).causes.map((c) => c.category);

describe("a server's temporary failure: waiting first, the server's reply second", () => {
  for (const text of [
    '451 4.4.4 Temporary server error. Please try again later ATTR3',
    '421 4.7.0 Temporary Failure Exchange Online is temporarily unavailable. Retry the delivery later.',
    'microsoft.exchange.webservices.data.core.exception.service.remote.ServiceRequestException: The request failed. The request failed. The remote server returned an error: (503)Service Unavailable',
  ]) {
    it(text.slice(0, 60), () => assert.deepEqual(causes(text).slice(0, 2), ['throttled', 'unexpected_server_reply']));
  }

  it("the front end's PRX deferral is not read as this", () => {
    assert.notEqual(causes('451 4.7.0 Temporary server error. Please try again later. PRX5')[1], 'unexpected_server_reply');
  });
});

describe("Exchange Online PowerShell's throttling warning, in English and its translations", () => {
  for (const text of [
    'You might see "Micro delay applied" warnings or delays when you run scripts and cmdlets in Exchange Online.',
    'WARNING: Micro delay applied. Actual delayed: 21956 msecs, Enforced: True',
    'Möglicherweise wird beim Ausführen von Skripts und Cmdlets in Exchange Online die Warnung "Mikroverzögerung angewendet" angezeigt.',
    '在 Exchange Online 中运行脚本和 cmdlet 时，可能会看到“已应用微延迟”警告或延迟。',
  ]) {
    it(text.slice(0, 60), () => assert.equal(causes(text)[0], 'throttled'));
  }
});

describe("Direct Send refused: the sender's authentication first, the organization's refusal of the sender second", () => {
  it('550 5.7.68 TenantInboundAttribution', () => {
    const text = '550 5.7.68 TenantInboundAttribution; Direct Send not allowed for this organization from unauthorized sources';
    assert.deepEqual(causes(text).slice(0, 2), ['not_authenticated', 'outbound_sender_blocked']);
  });
});
