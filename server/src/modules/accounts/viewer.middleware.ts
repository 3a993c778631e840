import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { SESSION_COOKIE } from './domain/session-token';
import type { Viewer } from './domain/viewer';
import { SessionsService } from './sessions.service';

declare module 'express' {
  interface Request {
    viewer?: Viewer;
  }
}

/** Resolves the session cookie to a Viewer once per request, before any resolver runs. */
@Injectable()
export class ViewerMiddleware implements NestMiddleware {
  constructor(private readonly sessions: SessionsService) {}

  async use(req: Request, _res: Response, next: NextFunction) {
    try {
      req.viewer = await this.sessions.resolveViewer(req.cookies?.[SESSION_COOKIE]);
      next();
    } catch (err) {
      next(err);
    }
  }
}
