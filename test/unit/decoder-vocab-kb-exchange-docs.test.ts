/**
 * What Microsoft's Exchange documentation quotes when an app's mail through Microsoft 365 is refused
 * (vocab-kb-exchange-docs.ts): Exchange Online's "550 5.4.1 Relay Access Denied" (the recipient domain's MX or accepted
 * domain), "SPF Permanent Error" (the sender's SPF record), 4.7.500-699 IP throttling, and the empty-realm 401 of an
 * authentication policy that blocks Basic authentication. Microsoft's German page texts are not in the source.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

const first = (text: string) => decode(text).causes[0]?.category;

describe('vocabulary (Exchange docs): 550 5.4.1 Relay Access Denied', () => {
  expectFirst([
    ['550 5.4.1 Relay Access Denied', 'recipient_rejected'],
    ['Diagnostic information for administrators: #550 5.4.1 Relay Access Denied ##', 'recipient_rejected'],
    ['Relay Access Denied. The outbound connection attempt was not answered because either the remote system was busy or it was unable to take delivery of the message.', 'recipient_rejected'],
  ]);

  it('another server\'s "Relay access denied" without 5.4.1 stays a client that did not sign in', () => {
    assert.equal(first('554 5.7.1 <info@fabrikam.com>: Relay access denied'), 'not_authenticated');
    assert.equal(first('550 5.7.64 TenantAttribution; Relay Access Denied'), 'not_authenticated');
  });

  it('the sign-in is the second cause', () => {
    assert.equal(decode('550 5.4.1 Relay Access Denied').causes[1]?.category, 'not_authenticated');
  });
});

describe('vocabulary (Exchange docs): SPF Permanent Error', () => {
  expectFirst([
    ['550 5.1.0 Address rejected. Recipient address rejected: SPF Permanent Error.', 'outbound_sender_blocked'],
    ['Recipient address rejected: SPF Permanent Error', 'outbound_sender_blocked'],
  ]);
});

describe('vocabulary (Exchange docs): 4.7.500-699 IP throttling (ASxxx)', () => {
  expectFirst([
    ['451 4.7.500 Access denied, please try again later', 'throttled'],
    ['451 4.7.650 Access denied, please try again later', 'throttled'],
    ['4.7.850 Access denied, please try again later', 'throttled'],
  ]);

  it('a banned sender stays the outbound block', () => {
    assert.equal(first('550 5.7.511 Access denied, banned sender'), 'outbound_sender_blocked');
  });
});

describe('vocabulary (Exchange docs): an authentication policy blocks Basic authentication', () => {
  expectFirst([
    ['HTTP/1.1 401 Unauthorized\nServer: Microsoft-IIS/10.0\nrequest-id: 413ee498-f337-4b0d-8ad5-50d900eb1f72\nX-CalculatedBETarget: DM5PR2101MB0886.namprd21.prod.outlook.com\nX-BackEndHttpStatus: 401\nX-RequestType: Bind\nX-DiagInfo: DM5PR2101MB0886\nX-FEServer: MA1PR0101CA0031\nWWW-Authenticate: Basic Realm="",Basic Realm=""\nContent-Length: 0', 'basic_auth_used'],
  ]);

  it('another web server\'s 401 with an empty realm is no authentication policy', () => {
    assert.ok(decode('HTTP/1.1 401 Unauthorized\nServer: nginx\nWWW-Authenticate: Basic realm=""').guess);
  });
});

describe('vocabulary (Exchange docs): the server\'s reply after a product\'s wrapper decides', () => {
  it('a wrapper around 5.4.1 Relay Access Denied', () => {
    assert.equal(first('Failed to send mail: 550 5.4.1 Relay Access Denied'), 'recipient_rejected');
  });
  it('a wrapper around the IP throttling reply', () => {
    assert.equal(first('Mail could not be sent. SMTP error: 451 4.7.500 Access denied, please try again later'), 'throttled');
  });
});
