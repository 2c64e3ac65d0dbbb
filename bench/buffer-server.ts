// The runtime's limit: a bare Fastify route answering each measured page's prebuilt buffer, with
// no plugin or hook. Usage: PORT=N tsx bench/buffer-server.ts ROOT (files under ROOT and ROOT/br).
import { readdirSync, readFileSync } from 'node:fs';
import Fastify from 'fastify';

const root = process.argv[2];
const port = process.env.PORT;
if (!root || !port) throw new Error('usage: PORT=N buffer-server.ts ROOT');
const pages = new Map<string, Buffer>();
for (const dir of ['', 'br/'])
  for (const file of readdirSync(`${root}/${dir}`, { withFileTypes: true }))
    if (file.isFile()) pages.set(`/${dir}${file.name}`, readFileSync(`${root}/${dir}${file.name}`));
const app = Fastify();
app.get('/*', (request, reply) => {
  const page = pages.get(request.url);
  if (!page) return reply.code(404).send();
  if (request.url.startsWith('/br/')) reply.header('content-encoding', 'br');
  return reply.type('text/html; charset=utf-8').send(page);
});
await app.listen({ port: Number(port), host: '127.0.0.1' });
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
