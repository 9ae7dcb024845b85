import { AppError } from '../domain/errors.ts';

/**
 * The one place that turns Prisma's known failures into AppError, so no Prisma
 * or SQLite message ever travels further. Unknown errors pass through untouched
 * (the HTTP edge logs them and answers 500 without detail).
 */
export function mapPrismaError(error: unknown, subject: string): unknown {
  const code = typeof error === 'object' && error !== null && 'code' in error ? (error as { code: unknown }).code : undefined;
  switch (code) {
    // The first of each pair is Prisma's code, the second better-sqlite3's on the prepared-statement paths.
    case 'P2002':
    case 'SQLITE_CONSTRAINT_UNIQUE':
    case 'SQLITE_CONSTRAINT_PRIMARYKEY':
      return new AppError('conflict', `${subject} already exists`, [], { cause: error });
    case 'P2003':
    case 'P2014':
    case 'SQLITE_CONSTRAINT_FOREIGNKEY':
      return new AppError('conflict', `${subject} is still referenced by other records`, [], { cause: error });
    case 'P2025':
      return new AppError('not-found', `${subject} was not found`, [], { cause: error });
    default:
      return error;
  }
}
