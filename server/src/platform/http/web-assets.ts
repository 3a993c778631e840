import type { RequestHandler } from 'express';

/** Source maps give the original source away: production answers them with 404 even if a build left some. */
export const refuseSourceMaps: RequestHandler = (req, res, next) => {
  if (!req.path.endsWith('.map')) return next();
  res.status(404).type('text/plain').send('Not Found');
};
