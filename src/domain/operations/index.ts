// The public face of src/domain/operations: what the other layers and capabilities use.
export { changeWatcher, checkDatabase } from './health.js';
