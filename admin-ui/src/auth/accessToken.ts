/** localStorage key of the API access token returned by `POST /api/auth/login`. */
const ACCESS_TOKEN_KEY = 'baton.accessToken';

export const readAccessToken = (): string | null => localStorage.getItem(ACCESS_TOKEN_KEY);

export const storeAccessToken = (token: string): void => {
  localStorage.setItem(ACCESS_TOKEN_KEY, token);
};

export const clearAccessToken = (): void => {
  localStorage.removeItem(ACCESS_TOKEN_KEY);
};
