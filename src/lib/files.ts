// Handing a file made on this device to the person: a download, or the system share sheet where
// it can share files (phones). Nothing is uploaded.

/** Saves a file through the browser's download. */
export function downloadFile(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const fileOf = (name: string, text: string, type: string) => new File([text], name, { type });

/** Whether this device can hand a file to another app (a mail or chat app, a drive). */
export function canShareFiles(): boolean {
  try {
    return typeof navigator.share === 'function' && navigator.canShare?.({ files: [fileOf('a.xlf', '', 'application/xml')] }) === true;
  } catch {
    return false;
  }
}

/** Opens the share sheet with the file; false when it was not shared (cancelled or refused). */
export async function shareFile(name: string, text: string, type: string): Promise<boolean> {
  try {
    await navigator.share({ files: [fileOf(name, text, type)] });
    return true;
  } catch {
    return false;
  }
}
