/**
 * openLink: the renderer asks to open a page the main process handed out — a finding's fix page
 * (admin consent…) or the device code page while a sign-in waits. Anything else is refused, so
 * a compromised page cannot send the user to a site of its choosing through the assistant.
 */
import { fail, ok, type Result } from '../../core/result.js';
import type { OpenLinkRequest } from '../tenant-types.js';
import { requestObject, text, type Validator } from '../validate.js';
import { isOpenableUrl, type LinkAllowlist, type OpenExternal, type SandboxTrust } from './open-external.js';

/** Checks an openLink request: a URL the assistant offered. */
export function linkValidator(links: LinkAllowlist): Validator<OpenLinkRequest> {
  return (raw) => {
    const request = requestObject(raw, ['url']);
    if (!request.ok) return request;
    const url = text(request.value['url'], 'url', 4096);
    if (!url.ok) return url;
    return links.has(url.value) ? ok({ url: url.value }) : fail('invalid_input', 'This link was not offered by the assistant.', { field: 'url' });
  };
}

/** Opens the link; the demo tenant's pages with its trust. */
export async function openLink(request: OpenLinkRequest, openExternal: OpenExternal | undefined, sandboxTrust: SandboxTrust | undefined): Promise<Result<{ readonly opened: true }>> {
  if (!openExternal) return fail('internal', 'No browser can be opened in this window.');
  const trust = sandboxTrust && new URL(request.url).origin === new URL(sandboxTrust.origin).origin ? sandboxTrust : undefined;
  if (!isOpenableUrl(request.url, trust)) return fail('invalid_input', 'This link cannot be opened.', { field: 'url' });
  await openExternal(request.url, trust);
  return ok({ opened: true });
}
