/** "Explain an error": the pasted text, and the decoder's ranked causes for it. */
import type { StateCreator } from 'zustand';
import type { AppError, DecodeResult } from '../../../electron/ipc/contract.js';
import { api } from '../api.js';
import type { AssistantState } from '../store.js';

/** Decode state and its actions. */
export interface DecodeSlice {
  readonly decodeText: string;
  readonly decodeResult: DecodeResult | undefined;
  readonly decodeBusy: boolean;
  readonly decodeError: AppError | undefined;
  setDecodeText(text: string): void;
  explainError(): Promise<void>;
  clearDecode(): void;
}

/** Creates the decode slice. */
export const createDecodeSlice: StateCreator<AssistantState, [], [], DecodeSlice> = (set, get) => ({
  decodeText: '',
  decodeResult: undefined,
  decodeBusy: false,
  decodeError: undefined,
  setDecodeText: (decodeText) => set({ decodeText }),
  explainError: async () => {
    const { decodeText: text, profile } = get();
    set({ decodeBusy: true, decodeError: undefined });
    const result = await api.decodeError(profile ? { text, profile } : { text });
    set(result.ok
      ? { decodeBusy: false, decodeResult: result.value }
      : { decodeBusy: false, decodeResult: undefined, decodeError: result.error });
  },
  clearDecode: () => set({ decodeText: '', decodeResult: undefined, decodeError: undefined }),
});
