/** Share a link: the system share sheet (Web Share API) where present, copy, and a QR code made on the device. */
export function useShare() {
  const canShare = typeof navigator.share === 'function';

  return {
    canShare,
    /** Resolves false when the reader closed the share sheet. */
    async share(data: { title: string; text?: string; url: string }): Promise<boolean> {
      try {
        await navigator.share(data);
        return true;
      } catch (error) {
        if (error instanceof DOMException && error.name === 'AbortError') return false;
        throw error;
      }
    },
    async copy(text: string): Promise<boolean> {
      try {
        await navigator.clipboard.writeText(text);
        return true;
      } catch {
        // No clipboard API (insecure context, old WebView): the classic selection copy.
        const area = document.createElement('textarea');
        area.value = text;
        area.setAttribute('readonly', '');
        area.style.position = 'fixed';
        area.style.opacity = '0';
        document.body.append(area);
        area.select();
        const copied = document.execCommand('copy');
        area.remove();
        return copied;
      }
    },
    /** SVG path data of the QR code of `text` (uqr, loaded on first use), in units of one module. */
    async qrPath(text: string): Promise<{ size: number; path: string }> {
      const { encode } = await import('uqr');
      const { data, size } = encode(text, { ecc: 'M', border: 2 });
      let path = '';
      data.forEach((row, y) =>
        row.forEach((dark, x) => {
          if (dark) path += `M${x} ${y}h1v1h-1z`;
        }),
      );
      return { size, path };
    },
  };
}
