import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layer rule of docs/ARCHITECTURE.md is enforced by lint; prove it rejects each wrong direction.
const eslint = new ESLint();
const ruleIds = async (filePath: string, code: string) =>
  (await eslint.lintText(code, { filePath }))[0]?.messages.map((m) => m.ruleId) ?? [];
const LAYER = '@typescript-eslint/no-restricted-imports';

describe('layer rule', () => {
  it.each([
    ['src/domain/x.ts', "import { buildApp } from '../http/app.js';\nexport const x = buildApp;\n"],
    ['src/domain/x.ts', "import Fastify from 'fastify';\nexport const x = Fastify;\n"],
    [
      'src/db/x.ts',
      "import { getReport } from '../domain/reports.js';\nexport const x = getReport;\n",
    ],
    [
      'src/http/x.ts',
      "import { insertReport } from '../db/repositories/reports.js';\nexport const x = insertReport;\n",
    ],
    [
      'src/views/x.ts',
      "import { getReport } from '../domain/reports.js';\nexport const x = getReport;\n",
    ],
    ['src/views/x.ts', "import { sql } from 'kysely';\nexport const x = sql;\n"],
    [
      'src/mail/x.ts',
      "import { getReport } from '../domain/reports.js';\nexport const x = getReport;\n",
    ],
  ])('rejects %s importing across layers', async (filePath, code) => {
    expect(await ruleIds(filePath, code)).toContain(LAYER);
  });

  it.each([
    [
      'src/http/x.ts',
      "import { getReport } from '../domain/reports.js';\nexport const x = getReport;\n",
    ],
    ['src/db/x.ts', "import type { Report } from '../domain/types.js';\nexport type X = Report;\n"],
    [
      'src/views/x.ts',
      "import { outcomes } from '../domain/vocabulary.js';\nexport const x = outcomes;\n",
    ],
    [
      'src/views/x.ts',
      "import type { Report } from '../domain/types.js';\nexport type X = Report;\n",
    ],
  ])('allows %s importing downwards or types only', async (filePath, code) => {
    expect(await ruleIds(filePath, code)).not.toContain(LAYER);
  });
});
