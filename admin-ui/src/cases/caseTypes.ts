/**
 * Expulsion cases as the API returns them: the API's view types and the workflow's stage names,
 * imported as they are so that the admin UI and the API cannot drift apart. Vite bundles the
 * stage constants; the types vanish at build time.
 */
import type { CaseDetail } from '../../../api/cases/case.views';

export { EXPULSION_STAGES as STAGES, OPEN_EXPULSION_STAGES as OPEN_STAGES, STAGE_LABELS } from '../../../workflows/expulsion/stages';
export type { ExpulsionStage as Stage, OpenExpulsionStage as OpenStage } from '../../../workflows/expulsion/stages';
export type { ExpulsionAction as CaseAction } from '../../../workflows/expulsion/actions';
export type { CaseDetail, CaseEscalation, CaseRow, SlaState, StageStep, TimelineEntry } from '../../../api/cases/case.views';

/** Days out of school on suspension, against the 10-school-day limit (105 ILCS 5/10-22.6). */
export type LegalClock = NonNullable<CaseDetail['legalClock']>;
