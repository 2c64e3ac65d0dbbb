// The baseline of the page benchmark: files served by Fastify and @fastify/static, in a process of
// its own like the app it is compared with. Usage: PORT=N tsx bench/static-server.ts ROOT
import fastifyStatic from '@fastify/static';
import Fastify from 'fastify';

const root = process.argv[2];
const port = process.env.PORT;
if (!root || !port) throw new Error('usage: PORT=N static-server.ts ROOT');
const app = Fastify();
await app.register(fastifyStatic, { root });
await app.listen({ port: Number(port), host: '127.0.0.1' });
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
