/**
 * The ETRON sign-in window's decisions (electron/shell/etron-sign-in-policy.ts): what loads, which
 * address is ETRON's redirect (caught, never loaded), and what an Entra error page means.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ETRON_SIGN_IN_WEB_PREFERENCES, SECURE_WEB_PREFERENCES } from '../../electron/shell/web-preferences.js';
import { etronNavigation, etronWindowFailure, signInPageError } from '../../electron/shell/etron-sign-in-policy.js';

const REDIRECT = 'https://acme.wawi.onretail.eu/microsoft_outlook/confirm';

describe('ETRON sign-in window policy', () => {
  it('catches the redirect to ETRON with its code, before it is loaded', () => {
    const url = `${REDIRECT}?code=0.AAA&state=xyz&session_state=1`;
    assert.deepEqual(etronNavigation(url, REDIRECT), { kind: 'catch', url });
    assert.equal(etronNavigation(`${REDIRECT}?error=access_denied&error_description=AADSTS65004`, REDIRECT).kind, 'catch');
  });

  it("loads Microsoft's sign-in pages of every known cloud, https only", () => {
    for (const host of ['login.microsoftonline.com', 'login.microsoftonline.us', 'login.partner.microsoftonline.cn']) {
      assert.deepEqual(etronNavigation(`https://${host}/common/oauth2/v2.0/authorize?client_id=x`, REDIRECT), { kind: 'allow' });
    }
    assert.deepEqual(etronNavigation('http://login.microsoftonline.com/common/login', REDIRECT), { kind: 'block', reason: 'not-https' });
  });

  it('blocks everything else: another ETRON page, a look-alike host, a port, a federated IdP, nonsense', () => {
    assert.deepEqual(etronNavigation('https://acme.wawi.onretail.eu/web/login', REDIRECT), { kind: 'block', reason: 'left-microsoft' });
    assert.deepEqual(etronNavigation('https://other.wawi.onretail.eu/microsoft_outlook/confirm?code=1', REDIRECT), { kind: 'block', reason: 'left-microsoft' });
    assert.deepEqual(etronNavigation('https://login.microsoftonline.com.evil.example/', REDIRECT), { kind: 'block', reason: 'left-microsoft' });
    assert.deepEqual(etronNavigation('https://login.microsoftonline.com:8443/', REDIRECT), { kind: 'block', reason: 'left-microsoft' });
    assert.deepEqual(etronNavigation('https://adfs.contoso.com/adfs/ls/?wa=wsignin1.0', REDIRECT), { kind: 'block', reason: 'left-microsoft' });
    assert.deepEqual(etronNavigation('not a url', REDIRECT), { kind: 'block', reason: 'not-https' });
    assert.deepEqual(etronNavigation('http://acme.wawi.onretail.eu/microsoft_outlook/confirm?code=1', REDIRECT), { kind: 'block', reason: 'not-https' });
  });

  it("an Entra error page's AADSTS line is the sign-in's error; the sign-in form is none", () => {
    const page = "Sign in\nSorry, but we're having trouble signing you in.\n\nAADSTS50105: Your administrator has configured the application ETRON onRetail ('1b2c') to block users unless they are specifically granted ('assigned') access to the application.\nTroubleshooting details";
    assert.equal(signInPageError(page), "AADSTS50105: Your administrator has configured the application ETRON onRetail ('1b2c') to block users unless they are specifically granted ('assigned') access to the application.");
    assert.equal(signInPageError('Sign in\nEmail, phone, or Skype\nNext'), undefined);
  });

  it('every other end of the window is a plain sentence', () => {
    assert.match(etronWindowFailure('closed'), /closed/);
    assert.match(etronWindowFailure('left-microsoft'), /federated/);
    assert.equal(etronWindowFailure('closed', 'AADSTS50011: x'), 'AADSTS50011: x');
  });

  it('the window gets the secure web preferences, no preload', () => {
    assert.deepEqual(ETRON_SIGN_IN_WEB_PREFERENCES, SECURE_WEB_PREFERENCES);
    assert.equal('preload' in ETRON_SIGN_IN_WEB_PREFERENCES, false);
  });
});
