import { afterEach } from 'vitest';
import { expectMarksExposed } from '../browser/expect-marks-exposed.js';

// Beside axe, which reads the DOM: after every story (its play function done), each chart's marks
// must be options of its listbox in Chromium's computed accessibility tree, which a screen reader reads.
afterEach(async () => {
  await expectMarksExposed(document);
});
