import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, symlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';
import { scratchDir } from '../../test/scratch-dir';

const dir = scratchDir('dl-eval-test-');
const TEXT = 'Joint Statement on Trade\n\nThe United States and Chile agreed to hold a trade dialogue in Santiago in 2027.';
const LABELED = {
  id: 'trade',
  url: 'https://www.state.gov/joint-statement-on-trade/',
  title: 'Joint Statement on Trade',
  text: TEXT,
  gold: {
    isStatement: true,
    type: 'Joint Statement',
    sentences: [{ start: 26, end: TEXT.length, commitment: 'firm' }],
    entities: [{ text: 'United States', type: 'country' }, { text: 'Chile', type: 'country' }],
  },
};

it('prints the scorer\'s table for a corpus reached through a symlink, as a checkout with "../shared" linked in has it, and the intervals asked for', async () => {
  await mkdir(join(dir, 'corpus', 'dev'), { recursive: true });
  await writeFile(join(dir, 'corpus', 'dev', 'trade.json'), JSON.stringify(LABELED));
  // The labeled corpus's own scorer, whose table is the thing printed.
  await copyFile(resolve('..', 'shared', 'corpus', 'score.mjs'), join(dir, 'corpus', 'score.mjs'));
  await symlink(join(dir, 'corpus'), join(dir, 'linked'));
  const run = spawnSync(process.execPath, ['--import', 'tsx', join('src', 'cli', 'eval.ts'), '--intervals', '--corpus', join(dir, 'linked')], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  expect(run.stdout).toMatch(/^commitments +P 1\.000 +R 1\.000 +F1 1\.000/m);
  expect(run.stdout).toContain('intervals (F1 over 2000 resamplings of the 1 documents):\n  commitments            F1 1.000   95% interval 1.000-1.000\n');
  expect(run.stdout).toMatch(/^ {2}entities\.country +F1 1\.000 +95% interval 1\.000-1\.000$/m);
});
