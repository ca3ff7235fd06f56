/**
 * A tiny Prometheus registry: one counter and one histogram, exposition
 * format 0.0.4. Written by hand because the two metrics we need do not
 * justify a dependency (prom-client pulls in a registry, default collectors
 * and a cluster aggregator).
 *
 * Labels are route TEMPLATES (`/api/privacy/requests/:id`), never raw paths:
 * raw paths put user-controlled ids into label values and make cardinality
 * unbounded.
 */

/** Upper bounds in seconds; tuned for an API that answers in milliseconds. */
export const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] as const;

interface Histogram {
  readonly counts: number[];
  sum: number;
  count: number;
}

export interface RequestObservation {
  readonly route: string;
  readonly method: string;
  readonly status: number;
  readonly durationS: number;
}

export class MetricsRegistry {
  readonly #requests = new Map<string, { route: string; method: string; status: number; value: number }>();
  readonly #durations = new Map<string, Histogram>();

  observe({ route, method, status, durationS }: RequestObservation): void {
    const key = `${route}\u0000${method}\u0000${status}`;
    const counter = this.#requests.get(key);
    if (counter) counter.value += 1;
    else this.#requests.set(key, { route, method, status, value: 1 });

    let histogram = this.#durations.get(route);
    if (!histogram) {
      histogram = { counts: DURATION_BUCKETS.map(() => 0), sum: 0, count: 0 };
      this.#durations.set(route, histogram);
    }
    DURATION_BUCKETS.forEach((bound, index) => {
      if (durationS <= bound && histogram) histogram.counts[index] = (histogram.counts[index] ?? 0) + 1;
    });
    histogram.sum += durationS;
    histogram.count += 1;
  }

  /** Total of `http_requests_total` for one route template (all methods/statuses). */
  requestCount(route: string): number {
    let total = 0;
    for (const counter of this.#requests.values()) if (counter.route === route) total += counter.value;
    return total;
  }

  /** Renders the registry plus process gauges in Prometheus text format. */
  render(extra: { uptimeS: number; region: string }): string {
    const lines: string[] = [
      '# HELP http_requests_total HTTP requests handled, by route template, method and status.',
      '# TYPE http_requests_total counter',
    ];
    for (const { route, method, status, value } of this.#requests.values()) {
      lines.push(`http_requests_total{${labels({ route, method, status: String(status) })}} ${value}`);
    }
    lines.push(
      '# HELP http_request_duration_seconds Time to produce a response, by route template.',
      '# TYPE http_request_duration_seconds histogram',
    );
    for (const [route, histogram] of this.#durations) {
      DURATION_BUCKETS.forEach((bound, index) => {
        lines.push(
          `http_request_duration_seconds_bucket{${labels({ route, le: String(bound) })}} ${histogram.counts[index] ?? 0}`,
        );
      });
      lines.push(`http_request_duration_seconds_bucket{${labels({ route, le: '+Inf' })}} ${histogram.count}`);
      lines.push(`http_request_duration_seconds_sum{${labels({ route })}} ${histogram.sum}`);
      lines.push(`http_request_duration_seconds_count{${labels({ route })}} ${histogram.count}`);
    }
    lines.push(
      '# HELP process_uptime_seconds Seconds since this region process started serving.',
      '# TYPE process_uptime_seconds gauge',
      `process_uptime_seconds{${labels({ region: extra.region })}} ${extra.uptimeS}`,
      '# HELP process_resident_memory_bytes Resident set size.',
      '# TYPE process_resident_memory_bytes gauge',
      `process_resident_memory_bytes ${process.memoryUsage.rss()}`,
    );
    return `${lines.join('\n')}\n`;
  }
}

/** Label values escaped per the exposition format (backslash, quote, newline). */
function labels(values: Readonly<Record<string, string>>): string {
  return Object.entries(values)
    .map(
      ([name, value]) =>
        `${name}="${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`,
    )
    .join(',');
}
