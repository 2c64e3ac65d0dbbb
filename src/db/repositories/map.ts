import { toIso } from '../database.js';

// Small conversions at the row → domain boundary, the same for both dialects.
export const flag = (value: number | boolean): boolean => Number(value) === 1 || value === true;
export const fromFlag = (value: boolean): number => (value ? 1 : 0);
export const num = (value: unknown): number =>
  value === null || value === undefined ? 0 : Number(value);
export const iso = toIso;
export const isoOrNull = (value: Date | string | null): string | null =>
  value === null ? null : toIso(value);

export function stringList(json: string): string[] {
  const parsed: unknown = JSON.parse(json);
  return Array.isArray(parsed) ? parsed.filter((v): v is string => typeof v === 'string') : [];
}
