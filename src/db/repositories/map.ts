import { coarsePlace } from '../../model/privacy.js';
import { toIso } from '../database.js';

// Small conversions at the row → domain boundary, the same for both dialects.
export const flag = (value: number | boolean): boolean => Number(value) === 1 || value === true;
export const fromFlag = (value: boolean): number => (value ? 1 : 0);
export const num = (value: unknown): number =>
  value === null || value === undefined ? 0 : Number(value);
export const iso = toIso;
export const isoOrNull = (value: Date | string | null): string | null =>
  value === null ? null : toIso(value);

/** A place as stored: what was typed, kept private, and the coarse place that is published. */
export const placeValues = (typed: string | null | undefined) => ({
  location: coarsePlace(typed),
  location_typed: typed ?? null,
});

export function stringList(json: string): string[] {
  const parsed: unknown = JSON.parse(json);
  return Array.isArray(parsed) ? parsed.filter((v): v is string => typeof v === 'string') : [];
}
