/**
 * Every development text with a known message keeps its first cause in the first six of the wrappings real pastes arrive in
 * (issue 10, "decoding of the wrapping itself"; the wrappings and the test: test/helpers/decoder-wrappings.ts).
 */
import { wrappingSuite } from '../helpers/decoder-wrappings.js';

wrappingSuite(0, 6);
