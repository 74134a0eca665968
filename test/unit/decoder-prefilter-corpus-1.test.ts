/** The decoder's pre-check over the corpora, first half (test/helpers/decoder-prefilter-corpus.ts). */
import { prefilterCorpusSuite } from '../helpers/decoder-prefilter-corpus.js';

prefilterCorpusSuite([0, 1], false);
