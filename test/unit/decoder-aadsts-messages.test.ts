/**
 * Microsoft's AADSTS messages recognized without their code (aadsts-messages.ts): clients and forum
 * posts often quote only the description. Texts from public threads; the code is what Microsoft's
 * list gives for the message.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { matchText } from '../../electron/core/diagnosis/match.js';

const first = (text: string): string | undefined => decode(text).causes[0]?.category;
const messageRules = (text: string): string[] => matchText(text).hits.map((h) => h.ruleId).filter((id) => id.startsWith('aadsts-message:'));

describe('AADSTS messages without their code', () => {
  it('50194: a single-tenant app on /common (the placeholder name and "multi-tenant" spelled with a hyphen)', () => {
    const text = "(APP_NAME) is not configured as a multi-tenant application. Usage of the /common endpoint is not supported for such applications created after '10/15/2018'. Use a tenant-specific endpoint or configure the application to be multi-tenant.";
    assert.deepEqual(messageRules(text), ['aadsts-message:50194']);
    assert.equal(first(text), 'wrong_tenant_or_app');
  });

  it('90130: an app not supported over /common or /consumers', () => {
    assert.equal(first('Application ... is not supported over the /common or /consumers endpoints. Please use the /organizations or tenant-specific endpoint.'), 'wrong_tenant_or_app');
  });

  it('700025: a public client that sends a secret, quoted inside a sentence', () => {
    assert.equal(first(`The error message, "Client is public so neither 'client_assertion' nor 'client_secret' should be presented," indicates a mismatch`), 'public_vs_confidential_client');
  });

  it('a shared opening does not decide: "the input parameter \'redirect_uri\'" is not the scope message', () => {
    const text = "Invalid_request: The provided value for the input parameter 'redirect_uri' is not valid. The expected value is a URI which matches a redirect URI registered for this client application.";
    assert.deepEqual(messageRules(text), []);
    assert.equal(first(text), 'redirect_uri_mismatch');
  });

  it('a few words in common are not a message: "the scope requested by the client application" is not 70011', () => {
    assert.deepEqual(messageRules('The user has denied access to the scope requested by the client application.'), []);
  });

  it('with the code present, the code decides and its message adds no second hit', () => {
    const text = "AADSTS50194: Application 'a1b2'(Contoso Mail) is not configured as a multi-tenant application. Usage of the /common endpoint is not supported for such applications created after '10/15/2018'.";
    assert.deepEqual(messageRules(text), []);
    assert.equal(first(text), 'wrong_tenant_or_app');
  });
});
