import type { FastifyReply } from 'fastify';

/** RFC 9457 problem details, the error shape of the staff JSON API. */
export type Problem = {
  readonly type?: string;
  readonly title: string;
  readonly status: number;
  readonly detail?: string;
  readonly errors?: readonly { readonly field: string; readonly message: string }[];
};

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply
    .code(problem.status)
    .header('content-type', 'application/problem+json; charset=utf-8')
    .header('cache-control', 'no-store')
    .send({ type: problem.type ?? 'about:blank', ...problem });
}
