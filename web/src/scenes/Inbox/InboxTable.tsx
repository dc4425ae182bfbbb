import type { InboxItem } from '../../api/intel-types.ts';
import {
  categoryLabels,
  channelLabels,
  labelFor,
  reportLanguageLabel,
  reportStatusLabels,
  shortId,
  waitingFor,
} from '../../components/intel-labels.ts';
import { Link } from '../../components/Link.tsx';
import { PriorityFlags } from '../../components/PriorityFlags.tsx';

/** The inbox rows, each with a box to select it; the current row (j/k) is marked and focused. */
export function InboxTable({
  items,
  caption,
  current,
  selected,
  onToggle,
}: {
  items: readonly InboxItem[];
  caption: string;
  current: number;
  selected: readonly string[];
  onToggle: (id: string) => void;
}) {
  return (
    <table className="lb-table lb-inbox">
      <caption className="lb-caption">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Select</th>
          <th scope="col">Report</th>
          <th scope="col">Priority</th>
          <th scope="col">Type</th>
          <th scope="col">Area</th>
          <th scope="col">Status</th>
          <th scope="col">Waiting for</th>
          <th scope="col">Assigned to</th>
          <th scope="col">Alerts</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item, index) => {
          const classes = [
            item.priority === 'high' ? 'lb-row--urgent' : '',
            index === current ? 'lb-row--current' : '',
          ].join(' ');
          const others = item.viewers.filter((v) => v.isMe !== true);
          return (
            <tr key={item.id} className={classes.trim() || undefined} data-report-id={item.id}>
              <td>
                <input
                  type="checkbox"
                  id={`select-${item.id}`}
                  checked={selected.includes(item.id)}
                  onChange={() => {
                    onToggle(item.id);
                  }}
                />
                <label htmlFor={`select-${item.id}`} className="lb-visually-hidden">
                  Select report {shortId(item.id)}
                </label>
              </td>
              <td>
                <Link to={`/inbox/reports/${item.id}`}>Report {shortId(item.id)}</Link>
                <br />
                <span className="lb-hint">
                  received {item.submittedOn}, {labelFor(channelLabels, item.channel).toLowerCase()}
                </span>
                {item.gist && (
                  <>
                    <br />
                    <span className="lb-gist" lang={item.language} dir="auto">
                      {item.gist}
                    </span>
                  </>
                )}
                {item.language !== 'en' && (
                  <>
                    <br />
                    <span className="lb-tag-language">Written in {reportLanguageLabel(item.language)}</span>
                  </>
                )}
                {item.forTranslation && (
                  <>
                    <br />
                    <strong className="lb-tag-translation">For translation</strong>
                  </>
                )}
                {item.reporterReplied && (
                  <>
                    <br />
                    <strong className="lb-tag-replied">Reporter replied</strong>
                  </>
                )}
                {others.length > 0 && (
                  <>
                    <br />
                    <span className="lb-viewing">Being looked at by {others.map((v) => v.name).join(', ')}</span>
                  </>
                )}
              </td>
              <td>
                {item.priority === 'high' ? (
                  <>
                    <strong>Urgent</strong>
                    <PriorityFlags flags={item.flags} />
                  </>
                ) : (
                  'Normal'
                )}
              </td>
              <td>{item.categories.map((c) => labelFor(categoryLabels, c)).join(', ')}</td>
              <td>{item.postcodeSector ?? 'Not given'}</td>
              <td>
                {labelFor(reportStatusLabels, item.status)}
                {item.duplicateOf && <span className="lb-hint"> (duplicate of {shortId(item.duplicateOf)})</span>}
                {item.processing !== 'done' && <span className="lb-hint"> (entities: {item.processing})</span>}
              </td>
              <td>{waitingFor(item.daysWaiting)}</td>
              <td>{item.assignee ? (item.assignee.isMe === true ? 'Me' : item.assignee.name) : 'No one'}</td>
              <td>{item.alertCount}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
