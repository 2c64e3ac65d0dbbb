import { loadConfig } from '../config.js';
import { changeRole, signUp } from '../domain/accounts/index.js';
import { roles } from '../model/roles.js';
import { transaction, InvalidInput } from '../domain/common/index.js';
import type { Role } from '../model/types.js';
import { migrateToLatest } from '../db/migrate.js';
import { UsageError, options } from './args.js';
import { withDatabase } from './database.js';

const isRole = (value: string | undefined): value is Role => roles.includes(value as Role);

/** Reads the password from standard input: first line, never from argv (it would show in `ps`). */
async function readPassword(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
}

export async function usersCommand(args: string[]): Promise<number> {
  const [action, ...rest] = args;
  const values = options(rest, {
    email: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string' },
    location: { type: 'string' },
  });
  if (!isRole(values.role)) throw new UsageError(`--role must be one of ${roles.join(', ')}`);
  if (!values.email) throw new UsageError('--email is required');
  const role = values.role;
  const config = loadConfig();
  try {
    if (action === 'create') {
      if (!values.name) throw new UsageError('--name is required');
      const password = await readPassword();
      const viewer = await withDatabase(config.databaseUrl, async (d) => {
        await migrateToLatest(d.db);
        return transaction(d.db, (trx) =>
          signUp(
            trx,
            { displayName: values.name, email: values.email, password, location: values.location },
            new Date(),
            role,
          ),
        );
      });
      console.log(
        `Created ${viewer.role} ${viewer.displayName} <${viewer.email}> (user ${viewer.id}).`,
      );
      return 0;
    }
    if (action === 'role') {
      const viewer = await withDatabase(config.databaseUrl, (d) =>
        transaction(d.db, (trx) => changeRole(trx, values.email as string, role)),
      );
      console.log(`${viewer.displayName} <${viewer.email}> is now ${viewer.role}.`);
      return 0;
    }
  } catch (error) {
    if (error instanceof InvalidInput) {
      console.error(
        `remedex users ${action}: ${Object.entries(error.fields)
          .map(([k, m]) => `${k}: ${m}`)
          .join('; ')}`,
      );
      return 1;
    }
    throw error;
  }
  throw new UsageError('the action must be "create" or "role"');
}
