import { AppError } from '../domain/errors.ts';

/**
 * The one place that turns Prisma's known failures into AppError, so no Prisma
 * or SQLite message ever travels further. Unknown errors pass through untouched
 * (the HTTP edge logs them and answers 500 without detail).
 */
export function mapPrismaError(error: unknown, subject: string): unknown {
  const code = typeof error === 'object' && error !== null && 'code' in error ? (error as { code: unknown }).code : undefined;
  switch (code) {
    case 'P2002':
      return new AppError('conflict', `${subject} already exists`, [], { cause: error });
    case 'P2003':
    case 'P2014':
      return new AppError('conflict', `${subject} is still referenced by other records`, [], { cause: error });
    case 'P2025':
      return new AppError('not-found', `${subject} was not found`, [], { cause: error });
    default:
      return error;
  }
}
