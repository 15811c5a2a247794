// npm run -s analyze -- [--format json|md] FILE...
//
// Analyzes corpus documents (.json with url, title, text), JSON Lines of them
// (.jsonl, streamed), HTML pages (.html, .htm) and plain text (.txt, any other
// name, or standard input as "-"); prints
// one JSON line per document, or a Markdown report with --format md. A bad
// input is reported on stderr with its file name, the others still run, and
// the exit code is 1.

import { parseArgs } from 'node:util';
import { InputError, readDocuments, STDIN, stdinDocument } from './documents';
import { writeReport } from './report';

/** Inputs reported bad so far: the exit status says whether there were any, however the run ends. */
let failures = 0;

// A reader that stops early (`| head`) closes the pipe: stop there quietly, as command-line tools do, rather than die
// on the write that finds it closed.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(failures > 0 ? 1 : 0);
});

/** Writes to stdout, waiting when its buffer is full: memory stays flat on long outputs. */
async function write(text: string): Promise<void> {
  if (!process.stdout.write(text)) await new Promise((resolve) => process.stdout.once('drain', resolve));
}

const USAGE = 'usage: npm run -s analyze -- [--format json|md] FILE... ("-" reads standard input as text)';

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { format: { type: 'string', default: 'json' }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    console.error(`analyze: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (values.format !== 'json' && values.format !== 'md') {
    console.error(`analyze: --format must be json or md, not ${values.format}\n${USAGE}`);
    return 2;
  }
  if (positionals.length === 0) {
    console.error(`analyze: no input files\n${USAGE}`);
    return 2;
  }
  for (const file of positionals) {
    try {
      const documents = file === STDIN ? [stdinDocument(process.stdin)] : readDocuments(file);
      for await (const document of documents) {
        if (document instanceof InputError) {
          failures++;
          console.error(`analyze: ${document.message}`);
          continue;
        }
        await writeReport(write, document.id, document.meta, document.windows, values.format);
      }
    } catch (error) {
      failures++;
      console.error(`analyze: ${error instanceof InputError ? error.message : `${file}: ${(error as Error).message}`}`);
    }
  }
  return failures > 0 ? 1 : 0;
}

main().then((code) => {
  process.exitCode = code;
});
