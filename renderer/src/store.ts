/**
 * The one renderer store, built from typed slices (zustand's slices pattern): each slice keeps
 * its actions next to its state. Components select single fields.
 */
import { create } from 'zustand';
import { createAppInfoSlice, type AppInfoSlice } from './slices/app-info-slice.js';
import { createCatalogueSlice, type CatalogueSlice } from './slices/catalogue-slice.js';
import { createChecksSlice, type ChecksSlice } from './slices/checks-slice.js';
import { createDecodeSlice, type DecodeSlice } from './slices/decode-slice.js';
import { createDemoSlice, type DemoSlice } from './slices/demo-slice.js';
import { createExportSlice, type ExportSlice } from './slices/export-slice.js';
import { createLanguageSlice, type LanguageSlice } from './slices/language-slice.js';
import { createPowerShellSlice, type PowerShellSlice } from './slices/powershell-slice.js';
import { createProfileSlice, type ProfileSlice } from './slices/profile-slice.js';
import { createSignInSlice, type SignInSlice } from './slices/sign-in-slice.js';
import { createTenantCheckSlice, type TenantCheckSlice } from './slices/tenant-check-slice.js';
import { createWaitTestSlice, type WaitTestSlice } from './slices/wait-test-slice.js';
import { createWizardSlice, type WizardSlice } from './slices/wizard-slice.js';

/** The whole renderer state. */
export type AssistantState = LanguageSlice & AppInfoSlice & DemoSlice & WizardSlice & ProfileSlice & CatalogueSlice
  & DecodeSlice & PowerShellSlice & ExportSlice & ChecksSlice & SignInSlice & TenantCheckSlice & WaitTestSlice;

/** The store hook: `useAssistantStore((s) => s.language)`. */
export const useAssistantStore = create<AssistantState>()((...a) => ({
  ...createLanguageSlice(...a),
  ...createAppInfoSlice(...a),
  ...createDemoSlice(...a),
  ...createWizardSlice(...a),
  ...createProfileSlice(...a),
  ...createCatalogueSlice(...a),
  ...createDecodeSlice(...a),
  ...createPowerShellSlice(...a),
  ...createExportSlice(...a),
  ...createChecksSlice(...a),
  ...createSignInSlice(...a),
  ...createTenantCheckSlice(...a),
  ...createWaitTestSlice(...a),
}));

/** Puts the store back to its initial state (between tests). */
export function resetAssistantStore(): void {
  useAssistantStore.setState(useAssistantStore.getInitialState(), true);
}
