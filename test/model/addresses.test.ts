import { expect } from '@open-wc/testing';
import { isSafeTranscriptPath } from '../../src/model/addresses.js';

describe('isSafeTranscriptPath', () => {
  it('refuses transcript paths that the URL parser would take out of the folder', () => {
    for (const path of ['%2e%2e/%2e%2e/etc/passwd', 'a/%2E%2E/%2e./x', 'java\tscript:x', ' javascript:x', '//evil.example/x', 'x'.repeat(3000)]) {
      expect(isSafeTranscriptPath(path), path).to.equal(false);
    }
    for (const path of ['sources/my letter.txt', './sources/a.txt', 'a/b.txt']) {
      expect(isSafeTranscriptPath(path), path).to.equal(true);
    }
  });
});
