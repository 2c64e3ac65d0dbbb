/** A one-line progress bar on a terminal; plain periodic lines when output is a file or CI log. */
export function progressBar(
  label: string,
  total: number,
  stream: NodeJS.WriteStream = process.stderr,
) {
  const started = Date.now();
  let lastLine = 0;
  return {
    update(done: number): void {
      const now = Date.now();
      const finished = done >= total;
      if (!finished && now - lastLine < (stream.isTTY ? 100 : 5000)) return;
      lastLine = now;
      const share = total === 0 ? 1 : done / total;
      const rate = done / Math.max(0.001, (now - started) / 1000);
      const text = `${label} ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} (${Math.floor(share * 100)}%, ${Math.round(rate).toLocaleString('en-US')}/s)`;
      if (stream.isTTY) {
        const width = 24;
        const filled = Math.round(share * width);
        stream.write(
          `\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${text}${finished ? '\n' : ''}`,
        );
      } else {
        stream.write(`${text}\n`);
      }
    },
  };
}
