/** "Explain an error": the pasted text, and the decoder's ranked causes for it. */
import type { StateCreator } from 'zustand';
import type { AppError, DecodeResult, Flow } from '../../../electron/ipc/contract.js';
import { api } from '../api.js';
import { pasteWithinLimit } from '../paste-limit.js';
import type { AssistantState } from '../store.js';

/** Decode state and its actions. */
export interface DecodeSlice {
  readonly decodeText: string;
  readonly decodeResult: DecodeResult | undefined;
  readonly decodeBusy: boolean;
  readonly decodeError: AppError | undefined;
  /** How the application signs in, when the user answered the decoder's question (DecodeResult.ask). */
  readonly decodeFlow: Flow | undefined;
  setDecodeText(text: string): void;
  explainError(): Promise<void>;
  /** Answers the question and explains the text again with it. */
  answerDecodeFlow(flow: Flow): Promise<void>;
  clearDecode(): void;
}

/** Creates the decode slice. */
export const createDecodeSlice: StateCreator<AssistantState, [], [], DecodeSlice> = (set, get) => ({
  decodeText: '',
  decodeResult: undefined,
  decodeBusy: false,
  decodeError: undefined,
  decodeFlow: undefined,
  setDecodeText: (decodeText) => set({ decodeText }),
  explainError: async () => {
    const { decodeText: text, profile, decodeFlow: flow } = get();
    set({ decodeBusy: true, decodeError: undefined });
    const result = await api.decodeError({ text: pasteWithinLimit(text), ...(profile ? { profile } : {}), ...(flow ? { flow } : {}) });
    set(result.ok
      ? { decodeBusy: false, decodeResult: result.value }
      : { decodeBusy: false, decodeResult: undefined, decodeError: result.error });
  },
  answerDecodeFlow: async (decodeFlow) => {
    set({ decodeFlow });
    await get().explainError();
  },
  clearDecode: () => set({ decodeText: '', decodeResult: undefined, decodeError: undefined, decodeFlow: undefined }),
});
