/** The product the user sets up; the later steps adapt their fields and texts to it. */
import type { StateCreator } from 'zustand';
import type { Profile } from '../../../electron/ipc/contract.js';
import type { AssistantState } from '../store.js';

/** Profile state and its action. */
export interface ProfileSlice {
  /** Undefined until the user chooses. */
  readonly profile: Profile | undefined;
  chooseProfile(profile: Profile): void;
}

/** Creates the profile slice. */
export const createProfileSlice: StateCreator<AssistantState, [], [], ProfileSlice> = (set) => ({
  profile: undefined,
  chooseProfile: (profile) => set({ profile }),
});
