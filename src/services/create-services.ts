import type { Logger } from 'pino';
import type { Db } from '../db/create-db.ts';
import { createAnalysisService, type AnalysisService } from './analysis-service.ts';
import { createApiKeyService, type ApiKeyService } from './api-key-service.ts';
import { createHealthService, type HealthService } from './health-service.ts';
import { createClaimService, type ClaimService } from './claim-service.ts';
import { createComparisonService, type ComparisonService } from './comparison-service.ts';
import { lemmatise } from '../domain/text/lemmatise.ts';
import { createImportService, type ImportService } from './import-service.ts';
import { createMeetingService, type MeetingService } from './meeting-service.ts';
import { createPartyService, type PartyService } from './party-service.ts';
import { createRateLimitService, type RateLimitService } from './rate-limit-service.ts';
import { createReportService, type ReportService } from './report-service.ts';
import { createSearchService, type SearchService } from './search-service.ts';
import { createStatementService, type StatementService } from './statement-service.ts';
import { createTaxonomyService, type TaxonomyService } from './taxonomy-service.ts';

/** Everything the HTTP, web and CLI shells call. */
export interface AppServices {
  readonly parties: PartyService;
  readonly meetings: MeetingService;
  readonly statements: StatementService;
  readonly imports: ImportService;
  readonly taxonomy: TaxonomyService;
  readonly analysis: AnalysisService;
  readonly claims: ClaimService;
  readonly comparisons: ComparisonService;
  readonly search: SearchService;
  readonly reports: ReportService;
  readonly health: HealthService;
  readonly apiKeys: ApiKeyService;
  readonly rateLimits: RateLimitService;
}

export interface ServiceDeps {
  readonly db: Db;
  readonly now: () => Date;
  readonly logger?: Logger | undefined;
}

export function createServices(deps: ServiceDeps): AppServices {
  const reanalyse = () => analysis.scheduleReanalysis();
  const taxonomy = createTaxonomyService({ db: deps.db, onChange: reanalyse });
  const analysis = createAnalysisService({ db: deps.db, taxonomy, logger: deps.logger });
  const comparisons = createComparisonService({ db: deps.db, taxonomy, lemmatise, logger: deps.logger });
  // Every committed write may have changed a meeting's readouts; the refresher checks the stale flags.
  deps.db.onCommit(() => comparisons.scheduleRefresh());
  const meetings = createMeetingService({ ...deps, onAnalysisInputsChanged: reanalyse });
  return {
    parties: createPartyService({ ...deps, onAnalysisInputsChanged: reanalyse }),
    meetings,
    statements: createStatementService({ ...deps, analysis }),
    imports: createImportService({ ...deps, analysis }),
    taxonomy,
    analysis,
    claims: createClaimService({ db: deps.db, taxonomy }),
    comparisons,
    search: createSearchService(deps),
    reports: createReportService({ db: deps.db, now: deps.now, comparisons, meetings }),
    apiKeys: createApiKeyService(deps),
    rateLimits: createRateLimitService(deps),
    health: createHealthService({ db: deps.db, analysis, now: deps.now }),
  };
}
