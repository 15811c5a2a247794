// Gives the page a turn between slices of work. scheduler.yield() where the
// browser has it (Chromium); else a message to ourselves, which, unlike
// setTimeout(0), is not clamped to 4 ms once calls nest.

export function createYieldToMain(win: Window): () => Promise<void> {
  const scheduler = (win as Window & { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return () => scheduler.yield!();
  const channel = new (win as Window & { MessageChannel: typeof MessageChannel }).MessageChannel();
  const waiting: Array<() => void> = [];
  channel.port1.onmessage = () => waiting.shift()?.();
  return () =>
    new Promise<void>((resolve) => {
      waiting.push(resolve);
      channel.port2.postMessage(null);
    });
}
