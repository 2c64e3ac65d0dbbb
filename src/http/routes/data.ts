// /data: the open outcomes data page, its files (stored gzipped: sent as they are to readers that
// accept gzip, unpacked for the rest) and its datapackage.json.
import type { FastifyInstance } from 'fastify';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { DATASETS, licenseOf, openDataFile, openDataFiles } from '../../domain/open/index.js';
import { DomainError } from '../../model/errors.js';
import { dataPackage, dataPage } from '../../views/pages/data.js';
import { type RouteDeps, html, pageContext } from '../context.js';

export function registerDataRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const db = deps.store;
  const abs = (path: string) => new URL(path, deps.settings.publicUrl).toString();
  const view = async () => ({
    datasets: DATASETS,
    files: await openDataFiles(db),
    license: licenseOf(deps.settings.openDataLicense),
    minReports: deps.settings.insightMinReports,
  });

  app.get('/data', async (request, reply) =>
    html(reply, dataPage(await view(), await pageContext(request, reply))),
  );

  app.get('/data/datapackage.json', async (_request, reply) =>
    reply.header('cache-control', 'public, max-age=3600').send(dataPackage(await view(), abs)),
  );

  app.get<{ Params: { file: string } }>('/data/:file', async (request, reply) => {
    const file = await openDataFile(db, request.params.file);
    if (!file)
      throw new DomainError('PAGE_NOT_FOUND', 'There is no such file, or it is not built yet.');
    const tag = `"${file.name}:${file.builtAt}"`;
    reply
      .header('etag', tag)
      .header('cache-control', 'public, max-age=3600')
      .header('last-modified', new Date(file.builtAt).toUTCString())
      .header('vary', 'accept-encoding')
      .header('content-disposition', `attachment; filename="remedex-${file.name}"`)
      .type(
        file.name.endsWith('.csv') ? 'text/csv; charset=utf-8' : 'application/jsonl; charset=utf-8',
      );
    if (request.headers['if-none-match'] === tag) return reply.code(304).send();
    const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    return gzip
      ? reply.header('content-encoding', 'gzip').send(file.content)
      : reply.send(Readable.from([file.content]).pipe(createGunzip()));
  });
}
