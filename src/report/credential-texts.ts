import type { ProgramModel } from '../program/model.js';
import type { BadgeCredential } from './badges.js';

/** Every credential of the program with the words its badge shows: what earning it takes. */
export function badgeCredentials(model: ProgramModel): BadgeCredential[] {
  return model.curricula.flatMap((curriculum) =>
    (curriculum.value.spec.credentials ?? []).map((credential) => {
      const requires = credential.requires;
      const parts = [
        ...(requires.modules?.length ? [`pass the modules ${requires.modules.join(', ')}`] : []),
        ...(requires.attendance !== undefined ? [`attend at least ${Math.round(requires.attendance * 100)}% of the sessions`] : []),
        ...(requires.capstone ? ['have a capstone project accepted'] : []),
      ];
      return {
        id: credential.id,
        name: credential.name,
        ...(credential.description ? { description: credential.description } : {}),
        curriculum: curriculum.value.metadata.id,
        criteriaText: `In ${curriculum.value.metadata.name}: ${parts.join('; ')}.`,
      };
    }),
  );
}
