/**
 * Every development text with a known message keeps its first cause in wrappings 11 and 12 of the twelve real pastes arrive in
 * (issue 10, "decoding of the wrapping itself"; the wrappings and the test: test/helpers/decoder-wrappings.ts). Six files of
 * two wrappings each, so that each stays within the test runner's per-file time limit as the corpora grow.
 */
import { wrappingSuite } from '../helpers/decoder-wrappings.js';

wrappingSuite(10, 12);
