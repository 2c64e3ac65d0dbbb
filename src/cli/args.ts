import { parseArgs } from 'node:util';

export class UsageError extends Error {}

/** Parses `--name value` options strictly: an unknown option is a usage error, not ignored. */
export function options<T extends Record<string, { type: 'string' | 'boolean'; short?: string }>>(
  args: string[],
  spec: T,
) {
  try {
    return parseArgs({
      args,
      options: { ...spec, help: { type: 'boolean', short: 'h' } },
      allowPositionals: false,
      strict: true,
    }).values;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** Like `options`, also returning the positional arguments (file names). */
export function optionsAndFiles<
  T extends Record<string, { type: 'string' | 'boolean'; short?: string }>,
>(args: string[], spec: T) {
  try {
    const parsed = parseArgs({
      args,
      options: { ...spec, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    return { values: parsed.values, files: parsed.positionals };
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

export function positiveInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1)
    throw new UsageError(`--${name} must be a whole number from 1`);
  return Number(value);
}
