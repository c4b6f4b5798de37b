/** Pure parts of what a first tap does before the app arrives (src/plugins/performance/hydrateOnIntent). */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {colorModeToggleText, nextColorModeChoice} from '../../src/theme/ColorModeToggle/colorModeChoice';
import {isResponseOf} from '../../src/utils/mediaType';
import {accessibleCopyName} from '../../src/components/CopyLinkButton/copy';

test('the colour mode toggle cycles as Docusaurus does: system, light, dark; light and dark without the system', () => {
  assert.equal(nextColorModeChoice(null, true), 'light');
  assert.equal(nextColorModeChoice('light', true), 'dark');
  assert.equal(nextColorModeChoice('dark', true), null);
  assert.equal(nextColorModeChoice('light', false), 'dark');
  assert.equal(nextColorModeChoice('dark', false), 'light');
  assert.equal(nextColorModeChoice(null, false), 'dark');
});

test("the toggle's name says the current choice, as the classic theme's does", () => {
  assert.deepEqual(colorModeToggleText(null), {
    title: 'system mode',
    label: 'Switch between dark and light mode (currently system mode)',
  });
  assert.equal(colorModeToggleText('dark').label, 'Switch between dark and light mode (currently dark mode)');
});

test('a response counts only as the media types asked for, and only when it succeeded', () => {
  const response = (status: number, type: string | null) => {
    const headers = new Headers(type === null ? {} : {'content-type': type});
    return {ok: status >= 200 && status < 300, headers};
  };
  const markdown = ['text/markdown', 'text/plain'];
  assert.equal(isResponseOf(response(200, 'text/markdown; charset=utf-8'), markdown), true);
  assert.equal(isResponseOf(response(200, 'Text/Plain'), markdown), true);
  // A development server's or host's HTML fallback for a missing file, with status 200.
  assert.equal(isResponseOf(response(200, 'text/html; charset=utf-8'), markdown), false);
  assert.equal(isResponseOf(response(200, null), markdown), false);
  assert.equal(isResponseOf(response(404, 'text/markdown'), markdown), false);
  assert.equal(isResponseOf(response(200, 'application/json'), ['application/json']), true);
});

test("a copy button's name starts with the label it shows (Label in Name)", () => {
  assert.equal(accessibleCopyName('Copy answer', 'Is XMTP a blockchain?'), 'Copy answer: Is XMTP a blockchain?');
});
