// The text readers load vocabularies and compile their rules on first use (about 0.2 s); a
// server calls this before it listens, so no reader's first post waits for it.
import { extract } from '../extraction/index.js';
import { triage } from './triage.js';

export function warmReaders(): void {
  const text = 'I took 500 mg a day for a week; it gave me a headache. I stopped my warfarin.';
  extract(text, { conditionTerms: [], remedyTerms: ['ginger'] });
  triage(text, { names: ['ginger'], rows: [{ amountMax: 4, unit: 'g', frequency: 'per day' }] });
}
