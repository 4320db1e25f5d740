// Errors as the API answers them: {error: {code, message}} with a stable code. Bad input is a
// 4xx with a message, never a 500.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { ZodError } from 'zod';
import { StoreError } from '../store/index.js';

export type ApiErrorCode =
  | 'E_BAD_REQUEST'
  | 'E_NOT_FOUND'
  | 'E_UNAUTHORIZED'
  | 'E_WRITE_DISABLED'
  | 'E_UNPROCESSABLE'
  | 'E_TOO_LARGE'
  | 'E_UNSUPPORTED_MEDIA_TYPE'
  | 'E_INTERNAL';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode | `E_INPUT_${string}` | `E_FETCH_${string}` | `E_FEED_${string}`,
    message: string,
  ) {
    super(message);
  }
}

export interface ErrorBody {
  error: { code: string; message: string };
}

export const errorBody = (code: string, message: string): ErrorBody => ({ error: { code, message } });

function describeZod(error: ZodError): string {
  return error.issues.map((issue) => `${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}`).join('; ');
}

/** Fastify's own 4xx errors (body too large, bad JSON, wrong media type) mapped to our codes. */
function fastifyCode(error: FastifyError): ApiErrorCode {
  if (error.statusCode === 413) return 'E_TOO_LARGE';
  if (error.statusCode === 415) return 'E_UNSUPPORTED_MEDIA_TYPE';
  return 'E_BAD_REQUEST';
}

export function handleError(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply): void {
  if (error instanceof ApiError) {
    void reply.code(error.status).send(errorBody(error.code, error.message));
  } else if (error instanceof ZodError) {
    void reply.code(400).send(errorBody('E_BAD_REQUEST', describeZod(error)));
  } else if (error instanceof StoreError && error.code === 'E_STORE_QUERY') {
    void reply.code(400).send(errorBody('E_BAD_REQUEST', error.message));
  } else if ('statusCode' in error && typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
    void reply.code(error.statusCode).send(errorBody(fastifyCode(error as FastifyError), error.message));
  } else {
    request.log.error(error);
    void reply.code(500).send(errorBody('E_INTERNAL', 'internal error; see the server log'));
  }
}
