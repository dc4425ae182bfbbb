/** A freshly issued one-time setup link: shown once, to pass to the person securely. */
export function SetupLinkPanel({ email, link }: { email: string; link: string }) {
  return (
    <div className="lb-panel" role="status">
      <h2>Setup link for {email}</h2>
      <p>Give this link to the person through a secure channel. It works once, for 24 hours, and is not shown again.</p>
      <p>
        <code className="lb-break">{link}</code>
      </p>
    </div>
  );
}
