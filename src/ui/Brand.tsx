// The extension's name and icon at the top of the popup and its pages.

export function Brand() {
  return (
    <header class="popup__brand">
      <img src="/icon/32.png" alt="" width={20} height={20} />
      <span>Diplomatic Lens</span>
    </header>
  );
}
