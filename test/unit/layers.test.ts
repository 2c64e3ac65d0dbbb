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
    ['src/views/x.ts', "import { createHash } from 'node:crypto';\nexport const x = createHash;\n"],
    [
      'src/model/x.ts',
      "import { triage } from '../domain/safety/triage.js';\nexport const x = triage;\n",
    ],
    ['src/model/x.ts', "import type { Db } from '../db/database.js';\nexport type X = Db;\n"],
    [
      'src/cli/x.ts',
      "import { insertReport } from '../db/repositories/reports.js';\nexport const x = insertReport;\n",
    ],
    [
      'src/cli/x.ts',
      "import { remedyPage } from '../views/pages/remedy.js';\nexport const x = remedyPage;\n",
    ],
    [
      'src/mail/x.ts',
      "import { getReport } from '../domain/reports.js';\nexport const x = getReport;\n",
    ],
    // A capability is used through its index.ts, from outside and from another capability.
    [
      'src/http/x.ts',
      "import { triage } from '../domain/safety/triage.js';\nexport const x = triage;\n",
    ],
    [
      'src/domain/reports/x.ts',
      "import { triage } from '../safety/triage.js';\nexport const x = triage;\n",
    ],
  ])('rejects %s importing across layers', async (filePath, code) => {
    expect(await ruleIds(filePath, code)).toContain(LAYER);
  });

  it.each([
    [
      'src/http/x.ts',
      "import { getReport } from '../domain/reports.js';\nexport const x = getReport;\n",
    ],
    ['src/db/x.ts', "import type { Report } from '../model/types.js';\nexport type X = Report;\n"],
    [
      'src/views/x.ts',
      "import { outcomes } from '../model/vocabulary.js';\nexport const x = outcomes;\n",
    ],
    [
      'src/views/x.ts',
      "import type { Report } from '../model/types.js';\nexport type X = Report;\n",
    ],
    [
      'src/domain/reports/x.ts',
      "import { triage } from '../safety/index.js';\nexport const x = triage;\n",
    ],
    ['src/domain/safety/x.ts', "import { triage } from './triage.js';\nexport const x = triage;\n"],
  ])('allows %s importing downwards or types only', async (filePath, code) => {
    expect(await ruleIds(filePath, code)).not.toContain(LAYER);
  });
});

describe('shape rules', () => {
  it('rejects a file in src over 400 lines', async () => {
    const code = Array.from({ length: 401 }, (_, i) => `export const x${i} = ${i};`).join('\n');
    expect(await ruleIds('src/domain/x.ts', `${code}\n`)).toContain('max-lines');
  });
  it('rejects a function in src over 80 lines', async () => {
    const body = Array.from({ length: 81 }, (_, i) => `  const x${i} = ${i};`).join('\n');
    const code = `export function f(): number {\n${body}\n  return x0;\n}\n`;
    expect(await ruleIds('src/domain/x.ts', code)).toContain('max-lines-per-function');
  });
  it('rejects an import cycle', async () => {
    // Two real modules: the safety triage reads doses from extraction, so extraction must not
    // import the triage back.
    const code = "import { triage } from '../safety/triage.js';\nexport const x = triage;\n";
    expect(await ruleIds('src/domain/extraction/dose.ts', code)).toContain('import-x/no-cycle');
  });
});
