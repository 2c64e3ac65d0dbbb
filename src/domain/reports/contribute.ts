import { createHash, randomBytes } from 'node:crypto';
import { reportBodyField } from './reports.js';
import { z } from 'zod';
import type { Db } from '../../db/database.js';
import {
  findConditionBySlug,
  insertConditionIfFree,
  listConditions,
  slugTaken,
} from '../../db/repositories/reading/conditions.js';
import { findPublishedRemedy } from '../../db/repositories/reading/remedies.js';
import {
  findAnyReport,
  findReportRecord,
  insertContribution,
} from '../../db/repositories/reports/contributions.js';
import { findUser, recountPostCounts } from '../../db/repositories/accounts/users.js';
import {
  type Viewer,
  GUEST_PLACE,
  coarsePlace,
  displayNameField,
  emailField,
  locationField,
  placeCheckedField,
  placeNotice,
} from '../accounts/index.js';
import { DomainError } from '../../model/errors.js';
import { moderates } from '../../model/roles.js';
import type { SafetyFinding } from '../../model/safety.js';
import { type DoseContext, triage, unitOf } from '../safety/index.js';
import type { Condition, Remedy, Report, ReportDetails } from '../../model/types.js';
import { settleReports } from '../insight/index.js';
import { queueFollowUps, queueGuestConfirmation } from '../notify/index.js';
import { countLinks, slugify, InvalidInput, blankToUndefined, validate } from '../common/index.js';
import {
  type DurationUnit,
  doseFrequencies,
  doseUnits,
  durationUnits,
  forWhom,
  forms,
  outcomes,
  severities,
  sideEffectTerms,
} from '../../model/vocabulary.js';

export interface ContributionSettings {
  /** Members with at least this many approved posts publish without waiting. */
  trustedPostCount: number;
}

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess(blankToUndefined, schema.optional());
const enumOf = <T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z.enum(values, { message });
const keysOf = <T extends Record<string, unknown>>(o: T) =>
  Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];

/** "500", "3-5", "0.5 – 1" → min and max. */
const amountField = z
  .string()
  .regex(
    /^\d+(?:[.,]\d+)?(?:\s*(?:-|–|to)\s*\d+(?:[.,]\d+)?)?$/,
    'Write an amount such as 500, or a range such as 3-5.',
  )
  .transform((v) => {
    const [a, b] = v
      .replace(/,/g, '.')
      .split(/\s*(?:-|–|to)\s*/)
      .map(Number);
    return {
      min: Math.min(a as number, b ?? (a as number)),
      max: Math.max(a as number, b ?? (a as number)),
    };
  });
const durationNumber = z.coerce
  .number({ message: 'Write a whole number.' })
  .int('Write a whole number.')
  .min(0, 'Write 0 or more.')
  .max(1000, 'That is longer than we can record.');

const sideEffectTerm = optional(
  enumOf(keysOf(sideEffectTerms), 'Choose a side effect from the list.'),
);
const severity = optional(enumOf(severities, 'Choose mild, moderate or severe.'));
const sideEffectNote = optional(z.string().max(120, 'Keep it under 120 characters.'));

export const reportInput = z
  .object({
    condition: z
      .string({ message: 'Choose the condition you used it for.' })
      .min(1, 'Choose the condition you used it for.'),
    newCondition: optional(
      z
        .string()
        .min(3, 'Name the condition in at least 3 characters.')
        .max(80, 'Condition names can be at most 80 characters.'),
    ),
    rating: z
      .enum(['1', '2', '3', '4', '5'], { message: 'Choose a rating from 1 to 5 stars.' })
      .transform(Number),
    title: optional(z.string().max(120, 'Titles can be at most 120 characters.')),
    body: reportBodyField,
    displayName: optional(displayNameField),
    email: optional(emailField),
    location: locationField,
    placeChecked: placeCheckedField,
    followUpMail: z.preprocess((v) => v === 'on' || v === 'true', z.boolean()),
    doseAmount: optional(amountField),
    doseUnit: optional(enumOf(doseUnits, 'Choose a unit from the list.')),
    doseFrequency: optional(enumOf(doseFrequencies, 'Choose how often from the list.')),
    form: optional(enumOf(forms, 'Choose a form from the list.')),
    brand: optional(z.string().max(80, 'Brands can be at most 80 characters.')),
    takenFor: optional(durationNumber),
    takenForUnit: optional(enumOf(keysOf(durationUnits), 'Choose days, weeks, months or years.')),
    effectAfter: optional(durationNumber),
    effectAfterUnit: optional(
      enumOf(keysOf(durationUnits), 'Choose days, weeks, months or years.'),
    ),
    outcome: optional(enumOf(keysOf(outcomes), 'Choose an outcome from the list.')),
    forWhom: optional(enumOf(keysOf(forWhom), 'Choose who took it from the list.')),
    commercialTie: optional(z.string().max(200, 'Keep the declaration under 200 characters.')),
    sideEffect1: sideEffectTerm,
    severity1: severity,
    sideEffectNote1: sideEffectNote,
    sideEffect2: sideEffectTerm,
    severity2: severity,
    sideEffectNote2: sideEffectNote,
    sideEffect3: sideEffectTerm,
    severity3: severity,
    sideEffectNote3: sideEffectNote,
  })
  .superRefine((d, ctx) => {
    if (d.doseAmount && !d.doseUnit)
      ctx.addIssue({
        code: 'custom',
        path: ['doseUnit'],
        message: 'Choose the unit of the amount.',
      });
    if (!d.doseAmount && d.doseUnit)
      ctx.addIssue({
        code: 'custom',
        path: ['doseAmount'],
        message: 'Write the amount for this unit.',
      });
    if (d.condition === 'new' && !d.newCondition)
      ctx.addIssue({
        code: 'custom',
        path: ['newCondition'],
        message: 'Name the condition you want to add.',
      });
  });

type ReportInput = z.infer<typeof reportInput>;

const days = (n: number | undefined, unit: DurationUnit | undefined) =>
  n === undefined ? null : n * durationUnits[unit ?? 'days'];

function detailsOf(d: ReportInput): ReportDetails {
  const rows = [
    [d.sideEffect1, d.severity1, d.sideEffectNote1],
    [d.sideEffect2, d.severity2, d.sideEffectNote2],
    [d.sideEffect3, d.severity3, d.sideEffectNote3],
  ] as const;
  const sideEffects: ReportDetails['sideEffects'] = rows
    .filter(([term]) => term !== undefined)
    .map(([term, severity, note]) => ({
      term: term as string,
      severity: severity ?? null,
      note: note ?? null,
    }));
  return {
    dose:
      d.doseAmount && d.doseUnit
        ? { ...d.doseAmount, unit: d.doseUnit, frequency: d.doseFrequency ?? null }
        : null,
    form: d.form ?? null,
    brand: d.brand ?? null,
    takenDays: days(d.takenFor, d.takenForUnit),
    effectDays: days(d.effectAfter, d.effectAfterUnit),
    outcome: d.outcome ?? null,
    forWhom: d.forWhom ?? null,
    commercialTie: d.commercialTie ?? null,
    sideEffects,
  };
}

/** What the article allows, for the dose checks of the safety triage. */
export function doseContext(remedy: Remedy): DoseContext {
  return { names: [remedy.name, ...remedy.aliases], rows: remedy.article.dosage.rows };
}

/** The structured dose against the article's largest amount in the same kind of unit. */
function structuredDoseFinding(details: ReportDetails, remedy: Remedy): SafetyFinding | null {
  const dose = details.dose;
  const unit = dose ? unitOf(dose.unit) : null;
  if (!dose || !unit) return null;
  const limits = remedy.article.dosage.rows
    .map((row) => ({ row, unit: unitOf(row.unit) }))
    .filter((x) => x.unit?.family === unit.family)
    .map((x) => x.row.amountMax * (x.unit?.factor ?? 0));
  if (limits.length === 0 || dose.max * unit.factor <= Math.max(...limits)) return null;
  const text = `${dose.min === dose.max ? dose.max : `${dose.min}-${dose.max}`} ${dose.unit}`;
  return {
    rule: 'above-article-maximum',
    category: 'over_max_dose',
    reason: "An amount above the highest dose in this remedy's article.",
    matches: [{ start: -1, end: -1, text }],
  };
}

export const LINKS_FOR_GUESTS = 1;

export interface Submitted {
  id: number;
  status: 'approved' | 'pending';
  /** Lets a guest check on the report later (only its hash is stored). */
  statusToken: string;
  /** A guest asked for mail about it: a confirmation link is on its way. */
  askedForMail: boolean;
}

/**
 * A reader's report on a remedy. Invariants: guests give a name, email and place; guests' posts
 * carry at most one link; anything the safety rules flag, anything on a proposed condition, and
 * anything from a member without enough approved posts waits for a moderator; a published report
 * is counted at once.
 */
export async function submitReport(
  db: Db,
  viewer: Viewer | null,
  remedySlug: string,
  input: unknown,
  settings: ContributionSettings,
  now: Date,
): Promise<Submitted> {
  const remedy = await findPublishedRemedy(db, remedySlug);
  if (!remedy) throw new DomainError('REMEDY_NOT_FOUND');
  const data = validate(reportInput, input);
  const errors: Record<string, string> = {};
  if (!viewer) {
    if (!data.displayName) errors.displayName = 'Enter the name to show beside your report.';
    if (!data.email)
      errors.email = 'Enter your email: it is never shown, and lets a moderator reach you.';
    if (!data.location || !coarsePlace(data.location)) errors.location = GUEST_PLACE;
    if (countLinks(`${data.title ?? ''} ${data.body}`) > LINKS_FOR_GUESTS) {
      errors.body = `Guests can include at most ${LINKS_FOR_GUESTS} link. Sign in to share more.`;
    }
  }
  const notice = errors.location ? null : placeNotice(data.location, data.placeChecked);
  if (notice) errors.location = notice;
  let conditionId: number;
  let proposed = false;
  if (data.condition === 'new') {
    proposed = true;
    conditionId = 0;
    // The first free slug, claimed by the insert itself: readers proposing the same name at once
    // each get their own proposal (name, name-2, …) and every report is kept.
    const base = slugify(data.newCondition ?? '') || 'condition';
    for (let n = 1; Object.keys(errors).length === 0 && conditionId === 0; n++) {
      const slug = n === 1 ? base : `${base}-${n}`;
      if (await slugTaken(db, slug)) continue;
      conditionId =
        (await insertConditionIfFree(db, {
          slug,
          name: data.newCondition ?? slug,
          aliases: [],
          category: 'Proposed by readers',
          createdAt: now.toISOString(),
          status: 'proposed',
        })) ?? 0;
    }
  } else {
    const condition = await findConditionBySlug(db, data.condition);
    if (!condition) errors.condition = 'Choose a condition from the list, or propose a new one.';
    conditionId = condition?.id ?? 0;
  }
  if (Object.keys(errors).length > 0) throw new InvalidInput(errors);

  const details = detailsOf(data);
  const safety = triage(`${data.title ?? ''}\n${data.body}`, doseContext(remedy));
  const doseFinding = structuredDoseFinding(details, remedy);
  if (doseFinding) safety.push(doseFinding);

  const author = viewer ? await findUser(db, viewer.id) : null;
  const trusted = author !== null && author.postCount >= settings.trustedPostCount;
  const status = trusted && safety.length === 0 && !proposed ? 'approved' : 'pending';
  const statusToken = randomBytes(18).toString('base64url');

  const id = await insertContribution(db, {
    remedyId: remedy.id,
    conditionId,
    userId: viewer?.id ?? null,
    displayName: viewer?.displayName ?? (data.displayName as string),
    location: viewer ? (data.location ?? viewer.location) : (data.location ?? null),
    authorEmail: viewer ? null : (data.email ?? null),
    postedAt: now.toISOString(),
    rating: data.rating as 1 | 2 | 3 | 4 | 5,
    title: data.title ?? null,
    body: data.body,
    editorsChoice: false,
    status,
    helpfulCount: 0,
    details,
    safety,
    statusToken: createHash('sha256').update(statusToken).digest('hex'),
    // Members' mail follows their settings; a guest gets mail only when they tick the box.
    followUpMail: !viewer && data.followUpMail,
  });
  // Facts are read when a report is published (here for trusted members, else on approval): the
  // numbers count only approved reports, so reading held ones would be work done twice.
  await afterSubmit(db, id, status, { remedyId: remedy.id, conditionId }, viewer, now);
  return { id, status, statusToken, askedForMail: !viewer && data.followUpMail };
}

/** A published report counts at once and will ask its author "did it last?"; a guest who asked for mail confirms the address. */
async function afterSubmit(
  db: Db,
  id: number,
  status: 'approved' | 'pending',
  pair: { remedyId: number; conditionId: number },
  viewer: Viewer | null,
  now: Date,
): Promise<void> {
  if (status === 'approved') {
    await settleReports(db, [id], [pair]);
    if (viewer) await recountPostCounts(db, [viewer.id]);
    await queueFollowUps(db, id, now);
  }
  if (!viewer) await queueGuestConfirmation(db, id, now);
}

export const statusTokenMatches = (token: string, stored: string | null): boolean =>
  stored !== null && createHash('sha256').update(token).digest('hex') === stored;

export interface ReportFormData {
  remedy: Remedy;
  conditions: Condition[];
}

/** What the report form offers: the remedy and every active condition. */
export async function reportFormData(db: Db, remedySlug: string): Promise<ReportFormData> {
  const remedy = await findPublishedRemedy(db, remedySlug);
  if (!remedy) throw new DomainError('REMEDY_NOT_FOUND');
  return { remedy, conditions: await listConditions(db) };
}

/**
 * A report in any status for the person who may see it: whoever holds its status link, its
 * author, or a moderator. Everyone else gets "not found", as if it did not exist.
 */
export async function reportForAuthor(
  db: Db,
  id: number,
  token: string | undefined,
  viewer: Viewer | null,
): Promise<Report> {
  const record = await findReportRecord(db, id);
  const allowed =
    record !== null &&
    ((token !== undefined && statusTokenMatches(token, record.statusToken)) ||
      (viewer !== null && (viewer.id === record.userId || moderates(viewer.role))));
  const report = allowed ? await findAnyReport(db, id) : null;
  if (!report) throw new DomainError('REPORT_NOT_FOUND');
  return report;
}
