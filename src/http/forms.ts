import type { FastifyRequest } from 'fastify';
import { InvalidInput } from '../domain/common/index.js';
import type { FormState, Values } from '../views/components/form.js';

/** The submitted form as plain strings (formbody gives strings, or arrays for repeated names). */
export function formValues(request: FastifyRequest): Values {
  const body = request.body;
  if (!body || typeof body !== 'object') return {};
  const values: Values = {};
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
    if (key === '_csrf' || key === 'password') continue; // never echoed back into a page
    if (typeof value === 'string') values[key] = value;
    else if (Array.isArray(value))
      values[key] = value.filter((v): v is string => typeof v === 'string');
  }
  return values;
}

/** A form state to re-render: what the user typed, and the domain's message for each field. */
export function formState(request: FastifyRequest, error: InvalidInput): FormState {
  return { values: formValues(request), errors: error.fields };
}

/** A bot filled the hidden field. */
export const isBot = (request: FastifyRequest): boolean => {
  const body = request.body as Record<string, unknown> | undefined;
  return typeof body?.website === 'string' && body.website.trim() !== '';
};

export async function orFormError<T>(work: () => Promise<T>): Promise<T | InvalidInput> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof InvalidInput) return error;
    throw error;
  }
}
