/**
 * Keeps the wizard's progress in the main process while the user works: loads it once at start,
 * then saves (debounced) whenever the product, page, mailbox, tenant, ETRON instance, sign-in or
 * check result changes. What is saved is progressOf's — never a token or secret.
 */
import { useAssistantStore, type AssistantState } from './store.js';

const WATCHED: readonly ((s: AssistantState) => unknown)[] = [
  (s) => s.step, (s) => s.profile, (s) => s.account, (s) => s.checkResult, (s) => s.signInTenant,
  (s) => s.tenantForm.mailbox, (s) => s.tenantForm.etronInstance,
];

/** Starts keeping the progress; returns the function that stops it. */
export function keepProgress(delayMs = 400): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  void useAssistantStore.getState().loadProgress();
  const unsubscribe = useAssistantStore.subscribe((state, previous) => {
    if (!state.progressLoaded || !WATCHED.some((pick) => pick(state) !== pick(previous))) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => { if (!stopped) void useAssistantStore.getState().saveProgress(); }, delayMs);
  });
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    unsubscribe();
  };
}
