import type { FastifyInstance } from 'fastify';

// Prometheus metrics in the text exposition format, kept in memory by this process (each instance
// is scraped on its own). No dependency: a histogram is a few counters.

const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

interface Series {
  labels: string;
  counts: number[];
  sum: number;
  count: number;
}

export class Metrics {
  private readonly latency = new Map<string, Series>();
  private readonly counters = new Map<string, number>();
  private readonly gauges = new Map<string, { help: string; read: () => number }>();

  /** A value read when scraped (cache hits, entries). */
  gauge(name: string, help: string, read: () => number): void {
    this.gauges.set(name, { help, read });
  }

  observe(method: string, route: string, status: number, seconds: number): void {
    const labels = `method="${method}",route="${route.replace(/["\\\n]/g, '_')}",status="${status}"`;
    let s = this.latency.get(labels);
    if (!s) {
      s = { labels, counts: BUCKETS.map(() => 0), sum: 0, count: 0 };
      this.latency.set(labels, s);
    }
    BUCKETS.forEach((b, i) => {
      if (seconds <= b) s.counts[i]! += 1;
    });
    s.sum += seconds;
    s.count += 1;
  }

  increment(name: string, by = 1): void {
    this.counters.set(name, (this.counters.get(name) ?? 0) + by);
  }

  render(gauges: Record<string, { help: string; value: number }>): string {
    const out: string[] = [
      '# HELP remedex_http_request_duration_seconds Time to answer a request, by route.',
      '# TYPE remedex_http_request_duration_seconds histogram',
    ];
    for (const s of this.latency.values()) {
      BUCKETS.forEach((b, i) =>
        out.push(
          `remedex_http_request_duration_seconds_bucket{${s.labels},le="${b}"} ${s.counts[i]}`,
        ),
      );
      out.push(`remedex_http_request_duration_seconds_bucket{${s.labels},le="+Inf"} ${s.count}`);
      out.push(`remedex_http_request_duration_seconds_sum{${s.labels}} ${s.sum}`);
      out.push(`remedex_http_request_duration_seconds_count{${s.labels}} ${s.count}`);
    }
    for (const [name, value] of this.counters) {
      out.push(`# TYPE ${name} counter`, `${name} ${value}`);
    }
    for (const [name, g] of this.gauges) {
      const type = name.endsWith('_total') ? 'counter' : 'gauge';
      out.push(`# HELP ${name} ${g.help}`, `# TYPE ${name} ${type}`, `${name} ${g.read()}`);
    }
    for (const [name, g] of Object.entries(gauges)) {
      out.push(`# HELP ${name} ${g.help}`, `# TYPE ${name} gauge`, `${name} ${g.value}`);
    }
    return `${out.join('\n')}\n`;
  }
}

/** Times every request by its route pattern (not its URL, so /reports/1 and /reports/2 share one). */
export function installMetrics(app: FastifyInstance, metrics: Metrics): void {
  app.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url ?? 'unmatched';
    metrics.observe(request.method, route, reply.statusCode, reply.elapsedTime / 1000);
    done();
  });
}
