/**
 * Messages read in the nineteenth session's development texts: an Entra code without its AADSTS prefix as Markdown and JSON
 * carry it ("**Error Code:** 53003", "error_code: 90023", "error_codes":[…]), and workload identity federation's "No matching
 * federated identity record found" (AADSTS70021 and 700213, the app's federated credential).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';

const causes = (text: string) => decode(text).causes.map((c) => c.category);

describe('an Entra code without its prefix, as Markdown and JSON carry it', () => {
  for (const [text, category] of [
    ['**Error Code:** 53003', 'security_policy_blocks'],
    ['**Error Code:** 50105', 'user_not_assigned'],
    ['error_code: 50126', 'not_authenticated'],
    ['"error_codes":[700016]', 'wrong_tenant_or_app'],
  ] as const) {
    it(text, () => {
      const r = decode(text);
      assert.ok(!r.guess, 'a known code');
      assert.equal(r.causes[0]?.category, category);
    });
  }

  it('a number below 50000 after "error code" is another product\'s', () => {
    assert.notEqual(causes('**Error Code:** 40001')[0], 'security_policy_blocks');
    assert.ok(decode('**Error Code:** 40001').guess || decode('**Error Code:** 40001').causes.length === 0);
  });
});

describe("workload identity federation: no federated credential matches the presented token (the app's credential)", () => {
  for (const text of [
    "AADSTS700213: No matching federated identity record found for presented assertion subject 'system:serviceaccount:ns:sa'. Check your federated identity credential Subject, Audience and Issuer against the presented assertion.",
    '{"error":"invalid_request","error_description":"AADSTS70021: No matching federated identity record found for presented assertion. Assertion Issuer: \'https://kubernetes.default.svc.cluster.local\'."}',
  ]) {
    it(text.slice(0, 60), () => {
      assert.equal(causes(text)[0], 'bad_client_secret');
    });
  }
});
