import { z } from 'zod';
import type { Db } from '../../db/database.js';
import {
  countUserReports,
  findApprovedReport,
  listUserReports,
} from '../../db/repositories/reports/reports.js';
import { findUser } from '../../db/repositories/accounts/users.js';
import { DomainError } from '../../model/errors.js';
import { type PageInfo, pageInfo } from '../common/index.js';
import { withReplies } from './replies.js';
import type { ReportWithReplies, User } from '../../model/types.js';

/**
 * The longest report body, in characters, wherever a report comes from: the form, an edit, an
 * import file or a legacy page. It also bounds what extraction and triage read.
 */
export const REPORT_MAX_CHARS = 10_000;

/** A report's text as the forms take it. */
export const reportBodyField = z
  .string({ message: 'Tell readers what happened.' })
  .trim()
  .min(30, 'Tell readers a little more: at least 30 characters.')
  .max(
    REPORT_MAX_CHARS,
    `Reports can be at most ${REPORT_MAX_CHARS.toLocaleString('en-US')} characters.`,
  );

/** One approved report of a published remedy, with its replies. */
export async function getReport(db: Db, id: number): Promise<ReportWithReplies> {
  const report = await findApprovedReport(db, id);
  if (!report) throw new DomainError('REPORT_NOT_FOUND');
  const [withThread] = await withReplies(db, [report]);
  return withThread as ReportWithReplies;
}

export interface Profile {
  user: User;
  reports: ReportWithReplies[];
  page: PageInfo;
}

export async function getProfile(db: Db, id: number, page: number): Promise<Profile> {
  const user = await findUser(db, id);
  if (!user) throw new DomainError('USER_NOT_FOUND');
  const info = pageInfo(page, await countUserReports(db, id));
  if (page > info.pageCount) throw new DomainError('PAGE_NOT_FOUND');
  const reports = await listUserReports(db, id, (page - 1) * info.perPage, info.perPage);
  return { user, reports: await withReplies(db, reports), page: info };
}
