import type { z } from 'zod';
import { cleanInput } from './text.js';

/** Input that breaks a rule, with one message per field so a form can show each beside its field. */
export class InvalidInput extends Error {
  constructor(readonly fields: Record<string, string>) {
    super(Object.values(fields).join(' '));
    this.name = 'InvalidInput';
  }
}

/** Parses input with a zod schema; on failure throws InvalidInput keyed by the first path segment. */
export function validate<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(cleanInput(input));
  if (parsed.success) return parsed.data;
  const fields: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path.length > 0 ? String(issue.path[0]) : 'form';
    fields[key] ??= issue.message;
  }
  throw new InvalidInput(fields);
}

/** Trimmed text; empty means absent. */
export const blankToUndefined = (value: unknown): unknown =>
  typeof value === 'string' && value.trim() === ''
    ? undefined
    : typeof value === 'string'
      ? value.trim()
      : value;
