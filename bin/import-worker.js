// The thread that reads and checks an import file while the main thread writes (see
// src/cli/import-worker.ts). Like bin/remedex.js, it runs the TypeScript sources through tsx.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/import-worker.ts');
