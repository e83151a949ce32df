import type { Rule } from '../rule.js';
import { graphPrerequisiteCycle } from './graph-prerequisite-cycle.js';
import { programSingletons } from './program-singletons.js';
import { refApprover } from './ref-approver.js';
import { refCompetency } from './ref-competency.js';
import { refCurriculum } from './ref-curriculum.js';
import { refDataClass } from './ref-data-class.js';
import { refFile } from './ref-file.js';
import { refGroup } from './ref-group.js';
import { refMentor } from './ref-mentor.js';
import { refModule } from './ref-module.js';
import { refParticipant } from './ref-participant.js';
import { refPrerequisite } from './ref-prerequisite.js';
import { refTool } from './ref-tool.js';
import { uniqueId } from './unique-id.js';
import { uniqueParticipant } from './unique-participant.js';

/** Rules that check names and paths point at something that exists, that ids are unique, and that the document set is whole. */
export const REFERENCE_RULES: readonly Rule[] = [
  programSingletons,
  refCurriculum,
  refModule,
  refPrerequisite,
  graphPrerequisiteCycle,
  refCompetency,
  refMentor,
  refParticipant,
  refGroup,
  refTool,
  refDataClass,
  refApprover,
  refFile,
  uniqueId,
  uniqueParticipant,
];
