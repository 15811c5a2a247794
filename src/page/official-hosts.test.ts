import { describe, expect, it } from 'vitest';
import { isOfficialHost } from '../analysis/official-sites';
import { CONTENT_SCRIPT_MATCHES } from './official-hosts';

describe('the content script\'s matches', () => {
  it('are the official hosts the analysis knows, and only those: a page they run on may be a statement', () => {
    for (const pattern of CONTENT_SCRIPT_MATCHES) {
      const host = /^https:\/\/(\*\.)?([^/]+)\/\*$/.exec(pattern)![2]!;
      expect(isOfficialHost(host), pattern).toBe(true);
      expect(isOfficialHost(`post.${host}`), pattern).toBe(true);
    }
  });
});
