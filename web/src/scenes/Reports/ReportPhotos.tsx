import { useState } from 'react';
import { api } from '../../api/client.ts';
import type { Me } from '../../api/types.ts';
import { saveFile } from '../../components/download.ts';
import { ReasonPrompt } from '../../components/ReasonPrompt.tsx';
import { useLoad } from '../../hooks/useLoad.ts';
import { hasPermission } from '../Shell/navigation.ts';

type Photo = { id: string; position: number; originalKept: boolean };
type Original = {
  format: string;
  bytes: number;
  recordedSha256: string;
  computedSha256: string;
  verified: boolean;
  originalBase64: string;
};

/**
 * The cleaned photos sent with a report (each read is audited by the API), and, for those who
 * may open them, the sealed original of each for evidence: a reason each time, checked against
 * its recorded SHA-256.
 */
export function ReportPhotos({ me, reportId }: { me: Me; reportId: string }) {
  const photos = useLoad(() => api.get('/api/reports/{id}/photos', { path: { id: reportId } }), [reportId]);
  const list = photos.data?.photos ?? [];
  return (
    <>
      <h2>Photos</h2>
      {photos.error && <p role="alert">{photos.error}</p>}
      {photos.data && list.length === 0 && <p>No photos were sent with this report.</p>}
      {list.length > 0 && (
        <>
          <p className="lb-hint">
            Cleaned copies: everything hidden in the files (such as where and when they were taken) was removed.
          </p>
          <ul className="lb-photo-list">
            {list.map((photo) => (
              <li key={photo.id}>
                <img
                  src={`/api/reports/${reportId}/photos/${photo.id}`}
                  alt={`Photo ${String(photo.position)} sent with the report (cleaned copy)`}
                  className="lb-report-photo"
                />
                {photo.originalKept && hasPermission(me, 'report.open_photo_original') && (
                  <OriginalControl reportId={reportId} photo={photo} />
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

function OriginalControl({ reportId, photo }: { reportId: string; photo: Photo }) {
  const [opened, setOpened] = useState<Original>();
  async function open(reason: string) {
    const original = await api.post('/api/reports/{id}/photos/{photoId}/original', {
      path: { id: reportId, photoId: photo.id },
      body: { reason },
    });
    setOpened(original);
    const bytes = Uint8Array.from(atob(original.originalBase64), (c) => c.charCodeAt(0));
    saveFile({
      blob: new Blob([bytes], { type: `image/${original.format}` }),
      filename: `report-photo-${String(photo.position)}-original.${original.format}`,
    });
  }
  if (opened) {
    return (
      <p>
        Original saved ({opened.bytes} bytes).{' '}
        {opened.verified
          ? `Its SHA-256 matches the one recorded when it arrived: ${opened.recordedSha256}.`
          : 'Its SHA-256 does NOT match the one recorded when it arrived: report this to your supervisor.'}
      </p>
    );
  }
  return (
    <ReasonPrompt
      id={`original-reason-${photo.id}`}
      openLabel={`Open the original of photo ${String(photo.position)} for evidence`}
      submitLabel="Open the original"
      label="Why do you need the original for evidence?"
      onReason={open}
    />
  );
}
