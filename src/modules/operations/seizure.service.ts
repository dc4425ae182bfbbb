import { randomUUID } from 'node:crypto';
import { AppError } from '../../platform/http/app-errors.ts';
import { auditEventBy, type StaffActor } from '../access/index.ts';
import { currentLineOfNumber } from '../deal-lines/index.ts';
import { findEntityIdByBlindKey } from '../pole/index.ts';
import type { SeizureItemInput, ArrestDeps } from './arrest.service.ts';
import { findArrest, insertSeizure } from './arrest.repository.ts';
import type { NewSeizureItem } from './arrest.table.ts';
import { controlledDrugs } from './drugs.ts';
import { requireOperations } from './operations.policy.ts';
import { findWarrant } from './warrant.repository.ts';

const invalid = (field: string, message: string) => new AppError('validation_failed', message, [{ field, message }]);
export const phoneContext = (itemId: string) => `ops_seizure_item:${itemId}:phone`;

/** Seizures with controlled vocabularies; a seized phone whose number is known links to its deal line. */
export function createSeizureService(deps: ArrestDeps) {
  const { db, sealer, audit, clock, blindIndex } = deps;
  return {
    /** A seizure and its items; a phone whose number is known links to its POLE entity and deal line. */
    async seize(
      actor: StaffActor,
      input: {
        arrestId?: string | undefined;
        warrantId?: string | undefined;
        seizedAt: string;
        place: string;
        items: SeizureItemInput[];
      },
    ) {
      await requireOperations(deps, actor, 'operations.seizure.create', ['operations.record']);
      if (input.arrestId !== undefined && !(await findArrest(db, input.arrestId))) {
        throw new AppError('not_found_or_no_access');
      }
      if (input.warrantId !== undefined && !(await findWarrant(db, input.warrantId))) {
        throw invalid('warrantId', 'No such warrant');
      }
      const seizedAt = new Date(input.seizedAt);
      if (seizedAt > clock.now()) throw invalid('seizedAt', 'The seizure cannot be in the future');
      const id = randomUUID();
      const items: NewSeizureItem[] = [];
      for (const item of input.items) {
        const itemId = randomUUID();
        const base = {
          id: itemId,
          seizure_id: id,
          kind: item.kind,
          drug: null,
          drug_class: null,
          form: null,
          quantity: null,
          unit: null,
          cash_pence: null,
          phone_sealed: null,
          phone_entity_id: null,
          deal_line_id: null,
          description: null,
        };
        if (item.kind === 'drug') {
          items.push({
            ...base,
            drug: item.drug,
            drug_class: controlledDrugs[item.drug].drugClass,
            form: item.form,
            quantity: item.quantity,
            unit: item.unit,
          });
        } else if (item.kind === 'cash') {
          items.push({ ...base, cash_pence: item.amountPence });
        } else if (item.kind === 'phone') {
          const phoneEntity = item.number
            ? await findEntityIdByBlindKey(db, 'phone', blindIndex('phone', item.number))
            : null;
          const line = phoneEntity ? await currentLineOfNumber(db, phoneEntity) : undefined;
          items.push({
            ...base,
            phone_sealed: item.number ? sealer.seal(item.number, phoneContext(itemId)) : null,
            phone_entity_id: phoneEntity,
            deal_line_id: line?.deal_line_id ?? null,
            description: item.description ?? null,
          });
        } else {
          items.push({ ...base, description: item.description });
        }
      }
      await db.transaction().execute(async (tx) => {
        await insertSeizure(
          tx,
          {
            id,
            arrest_id: input.arrestId ?? null,
            warrant_id: input.warrantId ?? null,
            seized_at: seizedAt,
            place: input.place,
            created_by: actor.userId,
            created_at: clock.now(),
          },
          items,
        );
        await audit.record(
          tx,
          auditEventBy(actor, 'operations.seizure.create', {
            subject: { type: 'ops_seizure', id },
            details: {
              arrestId: input.arrestId ?? null,
              warrantId: input.warrantId ?? null,
              kinds: items.map((i) => i.kind),
              dealLines: items.flatMap((i) => (i.deal_line_id ? [i.deal_line_id] : [])),
            },
          }),
        );
      });
      return { id, linkedDealLines: items.flatMap((i) => (i.deal_line_id ? [i.deal_line_id] : [])) };
    },
  };
}

export type SeizureService = ReturnType<typeof createSeizureService>;
