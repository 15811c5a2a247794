// The background's side of the library: saves the statements content
// scripts report, unless the reader turned the library off.

import type { SaveStatement } from '../messaging/library-messages';
import { LibraryStore } from '../library/store';

export class LibraryRequests {
  private store: Promise<LibraryStore> | null = null;

  constructor(
    private readonly enabled: () => Promise<boolean>,
    private readonly open: () => Promise<LibraryStore> = () => LibraryStore.open(),
  ) {}

  /** True when saved; false when the library is off or the save failed (the page works without it). */
  async save(request: SaveStatement): Promise<boolean> {
    if (!(await this.enabled())) return false;
    this.store ??= this.open();
    try {
      await (await this.store).put(request.record);
      return true;
    } catch {
      this.store = null;
      return false;
    }
  }
}
