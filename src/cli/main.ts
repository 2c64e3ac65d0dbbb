import { ConfigError, loadConfig } from '../config.js';
import { UsageError } from './args.js';
import { corpusCommand } from './corpus.js';
import { demoCommand, migrateCommand } from './database.js';
import { reindexCommand } from './reindex.js';
import { extractCommand } from './extract.js';
import { exportCommand, importCommand } from './transfer.js';
import { importLegacyCommand } from './legacy.js';
import { importWordPressCommand } from './wordpress.js';
import { backupCommand } from './backup.js';
import { serveCommand } from './serve.js';
import { usersCommand } from './users.js';
import { jobsCommand } from './jobs.js';
import { dataCommand } from './data.js';

type Command = { summary: string; usage: string; run: (args: string[]) => Promise<number> };

const commands: Record<string, Command> = {
  serve: {
    summary:
      'Serve the site (migrates first; a new database gets the demo content unless DEMO_CONTENT=off).',
    usage: 'remedex serve',
    run: serveCommand,
  },
  migrate: {
    summary: 'Bring the database schema up to date.',
    usage: 'remedex migrate',
    run: migrateCommand,
  },
  demo: {
    summary: 'Load the demo content into an empty database.',
    usage: 'remedex demo',
    run: demoCommand,
  },
  users: {
    summary: 'Create an account (password read from standard input) or change its role.',
    usage:
      'remedex users create --email E --name N --role R [--location L] < password\n       remedex users role --email E --role R   (roles: member, moderator, editor, admin)',
    run: usersCommand,
  },
  jobs: {
    summary:
      'Run the mail jobs that are due now (or by --as-of: a date, or +90d to see the 90-day mails), or show the queue. The server runs them every JOBS_INTERVAL_SECONDS too.',
    usage: 'remedex jobs run [--as-of DATE|+Nd]\n       remedex jobs status',
    run: jobsCommand,
  },
  data: {
    summary:
      'Build the open data files served at /data now (the job queue rebuilds them every night).',
    usage: 'remedex data build',
    run: dataCommand,
  },
  reindex: {
    summary: 'Rebuild the search index (remedies and reports) with a progress bar.',
    usage: 'remedex reindex',
    run: reindexCommand,
  },
  extract: {
    summary:
      'Read every report again for doses, outcomes and side effects, and rebuild the numbers.',
    usage: 'remedex extract',
    run: extractCommand,
  },
  export: {
    summary:
      'Write the whole site as JSON Lines (constant memory), to a file or standard output; emails and places as typed only with --include-private.',
    usage: 'remedex export [--out FILE] [--include-private]',
    run: exportCommand,
  },
  import: {
    summary:
      'Import a JSON Lines export in one transaction; bad lines are listed by number (idempotent).',
    usage: 'remedex import FILE [--skip-invalid] [--defer-extraction] [--keep-roles]',
    run: importCommand,
  },
  'import-legacy': {
    summary:
      'Import remedy pages saved as text from an older site, in any of its layouts: posts, stars, dates, votes, replies, authors. Headings that name no known condition put their posts under "General" unless --conditions create; --strict refuses a page with any problem.',
    usage: 'remedex import-legacy FILE... [--publish] [--conditions create] [--strict]',
    run: importLegacyCommand,
  },
  'import-wordpress': {
    summary:
      'Import a WordPress export (WXR): posts and pages as remedies, approved comments as reports and replies, waiting ones to the moderation queue; spam, trash and pings skipped. One transaction unless --skip-invalid.',
    usage: 'remedex import-wordpress FILE.xml [--publish] [--conditions create] [--skip-invalid]',
    run: importWordPressCommand,
  },
  backup: {
    summary: 'Copy the SQLite database to FILE while the site runs (PostgreSQL: use pg_dump).',
    usage: 'remedex backup FILE',
    run: backupCommand,
  },
  corpus: {
    summary: 'Write a large deterministic benchmark corpus into an empty database.',
    usage: 'remedex corpus [--reports N] [--seed N]   (uses DATABASE_URL)',
    run: corpusCommand,
  },
};

export function helpText(): string {
  const width = Math.max(...Object.keys(commands).map((c) => c.length));
  return [
    'Remedex: natural-remedy articles and reader reports.',
    '',
    'Usage: remedex <command> [options]',
    '',
    'Commands:',
    ...Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
    `  ${'help'.padEnd(width)}  Show this help, or \`remedex help <command>\` for one command.`,
    '',
    'Configuration comes from the environment: PORT (3000), HOST (127.0.0.1),',
    'DATABASE_URL (sqlite:data/remedex.db, or postgres://…), DEMO_CONTENT (on|off), LOG_LEVEL (info).',
  ].join('\n');
}

/** Runs one command and returns the process exit code (0 ok, 1 failure, 2 usage). */
export async function main(argv: string[]): Promise<number> {
  const [name = 'help', ...rest] = argv;
  if (name === 'help' || name === '--help' || name === '-h') {
    const topic = rest[0] ? commands[rest[0]] : undefined;
    console.log(topic ? `${topic.usage}\n\n${topic.summary}` : helpText());
    return 0;
  }
  const command = commands[name];
  if (!command) {
    console.error(`remedex: unknown command "${name}"\n\n${helpText()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(`${command.usage}\n\n${command.summary}`);
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`remedex: configuration error: ${error.message}`);
      return 1;
    }
    if (error instanceof UsageError) {
      console.error(`remedex ${name}: ${error.message}\nUsage: ${command.usage}`);
      return 2;
    }
    console.error(`remedex ${name}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

export { loadConfig };
