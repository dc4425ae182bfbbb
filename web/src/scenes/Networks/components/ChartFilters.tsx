import type { SubmitEvent } from 'react';
import type { EntityKind } from '../../../api/network-types.ts';
import { kindLabels } from '../../../components/chart-colours.ts';
import { formText } from '../../../components/forms.ts';
import type { ChartFilters as Filters } from '../chart-state.ts';

const kinds = Object.keys(kindLabels) as EntityKind[];

/** Hops, time window, entity kinds and minimum confidence: what /api/network/expand filters by. */
export function ChartFilters({ filters, onApply }: { filters: Filters; onApply: (filters: Filters) => void }) {
  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    onApply({
      hops: Number(formText(form, 'hops')) || 2,
      from: formText(form, 'from'),
      to: formText(form, 'to'),
      kinds: kinds.filter((kind) => form.getAll('kinds').includes(kind)),
      minConfidence: Number(formText(form, 'minConfidence')) || 0,
    });
  }
  return (
    <form onSubmit={handleSubmit} aria-labelledby="filters-heading">
      <h2 id="filters-heading" className="lb-visually-hidden">
        Filters
      </h2>
      <div className="lb-filters">
        <div className="lb-field">
          <label htmlFor="hops">Links out from the start</label>
          <select id="hops" name="hops" defaultValue={String(filters.hops)}>
            <option value="1">1</option>
            <option value="2">2</option>
            <option value="3">3</option>
          </select>
        </div>
        <div className="lb-field">
          <label htmlFor="from">Seen from</label>
          <input id="from" name="from" type="date" defaultValue={filters.from} />
        </div>
        <div className="lb-field">
          <label htmlFor="to">Seen until</label>
          <input id="to" name="to" type="date" defaultValue={filters.to} />
        </div>
        <div className="lb-field">
          <label htmlFor="minConfidence">Minimum confidence (0 to 1)</label>
          <input
            id="minConfidence"
            name="minConfidence"
            type="number"
            min="0"
            max="1"
            step="0.1"
            defaultValue={String(filters.minConfidence)}
          />
        </div>
      </div>
      <fieldset className="lb-fieldset">
        <legend>Entity types to reach (none ticked: all)</legend>
        <div className="lb-legend">
          {kinds.map((kind) => (
            <div className="lb-checkbox" key={kind}>
              <input
                type="checkbox"
                id={`kind-${kind}`}
                name="kinds"
                value={kind}
                defaultChecked={filters.kinds.includes(kind)}
              />
              <label htmlFor={`kind-${kind}`}>{kindLabels[kind]}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <button type="submit" className="lb-button lb-button--secondary">
        Apply filters
      </button>
    </form>
  );
}
