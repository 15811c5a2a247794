import { writeFileSync } from 'node:fs';
import { ORGANIZATIONS, PLACES, INSTRUMENTS } from '../lexicons';
import { pressReleases, devDocuments } from '../../../bench/corpus';
writeFileSync('/tmp/lex.json', JSON.stringify({ orgs: ORGANIZATIONS, places: PLACES, instr: INSTRUMENTS }));
writeFileSync('/tmp/corpus.txt', pressReleases().map((d) => d.title + '\n' + d.text).join('\n\n'));
writeFileSync('/tmp/dev.txt', devDocuments().map((d) => d.title + '\n' + d.text).join('\n\n'));
