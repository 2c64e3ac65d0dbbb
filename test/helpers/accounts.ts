import type { FastifyInstance } from 'fastify';
import { signUp } from '../../src/domain/accounts/index.js';
import type { Role } from '../../src/model/types.js';
import { Agent } from './agent.js';
import type { DemoSite } from './db.js';

let n = 0;

/** An account with the given role, created through the domain and signed in through the form. */
export async function signedIn(
  app: () => FastifyInstance,
  site: () => DemoSite,
  role: Role,
  name = `${role} ${++n}`,
): Promise<{ agent: Agent; id: number }> {
  const email = `${role}-${n}-${Math.random().toString(36).slice(2, 8)}@example.org`;
  const viewer = await site()
    .database.db.transaction()
    .execute((trx) =>
      signUp(
        trx,
        { displayName: name, email, password: 'a long test passphrase' },
        new Date(),
        role,
      ),
    );
  const agent = new Agent(app);
  await agent.get('/signin');
  const res = await agent.post('/signin', { email, password: 'a long test passphrase' });
  if (res.statusCode !== 303) throw new Error(`sign-in failed: ${res.statusCode}`);
  await agent.get('/');
  return { agent, id: viewer.id };
}
