import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parentPort, workerData } from 'node:worker_threads';
import { type ImportItem, batchLines, checkLines } from '../domain/transfer/index.js';

// Reads, checks and serializes an import file in its own thread, while the main thread writes.
// Never more than a few batches ahead of the writer (it asks for more as it writes), so memory
// stays flat whatever the file's size.
const AHEAD = 8;
const port = parentPort!;
let credits = AHEAD;
let wake: (() => void) | null = null;
port.on('message', () => {
  credits++;
  wake?.();
});

const send = async (items: ImportItem[]) => {
  while (credits === 0) await new Promise<void>((resolve) => (wake = resolve));
  credits--;
  port.postMessage(items);
};

let pending: ImportItem[] = [];
const { file, keepRoles } = workerData as { file: string; keepRoles: boolean };
const input = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
for await (const item of batchLines(checkLines(input, { keepRoles }))) {
  pending.push(item);
  if (item.kind !== 'problem' || pending.length >= 100) {
    await send(pending);
    pending = [];
  }
}
if (pending.length > 0) await send(pending);
port.postMessage(null);
