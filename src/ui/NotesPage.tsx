// The notes page. Notes arrive with the notes issue (store, search, export);
// until then the page says so plainly rather than showing an empty list.

export function NotesPage() {
  return (
    <main class="popup" aria-labelledby="notes-title">
      <header class="popup__brand">
        <img src="/icon/32.png" alt="" width={20} height={20} />
        <span>Diplomatic Lens</span>
      </header>
      <h1 id="notes-title">Your notes</h1>
      <p class="popup__message">
        Notes on statements will be listed here, kept in this browser only. Note-taking is not available in
        this version yet.
      </p>
    </main>
  );
}
