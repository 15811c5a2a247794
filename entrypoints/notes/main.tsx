import { render } from 'preact';
import '../../assets/popup.css';
import { NotesStore } from '../../src/notes/store';
import { downloadText } from '../../src/ui/download';
import { NotesPage } from '../../src/ui/NotesPage';

render(<NotesPage store={NotesStore.open()} download={downloadText} />, document.getElementById('app')!);
