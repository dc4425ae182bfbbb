import { useState, type SubmitEvent } from 'react';
import type { FieldError } from '../../api/client.ts';
import type { DeskPerson } from '../../api/intel-types.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Field } from '../../components/Field.tsx';
import { formText } from '../../components/forms.ts';
import {
  categoryLabels,
  reportLanguageLabel,
  reportLanguages,
  reportStatusLabels,
} from '../../components/intel-labels.ts';
import { SelectField } from '../../components/SelectField.tsx';
import { navigate } from '../../hooks/useRoute.ts';
import { addressOf, type Filter } from './inbox-address.ts';

/** The inbox's filter form: what it applies goes into the address (page 1, nothing selected). */
export function InboxFilters({
  filter,
  wards,
  assignees,
}: {
  filter: Filter;
  wards: readonly { code: string; name: string }[];
  assignees: readonly DeskPerson[];
}) {
  const [fieldErrors, setFieldErrors] = useState<readonly FieldError[]>([]);

  function handleFilter(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const sector = formText(form, 'sector').trim().toUpperCase().replace(/\s+/g, ' ');
    const street = formText(form, 'street').trim();
    const problems: FieldError[] = [];
    if (sector !== '' && !/^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9]$/.test(sector)) {
      problems.push({ field: 'sector', message: 'Enter a postcode sector, like AL1 3' });
    }
    if (street.length === 1) {
      problems.push({ field: 'street', message: 'Enter at least 2 letters of a street or place' });
    }
    setFieldErrors(problems);
    if (problems.length > 0) return;
    navigate(
      `/inbox${addressOf({
        status: formText(form, 'status'),
        category: formText(form, 'category'),
        sector,
        street,
        ward: formText(form, 'ward'),
        assigned: formText(form, 'assigned'),
        minDaysWaiting: formText(form, 'minDaysWaiting'),
        language: formText(form, 'language'),
        forTranslation: formText(form, 'forTranslation'),
        sort: formText(form, 'sort'),
        page: 1,
        selected: [],
      })}`,
    );
  }

  return (
    <>
      <ErrorSummary fieldErrors={fieldErrors} />
      <form
        key={addressOf({ ...filter, selected: [] })}
        className="lb-filters"
        aria-label="Filter the inbox"
        noValidate
        onSubmit={handleFilter}
      >
        <SelectField
          id="status"
          label="Status"
          defaultValue={filter.status}
          options={[
            { value: '', label: 'Waiting (received or under review)' },
            ...Object.entries(reportStatusLabels).map(([value, label]) => ({ value, label })),
          ]}
        />
        <SelectField
          id="category"
          label="Type"
          defaultValue={filter.category}
          options={[
            { value: '', label: 'Any type' },
            ...Object.entries(categoryLabels).map(([value, label]) => ({ value, label })),
          ]}
        />
        <SelectField
          id="assigned"
          label="Assigned to"
          defaultValue={filter.assigned}
          options={[
            { value: '', label: 'Anyone or no one' },
            { value: 'me', label: 'Me' },
            { value: 'unassigned', label: 'No one (unassigned)' },
            ...assignees.filter((a) => a.isMe !== true).map((a) => ({ value: a.id, label: a.name })),
          ]}
        />
        <SelectField
          id="ward"
          label="Ward"
          hint="Streets and postcode sectors in the ward (2013 wards)"
          defaultValue={filter.ward}
          options={[{ value: '', label: 'Any ward' }, ...wards.map((w) => ({ value: w.code, label: w.name }))]}
        />
        <Field
          id="sector"
          label="Area (postcode sector)"
          hint="For example, AL1 3"
          defaultValue={filter.sector}
          errors={fieldErrors}
        />
        <Field
          id="street"
          label="Street or place named"
          hint="For example, Hatfield Road"
          defaultValue={filter.street}
          errors={fieldErrors}
        />
        <SelectField
          id="minDaysWaiting"
          label="Waiting at least"
          defaultValue={filter.minDaysWaiting}
          options={[
            { value: '', label: 'Any time' },
            { value: '1', label: '1 day' },
            { value: '3', label: '3 days' },
            { value: '7', label: '7 days' },
            { value: '28', label: '28 days' },
          ]}
        />
        <SelectField
          id="language"
          label="Written in"
          defaultValue={filter.language}
          options={[
            { value: '', label: 'Any language' },
            ...reportLanguages.map((code) => ({ value: code, label: reportLanguageLabel(code) })),
          ]}
        />
        <SelectField
          id="forTranslation"
          label="Translation"
          defaultValue={filter.forTranslation}
          options={[
            { value: '', label: 'Marked or not' },
            { value: 'true', label: 'Marked for translation' },
            { value: 'false', label: 'Not marked for translation' },
          ]}
        />
        <SelectField
          id="sort"
          label="Order"
          defaultValue={filter.sort}
          options={[
            { value: '', label: 'Priority, then longest waiting' },
            { value: 'newest', label: 'Newest first' },
            { value: 'oldest', label: 'Oldest first' },
          ]}
        />
        <button type="submit" className="lb-button">
          Apply filters
        </button>
      </form>
    </>
  );
}
