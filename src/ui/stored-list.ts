// What the notes page and the library page share: the items of a store,
// loaded on mount and again after every change; a status line for what the
// last action did; an action runner that reports success or the store's
// message; and an import from a file (parsed and validated first, then
// written in one go, or nothing written and the problem named).

import { useEffect, useState } from 'preact/hooks';

export type Status = { kind: 'info' | 'error'; text: string } | null;

export interface ImportCounts {
  added: number;
  updated: number;
  unchanged: number;
}

export interface FileImport<T> {
  parse(text: string, bytes: number): T[];
  write(items: T[]): Promise<ImportCounts>;
  /** "Imported 3 notes: ..." from the counts. */
  describe(items: T[], counts: ImportCounts): string;
}

export function useStoredList<S, T>(store: Promise<S>, load: (store: S) => Promise<T[]>) {
  const [items, setItems] = useState<T[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>(null);

  const reload = () =>
    store
      .then(load)
      .then(setItems)
      .catch((error: unknown) => setLoadError((error as Error).message));
  useEffect(() => void reload(), []);

  /** Runs `work` on the store, then says `done` and reloads; or shows the store's message. */
  const act = async (work: (store: S) => Promise<unknown>, done: string) => {
    try {
      await work(await store);
      setStatus({ kind: 'info', text: done });
      await reload();
    } catch (error) {
      setStatus({ kind: 'error', text: (error as Error).message });
    }
  };

  const importFile = async (file: File, importer: FileImport<T>) => {
    let parsed: T[];
    try {
      parsed = importer.parse(await file.text(), file.size);
      const counts = await importer.write(parsed);
      setStatus({ kind: 'info', text: importer.describe(parsed, counts) });
      await reload();
    } catch (error) {
      setStatus({ kind: 'error', text: `Nothing was imported. ${(error as Error).message}` });
    }
  };

  return { items, loadError, status, act, importFile };
}
