/**
 * The bundled URL of every illustration per language: imported, so Vite emits each SVG as a file
 * of the build (assetsInlineLimit 0) and the page's CSP (img-src 'self') allows it. No data: URLs.
 */
import type { Language } from '../i18n.js';
import type { IllustrationId } from './illustration-catalog.js';
import entraGrantAdminConsentDe from '../../../assets/illustrations/entra-grant-admin-consent.de.svg';
import entraGrantAdminConsentEn from '../../../assets/illustrations/entra-grant-admin-consent.en.svg';
import entraObjectIdDe from '../../../assets/illustrations/entra-object-id.de.svg';
import entraObjectIdEn from '../../../assets/illustrations/entra-object-id.en.svg';
import adminCenterAuthenticatedSmtpDe from '../../../assets/illustrations/admin-center-authenticated-smtp.de.svg';
import adminCenterAuthenticatedSmtpEn from '../../../assets/illustrations/admin-center-authenticated-smtp.en.svg';
import entraRedirectUriDe from '../../../assets/illustrations/entra-redirect-uri.de.svg';
import entraRedirectUriEn from '../../../assets/illustrations/entra-redirect-uri.en.svg';
import entraApiPermissionsDe from '../../../assets/illustrations/entra-api-permissions.de.svg';
import entraApiPermissionsEn from '../../../assets/illustrations/entra-api-permissions.en.svg';
import entraClientSecretDe from '../../../assets/illustrations/entra-client-secret.de.svg';
import entraClientSecretEn from '../../../assets/illustrations/entra-client-secret.en.svg';
import entraAssignUsersDe from '../../../assets/illustrations/entra-assign-users.de.svg';
import entraAssignUsersEn from '../../../assets/illustrations/entra-assign-users.en.svg';
import entraNewRegistrationDe from '../../../assets/illustrations/entra-new-registration.de.svg';
import entraNewRegistrationEn from '../../../assets/illustrations/entra-new-registration.en.svg';
import odooGeneralSettingsDe from '../../../assets/illustrations/odoo-general-settings.de.svg';
import odooGeneralSettingsEn from '../../../assets/illustrations/odoo-general-settings.en.svg';
import odooOutgoingServerDe from '../../../assets/illustrations/odoo-outgoing-server.de.svg';
import odooOutgoingServerEn from '../../../assets/illustrations/odoo-outgoing-server.en.svg';
import odooIncomingServerDe from '../../../assets/illustrations/odoo-incoming-server.de.svg';
import odooIncomingServerEn from '../../../assets/illustrations/odoo-incoming-server.en.svg';
import odooSystemParametersDe from '../../../assets/illustrations/odoo-system-parameters.de.svg';
import odooSystemParametersEn from '../../../assets/illustrations/odoo-system-parameters.en.svg';
import exchangePowershellWindowDe from '../../../assets/illustrations/exchange-powershell-window.de.svg';
import exchangePowershellWindowEn from '../../../assets/illustrations/exchange-powershell-window.en.svg';
import entraGrantAdminConsentGenericDe from '../../../assets/illustrations/entra-grant-admin-consent-generic.de.svg';
import entraGrantAdminConsentGenericEn from '../../../assets/illustrations/entra-grant-admin-consent-generic.en.svg';
import entraObjectIdGenericDe from '../../../assets/illustrations/entra-object-id-generic.de.svg';
import entraObjectIdGenericEn from '../../../assets/illustrations/entra-object-id-generic.en.svg';
import entraClientSecretGenericDe from '../../../assets/illustrations/entra-client-secret-generic.de.svg';
import entraClientSecretGenericEn from '../../../assets/illustrations/entra-client-secret-generic.en.svg';
import entraUploadCertificateDe from '../../../assets/illustrations/entra-upload-certificate.de.svg';
import entraUploadCertificateEn from '../../../assets/illustrations/entra-upload-certificate.en.svg';

/** Where the browser loads each illustration from. */
export const ILLUSTRATION_URLS: Readonly<Record<IllustrationId, Readonly<Record<Language, string>>>> = {
  'entra-grant-admin-consent': { de: entraGrantAdminConsentDe, en: entraGrantAdminConsentEn },
  'entra-object-id': { de: entraObjectIdDe, en: entraObjectIdEn },
  'admin-center-authenticated-smtp': { de: adminCenterAuthenticatedSmtpDe, en: adminCenterAuthenticatedSmtpEn },
  'entra-redirect-uri': { de: entraRedirectUriDe, en: entraRedirectUriEn },
  'entra-api-permissions': { de: entraApiPermissionsDe, en: entraApiPermissionsEn },
  'entra-client-secret': { de: entraClientSecretDe, en: entraClientSecretEn },
  'entra-assign-users': { de: entraAssignUsersDe, en: entraAssignUsersEn },
  'entra-new-registration': { de: entraNewRegistrationDe, en: entraNewRegistrationEn },
  'odoo-general-settings': { de: odooGeneralSettingsDe, en: odooGeneralSettingsEn },
  'odoo-outgoing-server': { de: odooOutgoingServerDe, en: odooOutgoingServerEn },
  'odoo-incoming-server': { de: odooIncomingServerDe, en: odooIncomingServerEn },
  'odoo-system-parameters': { de: odooSystemParametersDe, en: odooSystemParametersEn },
  'exchange-powershell-window': { de: exchangePowershellWindowDe, en: exchangePowershellWindowEn },
  'entra-grant-admin-consent-generic': { de: entraGrantAdminConsentGenericDe, en: entraGrantAdminConsentGenericEn },
  'entra-object-id-generic': { de: entraObjectIdGenericDe, en: entraObjectIdGenericEn },
  'entra-client-secret-generic': { de: entraClientSecretGenericDe, en: entraClientSecretGenericEn },
  'entra-upload-certificate': { de: entraUploadCertificateDe, en: entraUploadCertificateEn },
};
