/** `check --help`: the options of the demo check and of the check of a real tenant. */
export const CHECK_HELP = `Usage:
  check --sandbox --profile inventory360|etron|generic [--scenario NAME]… [--replication-delay MS]
  check --profile inventory360|etron|generic --tenant TENANT --mailbox ADDRESS [options]

A real tenant: an administrator signs in (browser, or a device code on machines without one),
then Graph, token, DNS, ports/TLS and — where a token for them can be had — SMTP and IMAP.
  --tenant ID|DOMAIN          the tenant ID or a verified domain (contoso.onmicrosoft.com)
  --mailbox ADDRESS           the sending mailbox
  --cloud global|usgov-gcchigh|usgov-dod|china            (default: global)
  --client-id ID              the admin's sign-in app (else M365_ASSISTANT_CLIENT_ID; default:
                              Microsoft Graph Command Line Tools, 14d82eec-204b-4c2f-b7e8-296a70dab67e)
  --browser | --device-code   how to sign in (default: browser with a desktop, else device code;
                              the browser is the OS opener, or the program in BROWSER)
  --sender ADDRESS            MAIL FROM of the test message (a shared address needs Send As)
  --app-id ID                 the app to check (generic; Inventory360's if you hold its secret)
  --app-secret-file FILE      its client secret, read from a file
  --app-cert-file PEM --app-cert-thumbprint HEX            or its certificate (private key PEM)
  --etron-instance NAME [--etron-app-id ID [--etron-secret-file FILE]]     ETRON onRetail
  --delegated                 also sign in as the mailbox user, through the product's app:
                              etron: ETRON's app (needs --etron-app-id and --etron-secret-file;
                              paste the address the browser ends at); generic: --app-id as a
                              public client. Then delegated SMTP/IMAP are tested
  --no-imap                   generic: test SMTP only
  --rbac                      generic: the app sends through RBAC for Applications (Exchange role
                              'Application SMTP.SendAsApp', no API permission, no role in the token)
  --dns-server HOST:PORT      the resolver for the DNS check (default: the system's)
Both:
  --json  --lang de|en  --report FILE.html|FILE.json  --retest [--retest-interval MS --retest-cap MS]  --quiet
Secrets are read from files only, never from the command line.
Exit codes: 0 OK, 1 problems found, 2 usage error, 3 could not run, 4 cancelled or timed out
`;
