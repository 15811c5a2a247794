// For tests: popup actions that record their calls and do nothing else.
import { vi, type Mock } from 'vitest';
import type { PopupActions } from './Popup';

export type MockActions = { [K in keyof PopupActions]: Mock<PopupActions[K]> };

export function mockPopupActions(): MockActions {
  return {
    retry: vi.fn(),
    analyze: vi.fn(),
    analyzeAnyway: vi.fn(),
    reveal: vi.fn(async () => true),
    copy: vi.fn(async () => undefined),
    setCategories: vi.fn(),
    openInTab: vi.fn(),
    openNotes: vi.fn(),
    openLibrary: vi.fn(),
    forgetPage: vi.fn(async () => undefined),
  };
}
