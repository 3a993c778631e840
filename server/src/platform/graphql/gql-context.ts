import type { Request, Response } from 'express';
import { LoaderRegistry } from './loaders';

/** What every resolver receives as GraphQL context: the HTTP pair and this request's DataLoaders. */
export interface GqlContext {
  req: Request;
  res: Response;
  loaders: LoaderRegistry;
}
