import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  adminCenterUserMailUrl, adminConsentUrlV1, adminConsentUrlV2, appRegistrationUrl, enterpriseAppOverviewUrl,
  enterpriseAppPermissionsUrl, enterpriseAppsListUrl, exchangeAppConsentUrl,
} from '../../electron/core/clouds-links.js';
import { CLOUD_IDS, cloudProfile, graphScope, isCloudId, type CloudField, type CloudProfile } from '../../electron/core/clouds.js';

const SANDBOX = {
  authority: 'https://127.0.0.1:41001/5f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
  graph: 'https://127.0.0.1:41002',
  smtp: { host: '127.0.0.1', port: 41003 },
  imap: { host: '127.0.0.1', port: 41004 },
};

const FIELDS: readonly CloudField[] = [
  'authorityHost', 'graphEndpoint', 'smtp', 'imap', 'scopes', 'adminCenter', 'entraPortal', 'azurePortal',
  'exchangeEnvironmentName', 'adminConsentUrls', 'portalDeepLinks',
];

const profileOf = (id: (typeof CLOUD_IDS)[number]): CloudProfile => cloudProfile(id, SANDBOX)!;
const TENANT = '5f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
const SP = 'c3000000-0000-4000-8000-000000000360';
const APP = '15dd278a-3da9-4654-9edd-568380df74d0';

describe('clouds table', () => {
  it('gives every cloud every field, https origins without a trailing slash, 587 STARTTLS and 993 TLS', () => {
    for (const id of CLOUD_IDS) {
      const p = profileOf(id);
      assert.equal(p.id, id);
      for (const origin of [p.authorityHost, p.graphEndpoint, p.adminCenter, p.entraPortal, p.azurePortal]) {
        assert.match(origin, /^https:\/\/[a-z0-9.-]+(:\d+)?$/, `${id}: ${origin}`);
      }
      assert.ok(p.displayName.length > 0);
      assert.ok(p.smtp.host.length > 0 && p.imap.host.length > 0);
      assert.equal(p.smtp.security, 'starttls');
      assert.equal(p.imap.security, 'tls');
      if (id !== 'sandbox') assert.deepEqual([p.smtp.port, p.imap.port], [587, 993]);
      assert.deepEqual(Object.keys(p.confidence).sort(), [...FIELDS].sort());
      assert.equal(p.scopes.delegatedSmtp.length, 2);
      assert.equal(p.scopes.delegatedSmtp[1], 'offline_access');
      assert.equal(p.scopes.appOnly.length, 1);
      assert.match(p.scopes.appOnly[0]!, /^https:\/\/[a-z0-9.-]+\/\.default$/);
    }
  });

  it('has the worldwide values of M365-REFERENCE §1.4 and §2', () => {
    const p = profileOf('global');
    assert.deepEqual(
      [p.authorityHost, p.graphEndpoint, `${p.smtp.host}:${p.smtp.port}`, `${p.imap.host}:${p.imap.port}`, p.adminCenter, p.entraPortal, p.azurePortal],
      ['https://login.microsoftonline.com', 'https://graph.microsoft.com', 'smtp.office365.com:587', 'outlook.office365.com:993',
        'https://admin.microsoft.com', 'https://entra.microsoft.com', 'https://portal.azure.com'],
    );
    assert.deepEqual(p.scopes, {
      delegatedSmtp: ['https://outlook.office.com/SMTP.Send', 'offline_access'],
      delegatedImap: ['https://outlook.office.com/IMAP.AccessAsUser.All', 'offline_access'],
      appOnly: ['https://outlook.office365.com/.default'],
      graphScopePrefix: 'https://graph.microsoft.com/',
      adminConsentSmtpApp: 'https://outlook.office365.com/.default',
      adminConsentImapPopApp: 'https://ps.outlook.com/.default',
    });
    assert.equal(graphScope(p, 'Application.Read.All'), 'https://graph.microsoft.com/Application.Read.All');
    assert.equal(p.exchangeEnvironmentName, undefined);
    assert.equal(p.confidence.smtp, 'documented');
    assert.equal(p.confidence.portalDeepLinks, 'unverified');
  });

  it('has the national clouds of §2, with their ⚠ values marked unverified', () => {
    const row = (id: (typeof CLOUD_IDS)[number]) => {
      const p = profileOf(id);
      return [p.authorityHost, p.graphEndpoint, p.smtp.host, p.imap.host, p.adminCenter, p.entraPortal, p.azurePortal,
        p.exchangeEnvironmentName, p.scopes.appOnly[0], graphScope(p, 'User.Read')];
    };
    assert.deepEqual(row('usgov-gcchigh'), ['https://login.microsoftonline.us', 'https://graph.microsoft.us', 'outlook.office365.us',
      'outlook.office365.us', 'https://portal.office365.us', 'https://entra.microsoft.us', 'https://portal.azure.us', 'O365USGovGCCHigh',
      'https://outlook.office365.us/.default', 'https://graph.microsoft.us/User.Read']);
    assert.deepEqual(row('usgov-dod'), ['https://login.microsoftonline.us', 'https://dod-graph.microsoft.us', 'outlook-dod.office365.us',
      'outlook-dod.office365.us', 'https://portal.apps.mil', 'https://entra.microsoft.us', 'https://portal.azure.us', 'O365USGovDoD',
      'https://outlook-dod.office365.us/.default', 'https://dod-graph.microsoft.us/User.Read']);
    assert.deepEqual(row('china'), ['https://login.partner.microsoftonline.cn', 'https://microsoftgraph.chinacloudapi.cn',
      'smtp.partner.outlook.cn', 'partner.outlook.cn', 'https://portal.partner.microsoftonline.cn', 'https://entra.microsoftonline.cn',
      'https://portal.azure.cn', 'O365China', 'https://partner.outlook.cn/.default', 'https://microsoftgraph.chinacloudapi.cn/User.Read']);
    const unverified = (id: (typeof CLOUD_IDS)[number]) => FIELDS.filter((f) => profileOf(id).confidence[f] === 'unverified');
    assert.deepEqual(unverified('usgov-gcchigh'), ['scopes', 'adminConsentUrls', 'portalDeepLinks']);
    assert.deepEqual(unverified('usgov-dod'), ['scopes', 'adminConsentUrls', 'portalDeepLinks']);
    assert.deepEqual(unverified('china'), ['smtp', 'imap', 'scopes', 'adminCenter', 'adminConsentUrls', 'portalDeepLinks']);
  });

  it('builds the sandbox profile from the running sandbox, with the worldwide scopes its Entra understands', () => {
    const p = profileOf('sandbox');
    assert.deepEqual(
      [p.authorityHost, p.graphEndpoint, p.smtp, p.imap, p.adminCenter, p.exchangeEnvironmentName],
      ['https://127.0.0.1:41001', 'https://127.0.0.1:41002', { host: '127.0.0.1', port: 41003, security: 'starttls' },
        { host: '127.0.0.1', port: 41004, security: 'tls' }, 'https://127.0.0.1:41001', undefined],
    );
    assert.deepEqual(p.scopes, profileOf('global').scopes);
    assert.equal(cloudProfile('sandbox', undefined as never), undefined);
    assert.equal(cloudProfile('mars' as never), undefined);
    assert.equal(cloudProfile('__proto__' as never), undefined);
    assert.equal(isCloudId('usgov-dod'), true);
    assert.equal(isCloudId('gcc'), false);
  });
});

describe('consent URLs and portal deep links', () => {
  const global = profileOf('global');

  it('builds the v1 and v2 admin-consent URLs', () => {
    assert.equal(adminConsentUrlV1(global, TENANT, APP),
      `https://login.microsoftonline.com/${TENANT}/adminconsent?client_id=${APP}`);
    assert.equal(adminConsentUrlV2(global, {
      tenant: 'contoso.onmicrosoft.com', clientId: APP, redirectUri: 'http://localhost:5173/consent?x=1',
      scopes: ['https://graph.microsoft.com/.default'], state: 'a b&c',
    }), `https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0/adminconsent?client_id=${APP}` +
      '&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default&redirect_uri=http%3A%2F%2Flocalhost%3A5173%2Fconsent%3Fx%3D1&state=a%20b%26c');
  });

  it('builds the Exchange app-permission consent with outlook.office365.com (SMTP) or ps.outlook.com (IMAP/POP)', () => {
    const base = { tenant: TENANT, clientId: APP, redirectUri: 'https://app.example/cb' };
    assert.equal(exchangeAppConsentUrl(global, { ...base, protocol: 'smtp' }),
      `https://login.microsoftonline.com/${TENANT}/v2.0/adminconsent?client_id=${APP}` +
      '&scope=https%3A%2F%2Foutlook.office365.com%2F.default&redirect_uri=https%3A%2F%2Fapp.example%2Fcb');
    assert.equal(exchangeAppConsentUrl(global, { ...base, protocol: 'imap-pop' }),
      `https://login.microsoftonline.com/${TENANT}/v2.0/adminconsent?client_id=${APP}` +
      '&scope=https%3A%2F%2Fps.outlook.com%2F.default&redirect_uri=https%3A%2F%2Fapp.example%2Fcb');
    assert.equal(adminConsentUrlV1(profileOf('china'), TENANT, APP),
      `https://login.partner.microsoftonline.cn/${TENANT}/adminconsent?client_id=${APP}`);
    assert.equal(adminConsentUrlV1(profileOf('sandbox'), TENANT, APP),
      `https://127.0.0.1:41001/${TENANT}/adminconsent?client_id=${APP}`);
  });

  it('builds the Entra and admin-center deep links of §4', () => {
    assert.equal(enterpriseAppOverviewUrl(global, SP, APP),
      `https://entra.microsoft.com/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Overview/objectId/${SP}/appId/${APP}`);
    assert.equal(enterpriseAppPermissionsUrl(global, SP, APP),
      `https://entra.microsoft.com/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Permissions/objectId/${SP}/appId/${APP}`);
    assert.equal(appRegistrationUrl(global, APP, 'api-permissions'),
      `https://entra.microsoft.com/#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/CallAnAPI/appId/${APP}/isMSAApp~/false`);
    assert.equal(appRegistrationUrl(global, APP, 'certificates-secrets'),
      `https://entra.microsoft.com/#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Credentials/appId/${APP}/isMSAApp~/false`);
    assert.equal(appRegistrationUrl(profileOf('usgov-gcchigh'), APP, 'authentication'),
      `https://entra.microsoft.us/#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Authentication/appId/${APP}/isMSAApp~/false`);
    assert.equal(adminCenterUserMailUrl(global, 'a1000000-0000-4000-8000-000000000002'),
      'https://admin.microsoft.com/#/users/:/UserDetails/a1000000-0000-4000-8000-000000000002/Mail');
    assert.equal(enterpriseAppsListUrl(profileOf('china')),
      'https://portal.azure.cn/#view/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade/~/AppAppsPreview/menuId~/null');
  });

  it('encodes inserted values so they cannot change the page', () => {
    assert.equal(adminCenterUserMailUrl(global, '../x?y#z'), 'https://admin.microsoft.com/#/users/:/UserDetails/..%2Fx%3Fy%23z/Mail');
    assert.equal(adminConsentUrlV1(global, 'evil.example/x', 'a&b=c'),
      'https://login.microsoftonline.com/evil.example%2Fx/adminconsent?client_id=a%26b%3Dc');
  });
});
