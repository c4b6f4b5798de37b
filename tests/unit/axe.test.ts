import {test} from 'node:test';
import assert from 'node:assert/strict';
import {isCurrentAxe} from '../../support/axe';

test('axe-core 4.14 or later judges the pages; an older one would miss Label in Name on buttons', () => {
  for (const version of ['4.14.0', '4.14.1', '4.15.0', '5.0.0']) assert.equal(isCurrentAxe(version), true, version);
  for (const version of ['4.13.0', '4.9.9', '3.99.0', 'unknown']) assert.equal(isCurrentAxe(version), false, version);
});
