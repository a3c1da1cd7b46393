import { HttpException, HttpStatus, Injectable } from '@nestjs/common';

/** Failed sign-ins allowed per e-mail address within the window. */
export const MAX_LOGIN_FAILURES = 5;
/** Failed sign-ins allowed per client address, higher because a school's staff share one address. */
export const MAX_CLIENT_LOGIN_FAILURES = 30;
export const LOGIN_FAILURE_WINDOW_MS = 15 * 60 * 1000;

/**
 * Counts failed sign-ins per e-mail address and per client address. Past a limit, every attempt
 * for that e-mail or address is rejected with 429 until the window that began with the first failure ends.
 * NOTE: the counts live in this process's memory, so each API replica counts on its own and a restart clears them.
 */
@Injectable()
export class LoginFailures {
  private readonly failures = new Map<string, { count: number; windowEndsAt: number }>();

  /** Rejects with 429 when the e-mail or the client address has too many recent failures. */
  assertAllowed(email: string, clientAddress: string, now = Date.now()): void {
    for (const [key, limit] of limits(email, clientAddress)) {
      const entry = this.current(key, now);
      if (entry && entry.count >= limit) throw tooMany(entry.windowEndsAt - now);
    }
  }

  recordFailure(email: string, clientAddress: string, now = Date.now()): void {
    for (const [key] of limits(email, clientAddress)) {
      const entry = this.current(key, now) ?? { count: 0, windowEndsAt: now + LOGIN_FAILURE_WINDOW_MS };
      entry.count += 1;
      this.failures.set(key, entry);
    }
  }

  private current(key: string, now: number) {
    const entry = this.failures.get(key);
    if (entry && entry.windowEndsAt <= now) {
      this.failures.delete(key);

      return undefined;
    }

    return entry;
  }
}

function limits(email: string, clientAddress: string): [key: string, limit: number][] {
  return [
    [`email:${email}`, MAX_LOGIN_FAILURES],
    [`client:${clientAddress}`, MAX_CLIENT_LOGIN_FAILURES],
  ];
}

function tooMany(msLeft: number): HttpException {
  return new HttpException(
    `Too many failed sign-ins: try again in ${Math.max(1, Math.ceil(msLeft / 60_000))} minutes.`,
    HttpStatus.TOO_MANY_REQUESTS,
  );
}
