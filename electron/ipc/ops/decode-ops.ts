/**
 * The "Explain an error" operations: decode a pasted error text, and the catalogue's titles with
 * which the UI names any error whose code is a diagnosis category.
 */
import { CATEGORY_IDS, type CategoryId } from '../../core/diagnosis/categories.js';
import { textFor } from '../../core/diagnosis/catalogue.js';
import { decode } from '../../core/diagnosis/decode.js';
import { FLOWS, PROFILES, type DecodeResult, type Language } from '../../core/diagnosis/types.js';
import { ok, type Result } from '../../core/result.js';
import { MAX_PASTE_CHARS } from '../contract.js';
import { optionalOneOf, requestObject, text, type Validator } from '../validate.js';
import type { CategoryTitles, DecodeErrorRequest } from '../wizard-types.js';

/** Checks a decodeError request: `text` (up to MAX_PASTE_CHARS; the decoder reads its beginning and end), an optional `profile` and `flow`. */
export const validateDecodeRequest: Validator<DecodeErrorRequest> = (raw) => {
  const request = requestObject(raw, ['text', 'profile', 'flow']);
  if (!request.ok) return request;
  const pasted = text(request.value['text'], 'text', MAX_PASTE_CHARS);
  if (!pasted.ok) return pasted;
  const profile = optionalOneOf(request.value['profile'], 'profile', PROFILES);
  if (!profile.ok) return profile;
  const flow = optionalOneOf(request.value['flow'], 'flow', FLOWS);
  if (!flow.ok) return flow;
  return ok({
    text: pasted.value,
    ...(profile.value === undefined ? {} : { profile: profile.value }),
    ...(flow.value === undefined ? {} : { flow: flow.value }),
  });
};

/** Decodes the text; the fix steps are the chosen product's where the catalogue has its own. */
export function decodeError(request: DecodeErrorRequest): Result<DecodeResult> {
  return ok(decode(request.text, {
    ...(request.profile ? { profile: request.profile } : {}),
    ...(request.flow ? { flow: request.flow } : {}),
  }));
}

function titlesIn(language: Language): Record<CategoryId, string> {
  return Object.fromEntries(CATEGORY_IDS.map((id) => [id, textFor(id, language).title])) as Record<CategoryId, string>;
}

/** Every category's title in German and English. */
export function categoryTitles(): Result<CategoryTitles> {
  return ok({ de: titlesIn('de'), en: titlesIn('en') });
}
