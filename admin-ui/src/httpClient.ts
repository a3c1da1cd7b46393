import { fetchUtils, HttpError } from 'react-admin';
import { readAccessToken } from './auth/accessToken';

/** Base path of the Baton API. The Vite dev server proxies it, and in production the API serves the built UI. */
export const API_URL = '/api';

/** RFC 9457 problem details: the body of every error response from the API. */
interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
}

const isProblemDetails = (body: unknown): body is ProblemDetails =>
  typeof body === 'object' && body !== null && ('detail' in body || 'title' in body);

/** Rewrites an HttpError so its message is the problem's `detail`, which notifications display. */
const withProblemDetail = (error: unknown): unknown => {
  if (!(error instanceof HttpError) || !isProblemDetails(error.body)) {
    return error;
  }
  const message = error.body.detail || error.body.title || error.message;
  return new HttpError(message, error.status, error.body);
};

/**
 * Sends a JSON request to the API with the stored bearer token, if any. A failed request rejects
 * with an HttpError that carries the HTTP status and the API's problem detail as its message.
 */
export const httpClient = async (url: string, options: fetchUtils.Options = {}) => {
  const token = readAccessToken();
  try {
    return await fetchUtils.fetchJson(url, {
      ...options,
      user: token ? { authenticated: true, token: `Bearer ${token}` } : undefined,
    });
  } catch (error) {
    throw withProblemDetail(error);
  }
};
