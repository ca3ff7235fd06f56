// Shared reporting for checks: a failed expectation is shown, not thrown, so the
// test driver can print every failure at once. `pending` holds the verdict while
// an asynchronous check (a router's first health check, a lazy chunk) settles.
export interface Expectation {
  label: string;
  actual: unknown;
  expected: unknown;
}

export function Result({
  pkg,
  expectations,
  pending = false,
}: {
  pkg: string;
  expectations: Expectation[];
  pending?: boolean;
}) {
  const failures = expectations.filter((e) => JSON.stringify(e.actual) !== JSON.stringify(e.expected));
  const status = pending ? 'pending' : failures.length ? 'fail' : 'pass';
  return (
    <section data-package={pkg} data-status={status}>
      <h2>{pkg}</h2>
      <ul>
        {expectations.map((e) => (
          <li key={e.label}>
            {e.label}: {JSON.stringify(e.actual)}
            {failures.includes(e) ? ` (expected ${JSON.stringify(e.expected)})` : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}
