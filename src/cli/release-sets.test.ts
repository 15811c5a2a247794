import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratchDir } from '../../test/scratch-dir';
import { htmlToText } from './release-text';
import { releaseSetDocuments } from './release-sets';

const release = { title: 'Ruritania Signs the Strelsau Accords', link: 'https://www.state.gov/ruritania-signs/', content: '<p>Ruritania signed the Strelsau Accords today.</p><p>It will host the next round.</p>' };
const text = htmlToText(release.content);
const gold = { isStatement: true, sentences: [{ start: 0, end: 46, commitment: 'firm' }], entities: [{ text: 'Ruritania', type: 'country' }] };
const HOLDOUT = 'eval/holdout.json';
const dir = scratchDir('dl-release-set-');
const labels = (textSha1: string) => ({ documents: [{ id: 'ho-one', link: release.link, textSha1, gold }] });

function releasesFile(): string {
  const path = join(dir, 'releases.jsonl');
  writeFileSync(path, `${JSON.stringify({ title: 'Other', link: 'https://www.state.gov/other/', content: '<p>x</p>' })}\n${JSON.stringify(release)}\n`);
  return path;
}

describe('release set documents', () => {
  it('rebuilds each labeled text from its release', () => {
    const sha1 = createHash('sha1').update(text).digest('hex');
    expect(releaseSetDocuments(labels(sha1), releasesFile(), HOLDOUT)).toEqual([{ id: 'ho-one', url: release.link, title: release.title, text, gold }]);
  });

  it('refuses a text that differs from the one labeled, a missing release and a malformed file', () => {
    const path = releasesFile();
    expect(() => releaseSetDocuments(labels('0'.repeat(40)), path, HOLDOUT)).toThrow(/rebuilt text differs/);
    const missing = { documents: [{ ...labels('0'.repeat(40)).documents[0], link: 'https://www.state.gov/none/' }] };
    expect(() => releaseSetDocuments(missing, path, HOLDOUT)).toThrow(/no release/);
    expect(() => releaseSetDocuments({ documents: [{ id: 'x' }] }, path, HOLDOUT)).toThrow(/lacks/);
    expect(() => releaseSetDocuments({}, path, HOLDOUT)).toThrow(/no "documents"/);
    // Each set's errors name its own file.
    expect(() => releaseSetDocuments({}, path, 'eval/transcripts.json')).toThrow(/^eval\/transcripts\.json: no "documents"/);
  });
});
