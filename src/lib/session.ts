// Browser APIs for session mode: share a link, full screen, print.

export function canShare(): boolean {
  return typeof navigator.share === 'function';
}

export async function shareLink(url: string, title: string): Promise<void> {
  try {
    await navigator.share({ url, title });
  } catch {
    /* cancelled by the person, or refused: nothing to do */
  }
}

export function appLink(hash: string): string {
  return new URL(hash, location.href).href;
}

export function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}

export function printPage(): void {
  print();
}
