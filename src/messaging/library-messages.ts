// Content script → background: keep this statement in the library (when the
// reader has not turned the library off). The popup and the library page
// read the library's database directly (same extension origin).

import { isStatementRecord, type StatementRecord } from '../library/record';
import { isRecord } from '../guards';

export interface SaveStatement {
  type: 'dl/save-statement';
  record: StatementRecord;
}

export const saveStatement = (record: StatementRecord): SaveStatement => ({ type: 'dl/save-statement', record });
export const isSaveStatement = (value: unknown): value is SaveStatement => isRecord(value) && value.type === 'dl/save-statement' && isStatementRecord(value.record);

/** The setting (extension storage) that turns the library off; absent means on. */
export const LIBRARY_SETTING_KEY = 'libraryEnabled';
export const isLibraryEnabled = (stored: Record<string, unknown>) => stored[LIBRARY_SETTING_KEY] !== false;
