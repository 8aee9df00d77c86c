/** Saves a file from the page: a temporary link to a Blob, clicked and revoked. */
export function saveFile(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // Revoked later, so the browser has started reading the Blob.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
