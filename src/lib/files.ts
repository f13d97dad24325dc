// Files made on this device and handed to the person: a download, or the system share sheet where
// it can share files (phones); and the hash of a text. Nothing is uploaded anywhere.

/** Offers the file as a download (the studio's zip, the reviewer's XLIFF). */
export function saveFile(data: Blob, name: string): void {
  const url = URL.createObjectURL(data);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A text file as a download. */
export function downloadFile(name: string, text: string, type: string): void {
  saveFile(new Blob([text], { type }), name);
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

/** SHA-256 of a text (UTF-8), in hex, as `npm run audio:import` computes it. */
export async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Today as YYYY-MM-DD (local day). */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
