// Imports a generated WordPress export of many comments into a fresh SQLite site, timing the run
// and reading the importer's peak memory, at two sizes: flat memory means the larger file needs
// no more than the smaller one. Usage: npm run bench:wordpress [-- --comments 100000]
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { comments: { type: 'string', default: '100000' } } });
const total = Number(values.comments);
const PER_POST = 500;
const words = ['ginger', 'tea', 'helped', 'my', 'nausea', 'within', 'a', 'week', 'and', 'sleep'];

async function writeExport(path: string, comments: number): Promise<void> {
  const out = createWriteStream(path);
  const put = async (s: string) => {
    if (!out.write(s)) await once(out, 'drain');
  };
  await put(
    `<?xml version="1.0" encoding="UTF-8" ?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/">\n<channel><title>Bench</title>\n`,
  );
  for (let p = 0, c = 0; c < comments; p++) {
    await put(
      `<item><title>Remedy ${p}</title><content:encoded><![CDATA[<p>Remedy number ${p}.</p>]]></content:encoded><wp:post_name>remedy-${p}</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type><wp:post_date_gmt>2015-01-01 00:00:00</wp:post_date_gmt><category domain="category"><![CDATA[Nausea]]></category>\n`,
    );
    for (let k = 0; k < PER_POST && c < comments; k++, c++) {
      const text = Array.from({ length: 30 }, (_, i) => words[(c + i * 7) % words.length]).join(
        ' ',
      );
      const parent = k % 5 === 4 ? c - 1 : 0;
      const day = String(1 + (c % 28)).padStart(2, '0');
      await put(
        `<wp:comment><wp:comment_id>${c + 1}</wp:comment_id><wp:comment_author><![CDATA[Reader ${c % 5000}]]></wp:comment_author><wp:comment_author_email>r${c % 5000}@example.org</wp:comment_author_email><wp:comment_date_gmt>2016-02-${day} 10:${String(c % 60).padStart(2, '0')}:00</wp:comment_date_gmt><wp:comment_content><![CDATA[${text} ${c}.]]></wp:comment_content><wp:comment_approved>1</wp:comment_approved><wp:comment_type>comment</wp:comment_type><wp:comment_parent>${parent === 0 ? 0 : parent}</wp:comment_parent><wp:commentmeta><wp:meta_key>rating</wp:meta_key><wp:meta_value>${1 + (c % 5)}</wp:meta_value></wp:commentmeta></wp:comment>\n`,
      );
    }
    await put('</item>\n');
  }
  await put('</channel></rss>\n');
  out.end();
  await once(out, 'finish');
}

function run(file: string, db: string): { seconds: number; peakMb: number; out: string } {
  rmSync(db, { force: true });
  const started = Date.now();
  const r = spawnSync(
    '/usr/bin/time',
    ['-f', 'PEAK_KB %M', 'node', 'bin/remedex.js', 'import-wordpress', file, '--publish'],
    {
      env: { ...process.env, DATABASE_URL: `sqlite:${db}`, DEMO_CONTENT: 'off' },
      encoding: 'utf8',
    },
  );
  const seconds = (Date.now() - started) / 1000;
  if (r.status !== 0) throw new Error(`import failed: ${r.stderr}`);
  const peak = Number(/PEAK_KB (\d+)/.exec(r.stderr)?.[1] ?? 0);
  return { seconds, peakMb: Math.round(peak / 1024), out: r.stdout.split('\n')[0] ?? '' };
}

mkdirSync('bench/out', { recursive: true });
for (const n of [Math.round(total / 10), total]) {
  const file = `bench/out/wordpress-${n}.xml`;
  await writeExport(file, n);
  const r = run(file, 'bench/out/wordpress.db');
  console.log(
    `${n.toLocaleString('en-US')} comments: ${r.seconds.toFixed(1)} s, peak ${r.peakMb} MB`,
  );
  console.log(`  ${r.out}`);
}
