/** A parsed JSON response body with the response headers. */
interface Reply<T> {
  body: T;
  headers: Headers;
}

/**
 * A small HTTP client of the Baton API for the benchmark. Every call checks the status it expects
 * and throws with the method, path, status and the API's problem detail otherwise, because a
 * benchmark that times error responses would report meaningless numbers.
 */
export class BenchClient {
  constructor(private readonly baseUrl: string) {}

  /** Signs in and returns the access token. */
  async login(email: string, password: string): Promise<string> {
    const reply = await this.send<{ accessToken: string }>('POST', '/auth/login', { json: { email, password }, expected: 200 });

    return reply.body.accessToken;
  }

  async get<T>(path: string, token: string): Promise<T> {
    return (await this.send<T>('GET', path, { token, expected: 200 })).body;
  }

  /** Reads a list endpoint: one page of rows, and the number of all matching rows from `X-Total-Count`. */
  async list<T>(path: string, token: string): Promise<{ rows: T[]; total: number }> {
    const reply = await this.send<T[]>('GET', path, { token, expected: 200 });
    const total = Number(reply.headers.get('X-Total-Count') ?? Number.NaN);
    if (!Number.isInteger(total)) throw new Error(`GET ${path} sent no X-Total-Count header: pass the path of a list endpoint.`);

    return { rows: reply.body, total };
  }

  async post<T>(path: string, token: string, json: unknown, expected: number): Promise<T> {
    return (await this.send<T>('POST', path, { token, json, expected })).body;
  }

  private async send<T>(method: string, path: string, options: { token?: string; json?: unknown; expected: number }): Promise<Reply<T>> {
    const headers: Record<string, string> = {};
    if (options.json !== undefined) headers['Content-Type'] = 'application/json';
    if (options.token) headers.Authorization = `Bearer ${options.token}`;

    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      body: options.json === undefined ? undefined : JSON.stringify(options.json),
    });
    const text = await response.text();

    if (response.status !== options.expected) {
      const hint = response.status === 429 ? ' The API rate limit (600 requests a minute per route and client address) was reached: lower the request counts in test/bench/run.ts.' : '';
      throw new Error(`${method} ${path} returned ${response.status}, expected ${options.expected}: ${problemDetail(text)}.${hint}`);
    }

    return { body: JSON.parse(text) as T, headers: response.headers };
  }
}

/** Extracts the `detail` of a problem-details body, or else the start of the raw text. */
function problemDetail(text: string): string {
  try {
    const body = JSON.parse(text) as { detail?: unknown; message?: unknown };

    return String(body.detail ?? body.message ?? text.slice(0, 300));
  } catch {
    return text.slice(0, 300);
  }
}
