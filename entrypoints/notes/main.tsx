import { render } from 'preact';
import '../../assets/popup.css';
import { NotesStore } from '../../src/notes/store';
import { NotesPage } from '../../src/ui/NotesPage';

/** Saves text as a file through a temporary object URL (no download permission needed). */
function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

render(<NotesPage store={NotesStore.open()} download={download} />, document.getElementById('app')!);
