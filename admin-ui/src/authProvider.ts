import type { AuthProvider, UserIdentity } from 'react-admin';
import { clearAccessToken, readAccessToken, storeAccessToken } from './auth/accessToken';
import { API_URL, httpClient } from './httpClient';

/** The signed-in person as `GET /api/me` returns it. */
interface Me {
  id: string;
  email: string;
  displayName: string;
  role: string;
  areaId: string | null;
  schoolId: string | null;
}

/** Identity given to react-admin: `fullName` is the display name, and the scope is kept. */
export interface BatonIdentity extends UserIdentity {
  id: string;
  fullName: string;
  email: string;
  role: string;
  areaId: string | null;
  schoolId: string | null;
}

interface LoginParams {
  email: string;
  password: string;
}

interface LoginResponse {
  accessToken: string;
}

/** Fetches the signed-in person; without a stored token it rejects without calling the API. */
const fetchMe = async (): Promise<Me> => {
  if (!readAccessToken()) {
    throw new Error('Not signed in.');
  }
  const { json } = await httpClient(`${API_URL}/me`);
  return json as Me;
};

const hasStatus = (error: unknown): error is { status: number } =>
  typeof error === 'object' && error !== null && typeof (error as { status?: unknown }).status === 'number';

export const authProvider: AuthProvider = {
  // A failed sign-in (wrong password, 429 rate limit) rejects with the API's problem detail,
  // which the login form shows as its error notification.
  login: async ({ email, password }: LoginParams) => {
    const { json } = await httpClient(`${API_URL}/auth/login`, {
      method: 'POST',
      body: JSON.stringify({ email, password }),
    });
    storeAccessToken((json as LoginResponse).accessToken);
  },

  logout: async () => {
    clearAccessToken();
  },

  checkAuth: async () => {
    if (!readAccessToken()) {
      throw new Error('Sign in to continue.');
    }
  },

  // Only 401 means the token is missing, expired or revoked. A 403 rejects access to one resource
  // only, so the person stays signed in.
  checkError: async (error: unknown) => {
    if (hasStatus(error) && error.status === 401) {
      throw error;
    }
  },

  getIdentity: async (): Promise<BatonIdentity> => {
    const me = await fetchMe();
    return {
      id: me.id,
      fullName: me.displayName,
      email: me.email,
      role: me.role,
      areaId: me.areaId,
      schoolId: me.schoolId,
    };
  },

  getPermissions: async (): Promise<string> => {
    const me = await fetchMe();
    return me.role;
  },
};
