/** The body of a new referral, with plausible defaults; the student is invented. */
export function referralBody(schoolId: string, overrides: Record<string, unknown> = {}) {
  return {
    schoolId,
    student: { name: 'Jordan Example', localId: `S${Math.floor(Math.random() * 1e8)}`, grade: '8' },
    incidentDate: '2026-11-30',
    incident: 'Fight in the cafeteria causing injury.',
    interventionsTried: 'Restorative conference; parent meeting; behavior plan.',
    ...overrides,
  };
}

/** Polls `read` until it returns a value that `accept` takes, or fails after `timeoutMs`. */
export async function eventually<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T = await read();
  while (!accept(last)) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms; last value: ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
    last = await read();
  }

  return last;
}
