/** All matcher rules, per source, in one list (the order only decides which excerpt is kept first). */
import { aadstsMessageRule } from './aadsts-messages.js';
import type { Rule } from './pattern-kit.js';
import { ENTRA_RULES } from './patterns-entra.js';
import { GRAPH_RULES } from './patterns-graph.js';
import { IMAP_RULES } from './patterns-imap.js';
import { LIBRARY_RULES } from './patterns-libraries.js';
import { NETWORK_RULES } from './patterns-network.js';
import { OAUTH_RULES } from './patterns-oauth.js';
import { POWERSHELL_RULES } from './patterns-powershell.js';
import { RESOURCE_RULES } from './patterns-resource.js';
import { SIGNIN_RULES } from './patterns-signin.js';
import { SMTP_RULES } from './patterns-smtp.js';
import { TOKEN_CHECK_RULES } from './patterns-token-check.js';
import { HTTP_CLIENT_VOCABULARY_RULES } from './vocab-http-clients.js';
import { EWS_CODE_RULES } from './vocab-ews-codes.js';
import { EWS_CLIENT_VOCABULARY_RULES } from './vocab-ews-clients.js';
import { MAIL_LIBRARY_VOCABULARY_RULES } from './vocab-mail-libraries.js';
import { MAILSPRING_VOCABULARY_RULES } from './vocab-mailspring.js';
import { MAIL_CLIENT_VOCABULARY_RULES } from './vocab-mail-clients.js';
import { MAIL_RUNTIME_VOCABULARY_RULES } from './vocab-mail-runtimes.js';
import { MSAL_VOCABULARY_RULES } from './vocab-msal.js';
import { MSAL_MORE_VOCABULARY_RULES } from './vocab-msal-more.js';
import { ODOO_VOCABULARY_RULES } from './vocab-odoo.js';
import { OUTLOOK_CODE_RULES } from './vocab-outlook-codes.js';
import { OTHER_APP_VOCABULARY_RULES } from './vocab-other-apps.js';
import { THUNDERBIRD_VOCABULARY_RULES } from './vocab-thunderbird.js';
import { TICKET_SYSTEM_VOCABULARY_RULES } from './vocab-ticket-systems.js';
import { HELPDESK_VOCABULARY_RULES } from './vocab-helpdesks.js';
import { OS_TLS_VOCABULARY_RULES } from './vocab-os-tls.js';
import { SERVER_APP_VOCABULARY_RULES } from './vocab-server-apps.js';
import { PHP_APP_VOCABULARY_RULES } from './vocab-php-apps.js';
import { WEB_APP_VOCABULARY_RULES } from './vocab-web-apps.js';
import { PRINTER_VOCABULARY_RULES } from './vocab-printers.js';
import { PRINTER_MORE_VOCABULARY_RULES } from './vocab-printers-more.js';
import { UNIX_CLIENT_VOCABULARY_RULES } from './vocab-unix-clients.js';
import { ACTIVESYNC_VOCABULARY_RULES } from './vocab-activesync.js';
import { OFFICE_SIGNIN_CODE_RULES } from './vocab-office-signin.js';
import { MONITORING_VOCABULARY_RULES } from './vocab-monitoring.js';
import { BUSINESS_APP_VOCABULARY_RULES } from './vocab-business-apps.js';
import { DAVMAIL_VOCABULARY_RULES } from './vocab-davmail.js';
import { CLOUD_SERVICE_VOCABULARY_RULES } from './vocab-cloud-services.js';
import { ENTERPRISE_MAIL_VOCABULARY_RULES } from './vocab-enterprise-mail.js';
import { COMMERCIAL_CLIENT_VOCABULARY_RULES } from './vocab-commercial-clients.js';
import { KB_CONNECTIVITY_VOCABULARY_RULES } from './vocab-kb-connectivity.js';
import { KB_MAILFLOW_VOCABULARY_RULES } from './vocab-kb-mailflow.js';
import { KB_ADMIN_SIGNIN_VOCABULARY_RULES } from './vocab-kb-admin-signin.js';
import { KB_OUTLOOK_VOCABULARY_RULES } from './vocab-kb-outlook.js';
import { KB_ENTRA_VOCABULARY_RULES } from './vocab-kb-entra.js';
import { KB_EXCHANGE_DOCS_VOCABULARY_RULES } from './vocab-kb-exchange-docs.js';
import { KB_GRAPH_VOCABULARY_RULES } from './vocab-kb-graph.js';
import { KB_EXO_POWERSHELL_VOCABULARY_RULES } from './vocab-kb-exo-powershell.js';
import { KB_M365_ADMIN_VOCABULARY_RULES } from './vocab-kb-m365-admin.js';
import { KB_RCA_VOCABULARY_RULES } from './vocab-kb-rca.js';
import { KB_ADFS_VOCABULARY_RULES } from './vocab-kb-adfs.js';
import { KB_OUTLOOK_ARTICLES_VOCABULARY_RULES } from './vocab-kb-outlook-articles.js';
import { FAIREMAIL_VOCABULARY_RULES } from './vocab-fairemail.js';
import { MAIL_LIBRARY_MORE_VOCABULARY_RULES } from './vocab-mail-libraries-more.js';
import { MIGRATION_TOOL_VOCABULARY_RULES } from './vocab-migration-tools.js';
import { GERMAN_SMB_VOCABULARY_RULES } from './vocab-german-smb.js';
import { CN_PROVIDER_VOCABULARY_RULES } from './vocab-cn-providers.js';
import { GOOGLE_VOCABULARY_RULES } from './vocab-google.js';
import { ESP_VOCABULARY_RULES } from './vocab-esp.js';
import { MS_SERVER_APP_VOCABULARY_RULES } from './vocab-ms-server-apps.js';
import { APPLIANCE_DE_VOCABULARY_RULES } from './vocab-appliances-de.js';
import { RELAY_CLIENT_VOCABULARY_RULES } from './vocab-relay-clients.js';
import { CMS_VOCABULARY_RULES } from './vocab-cms.js';
import { DATA_APP_VOCABULARY_RULES } from './vocab-data-apps.js';
import { BIZ_APPS_OSS_VOCABULARY_RULES } from './vocab-biz-apps-oss.js';
import { SYNC_CLIENT_VOCABULARY_RULES } from './vocab-sync-clients.js';
import { SELFHOSTED_VOCABULARY_RULES } from './vocab-selfhosted.js';
import { LINUX_DESKTOP_VOCABULARY_RULES } from './vocab-linux-desktop.js';
import { OAUTH_HELPER_VOCABULARY_RULES } from './vocab-oauth-helpers.js';
import { AUTOMATION_VOCABULARY_RULES } from './vocab-automation.js';
import { TOKEN_VALIDATION_VOCABULARY_RULES } from './vocab-token-validation.js';
import { EU_CONNECTOR_VOCABULARY_RULES } from './vocab-eu-connectors.js';
import { VENDOR_ALERT_VOCABULARY_RULES } from './vocab-vendor-alerts.js';
import { ADMIN_TOOL_VOCABULARY_RULES } from './vocab-admin-tools.js';
import { ARCHIVER_VOCABULARY_RULES } from './vocab-archivers.js';
import { EXCH_INTERNALS_VOCABULARY_RULES } from './vocab-exch-internals.js';
import { WIN_CODE_VOCABULARY_RULES } from './vocab-win-codes.js';
import { KB_EXO_ARTICLES_VOCABULARY_RULES } from './vocab-kb-exo-articles.js';
import { KB_OFFICE_ARTICLE_VOCABULARY_RULES } from './vocab-kb-office-articles.js';
import { KB_SIGNIN_ARTICLES_VOCABULARY_RULES } from './vocab-kb-signin-articles.js';
import { INFRA_B_VOCABULARY_RULES } from './vocab-infra-b.js';
import { CLIENTS_B_VOCABULARY_RULES } from './vocab-clients-b.js';
import { APPS_B_VOCABULARY_RULES } from './vocab-apps-b.js';
import { SAAS_C_VOCABULARY_RULES } from './vocab-saas-c.js';
import { LIBS_C_VOCABULARY_RULES } from './vocab-libs-c.js';
import { DE_MS_VOCABULARY_RULES } from './vocab-de-ms.js';
import { GERMAN_RUNTIME_VOCABULARY_RULES } from './vocab-german-runtime.js';
import { APPS_C_VOCABULARY_RULES } from './vocab-apps-c.js';
import { BUSINESS_CENTRAL_CLIENTS_VOCABULARY_RULES } from './vocab-business-central-clients.js';
import { SECURITY_ARCHIVING_VOCABULARY_RULES } from './vocab-security-archiving.js';
import { OFFICE_ADDINS_RPA_VOCABULARY_RULES } from './vocab-office-addins-rpa.js';
import { SOAR_INTEGRATIONS_VOCABULARY_RULES } from './vocab-soar-integrations.js';
import { ITSM_RMM_VOCABULARY_RULES } from './vocab-itsm-rmm.js';
import { APPS_D_VOCABULARY_RULES } from './vocab-apps-d.js';
import { AZURE_IDENTITY_VOCABULARY_RULES } from './vocab-azure-identity.js';
import { LEGACY_LIB_VOCABULARY_RULES } from './vocab-legacy-libs.js';
import { KB_DATAVERSE_VOCABULARY_RULES } from './vocab-kb-dataverse.js';
import { MAIL_APPS_VOCABULARY_RULES } from './vocab-mail-apps.js';
import { RUNTIMES_MORE_VOCABULARY_RULES } from './vocab-runtimes-more.js';
import { SIGNIN_UI_VOCABULARY_RULES } from './vocab-signin-ui.js';

/** Every rule decode() runs. */
export const ALL_RULES: readonly Rule[] = [
  ...SMTP_RULES, ...IMAP_RULES, ...ENTRA_RULES, aadstsMessageRule, ...OAUTH_RULES, ...SIGNIN_RULES, ...GRAPH_RULES, ...NETWORK_RULES, ...LIBRARY_RULES,
  ...TOKEN_CHECK_RULES, ...POWERSHELL_RULES, ...RESOURCE_RULES,
  ...MSAL_VOCABULARY_RULES, ...MSAL_MORE_VOCABULARY_RULES, ...MAIL_LIBRARY_VOCABULARY_RULES, ...MAIL_RUNTIME_VOCABULARY_RULES, ...OS_TLS_VOCABULARY_RULES,
  ...HTTP_CLIENT_VOCABULARY_RULES, ...ODOO_VOCABULARY_RULES, ...OUTLOOK_CODE_RULES,
  ...TICKET_SYSTEM_VOCABULARY_RULES, ...THUNDERBIRD_VOCABULARY_RULES, ...EWS_CODE_RULES, ...WEB_APP_VOCABULARY_RULES,
  ...OTHER_APP_VOCABULARY_RULES, ...MAILSPRING_VOCABULARY_RULES, ...MAIL_CLIENT_VOCABULARY_RULES,
  ...HELPDESK_VOCABULARY_RULES, ...SERVER_APP_VOCABULARY_RULES, ...PRINTER_VOCABULARY_RULES,
  ...PHP_APP_VOCABULARY_RULES, ...UNIX_CLIENT_VOCABULARY_RULES, ...ACTIVESYNC_VOCABULARY_RULES, ...OFFICE_SIGNIN_CODE_RULES,
  ...MONITORING_VOCABULARY_RULES, ...BUSINESS_APP_VOCABULARY_RULES,
  ...DAVMAIL_VOCABULARY_RULES,
  ...CLOUD_SERVICE_VOCABULARY_RULES,
  ...ENTERPRISE_MAIL_VOCABULARY_RULES,
  ...COMMERCIAL_CLIENT_VOCABULARY_RULES,
  ...KB_CONNECTIVITY_VOCABULARY_RULES,
  ...KB_MAILFLOW_VOCABULARY_RULES,
  ...KB_ADMIN_SIGNIN_VOCABULARY_RULES,
  ...KB_OUTLOOK_VOCABULARY_RULES,
  ...KB_ENTRA_VOCABULARY_RULES,
  ...KB_EXCHANGE_DOCS_VOCABULARY_RULES,
  ...KB_GRAPH_VOCABULARY_RULES,
  ...KB_EXO_POWERSHELL_VOCABULARY_RULES,
  ...KB_M365_ADMIN_VOCABULARY_RULES,
  ...KB_RCA_VOCABULARY_RULES,
  ...KB_ADFS_VOCABULARY_RULES, ...KB_OUTLOOK_ARTICLES_VOCABULARY_RULES,
  ...PRINTER_MORE_VOCABULARY_RULES,
  ...FAIREMAIL_VOCABULARY_RULES,
  ...MAIL_LIBRARY_MORE_VOCABULARY_RULES,
  ...MIGRATION_TOOL_VOCABULARY_RULES,
  ...GERMAN_SMB_VOCABULARY_RULES,
  ...CN_PROVIDER_VOCABULARY_RULES,
  ...GOOGLE_VOCABULARY_RULES,
  ...ESP_VOCABULARY_RULES,
  ...MS_SERVER_APP_VOCABULARY_RULES,
  ...APPLIANCE_DE_VOCABULARY_RULES,
  ...RELAY_CLIENT_VOCABULARY_RULES,
  ...CMS_VOCABULARY_RULES,
  ...DATA_APP_VOCABULARY_RULES,
  ...BIZ_APPS_OSS_VOCABULARY_RULES,
  ...EWS_CLIENT_VOCABULARY_RULES,
  ...SYNC_CLIENT_VOCABULARY_RULES,
  ...SELFHOSTED_VOCABULARY_RULES,
  ...LINUX_DESKTOP_VOCABULARY_RULES,
  ...OAUTH_HELPER_VOCABULARY_RULES,
  ...AUTOMATION_VOCABULARY_RULES,
  ...TOKEN_VALIDATION_VOCABULARY_RULES,
  ...EU_CONNECTOR_VOCABULARY_RULES,
  ...VENDOR_ALERT_VOCABULARY_RULES,
  ...ADMIN_TOOL_VOCABULARY_RULES,
  ...ARCHIVER_VOCABULARY_RULES,
  ...EXCH_INTERNALS_VOCABULARY_RULES,
  ...WIN_CODE_VOCABULARY_RULES,
  ...KB_EXO_ARTICLES_VOCABULARY_RULES,
  ...KB_OFFICE_ARTICLE_VOCABULARY_RULES,
  ...KB_SIGNIN_ARTICLES_VOCABULARY_RULES,
  ...INFRA_B_VOCABULARY_RULES,
  ...CLIENTS_B_VOCABULARY_RULES,
  ...APPS_B_VOCABULARY_RULES,
  ...SAAS_C_VOCABULARY_RULES,
  ...LIBS_C_VOCABULARY_RULES,
  ...DE_MS_VOCABULARY_RULES,
  ...APPS_C_VOCABULARY_RULES,
  ...BUSINESS_CENTRAL_CLIENTS_VOCABULARY_RULES,
  ...SECURITY_ARCHIVING_VOCABULARY_RULES,
  ...OFFICE_ADDINS_RPA_VOCABULARY_RULES,
  ...SOAR_INTEGRATIONS_VOCABULARY_RULES,
  ...ITSM_RMM_VOCABULARY_RULES,
  ...APPS_D_VOCABULARY_RULES,
  ...AZURE_IDENTITY_VOCABULARY_RULES,
  ...LEGACY_LIB_VOCABULARY_RULES,
  ...KB_DATAVERSE_VOCABULARY_RULES,
  ...MAIL_APPS_VOCABULARY_RULES,
  ...RUNTIMES_MORE_VOCABULARY_RULES,
  ...SIGNIN_UI_VOCABULARY_RULES,
  ...GERMAN_RUNTIME_VOCABULARY_RULES,
];
