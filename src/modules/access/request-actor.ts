import type { FastifyRequest } from 'fastify';
import { AppError } from '../../platform/http/app-errors.ts';
import type { StaffActor } from './actor.ts';

// The staff listener's authentication hook resolves the session into `request.staffActor`.
// Routes call `actorOf(request)`; an anonymous request is refused with 401 before any
// service runs.
declare module 'fastify' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- augmentation merges into an interface
  interface FastifyRequest {
    staffActor: StaffActor | null;
  }
}

export function actorOf(request: FastifyRequest): StaffActor {
  if (!request.staffActor) {
    throw new AppError('unauthenticated');
  }
  return { ...request.staffActor, requestId: request.id };
}
