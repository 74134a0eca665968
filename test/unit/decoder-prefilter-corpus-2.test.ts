/** The decoder's pre-check over the corpora, second half and the big views (test/helpers/decoder-prefilter-corpus.ts). */
import { prefilterCorpusSuite } from '../helpers/decoder-prefilter-corpus.js';

prefilterCorpusSuite([2, 3], true);
