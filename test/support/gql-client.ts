export interface GqlError {
  message: string;
  path?: Array<string | number>;
  extensions?: { code?: string; field?: string; [key: string]: unknown };
}

export interface GqlResponse<T = Record<string, any>> {
  status: number;
  data?: T | null;
  errors?: GqlError[];
}

/** GraphQL over HTTP with a cookie jar of one session cookie, like a browser tab. */
export class GqlClient {
  cookie: string | null = null;
  /** The trusted-device cookie (`tl_device`), kept across sign-out like a browser does. */
  deviceCookie: string | null = null;

  constructor(readonly baseUrl: string) {}

  async request<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}): Promise<GqlResponse<T>> {
    const res = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...this.cookieHeader(), ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = res.headers.getSetCookie();
    for (const c of setCookie) {
      const [pair] = c.split(';');
      const [name, value] = pair.split('=');
      if (name === 'tl_session') this.cookie = value ? `tl_session=${value}` : null;
      if (name === 'tl_device') this.deviceCookie = value ? `tl_device=${value}` : null;
    }
    const body = (await res.json()) as { data?: T; errors?: GqlError[] };
    return { status: res.status, data: body.data, errors: body.errors };
  }

  private cookieHeader(): { cookie?: string } {
    const cookies = [this.cookie, this.deviceCookie].filter(Boolean);
    return cookies.length ? { cookie: cookies.join('; ') } : {};
  }

  /** Asserts success and returns data. */
  async ok<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const res = await this.request<T>(query, variables);
    if (res.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
    return res.data as T;
  }

  /** Asserts exactly one error and returns it. */
  async error(query: string, variables?: Record<string, unknown>): Promise<GqlError> {
    const res = await this.request(query, variables);
    if (!res.errors?.length) throw new Error(`Expected an error, got ${JSON.stringify(res.data)}`);
    return res.errors[0];
  }
}
