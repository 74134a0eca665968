/** The diagnosis catalogue's titles, loaded once, so any error with a category code is named in words. */
import type { StateCreator } from 'zustand';
import type { CategoryTitles } from '../../../electron/ipc/contract.js';
import { api } from '../api.js';
import type { AssistantState } from '../store.js';

/** Catalogue state and its action. */
export interface CatalogueSlice {
  readonly categoryTitles: CategoryTitles | undefined;
  loadCategoryTitles(): Promise<void>;
}

/** Creates the catalogue slice; without titles, errors fall back to the generic category text. */
export const createCatalogueSlice: StateCreator<AssistantState, [], [], CatalogueSlice> = (set) => ({
  categoryTitles: undefined,
  loadCategoryTitles: async () => {
    const result = await api.getCategoryTitles();
    if (result.ok) set({ categoryTitles: result.value });
  },
});
