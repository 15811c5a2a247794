import { render } from 'preact';
import '../../assets/popup.css';
import { NotesPage } from '../../src/ui/NotesPage';

render(<NotesPage />, document.getElementById('app')!);
