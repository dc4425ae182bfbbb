// A target's priority on a MoRiLE-like basis (DOMAIN-OPERATIONS b.1): harm (what the person does
// and to whom), likelihood (how much graded intelligence, how good, how recent) and, kept apart,
// the confidence of the evidence. Pure: the inputs come from the store, the output carries the
// reasons in plain English, and every snapshot stores the inputs with the model version.

export const priorityModelVersion = 'morile-lite-1';

export type LineRoleFact = {
  readonly role: string;
  readonly victim: boolean;
  readonly lineBrand: string;
  readonly victimsOnLine: number;
};
export type IntelligenceFact = {
  readonly source: '1' | '2' | '3' | null;
  readonly assessment: 'A' | 'B' | 'C' | 'D' | 'E' | null;
  /** "YYYY-MM-DD" */
  readonly on: string;
};
export type PriorityInputs = {
  readonly lineRoles: readonly LineRoleFact[];
  readonly reportsWithThreatToLife: number;
  readonly reportsAboutChildOrVulnerableAdult: number;
  readonly reportsAboutCuckooing: number;
  readonly mentions: number;
  readonly lastSeen: string | null;
  readonly intelligence: readonly IntelligenceFact[];
  readonly today: string;
};

export type Band = 'high' | 'medium' | 'low';
export type Priority = {
  readonly harm: number;
  readonly likelihood: number;
  readonly confidence: number;
  readonly confidenceBand: Band;
  /** harm x likelihood, before any manual adjustment (0-100). */
  readonly computed: number;
  readonly adjustment: number;
  readonly score: number;
  readonly band: Band;
  readonly reasons: readonly string[];
  readonly modelVersion: string;
};

const roleHarm: Readonly<Record<string, { points: number; label: string }>> = {
  line_holder: { points: 35, label: 'Line holder' },
  enforcer: { points: 30, label: 'Enforcer' },
  stash_holder: { points: 20, label: 'Stash holder' },
  driver: { points: 15, label: 'Driver' },
  runner: { points: 10, label: 'Runner' },
  customer: { points: 0, label: 'Customer' },
};
const sourceWeight = { '1': 1, '2': 0.7, '3': 0.3 } as const;
const assessmentWeight = { A: 1, B: 0.8, C: 0.5, D: 0.3, E: 0 } as const;

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

function recency(on: string, today: string): number {
  const age = daysBetween(on, today);
  if (age <= 30) return 1;
  if (age <= 90) return 0.6;
  if (age <= 365) return 0.3;
  return 0.1;
}

const quality = (fact: IntelligenceFact) =>
  (fact.source ? sourceWeight[fact.source] : 0.3) * (fact.assessment ? assessmentWeight[fact.assessment] : 0.3);

export function bandOf(score: number): Band {
  if (score >= 40) return 'high';
  if (score >= 15) return 'medium';
  return 'low';
}

const clamp = (n: number, low: number, high: number) => Math.min(high, Math.max(low, n));
const plural = (n: number, word: string) => `${String(n)} ${word}${n === 1 ? '' : 's'}`;

export function computePriority(inputs: PriorityInputs, adjustment = 0): Priority {
  const reasons: string[] = [];
  // Harm: the most harmful role the person holds (not as a victim), then what the line does.
  const offending = inputs.lineRoles.filter((r) => !r.victim);
  let harm = 0;
  const top = [...offending].sort((a, b) => (roleHarm[b.role]?.points ?? 0) - (roleHarm[a.role]?.points ?? 0))[0];
  if (top) {
    const role = roleHarm[top.role] ?? { points: 0, label: top.role };
    harm += role.points;
    reasons.push(`Harm: ${role.label.toLowerCase()} on ${top.lineBrand} (+${String(role.points)})`);
  }
  if (offending.some((r) => r.role === 'enforcer') || inputs.reportsWithThreatToLife > 0) {
    harm += 25;
    reasons.push(
      `Harm: violence or weapons (${[
        offending.some((r) => r.role === 'enforcer') ? 'enforcer role' : '',
        inputs.reportsWithThreatToLife > 0
          ? plural(inputs.reportsWithThreatToLife, 'report') + ' of a threat to life'
          : '',
      ]
        .filter(Boolean)
        .join(', ')}) (+25)`,
    );
  }
  const exploitedOnLines = offending.reduce((n, r) => n + r.victimsOnLine, 0);
  if (exploitedOnLines > 0 || inputs.reportsAboutChildOrVulnerableAdult > 0) {
    harm += 25;
    const parts = [
      exploitedOnLines > 0 ? `${plural(exploitedOnLines, 'exploited person')} on their lines` : '',
      inputs.reportsAboutChildOrVulnerableAdult > 0
        ? `${plural(inputs.reportsAboutChildOrVulnerableAdult, 'report')} about a child or vulnerable adult`
        : '',
    ].filter(Boolean);
    reasons.push(`Harm: children or vulnerable adults exploited (${parts.join(', ')}) (+25)`);
  }
  if (inputs.reportsAboutCuckooing > 0) {
    harm += 15;
    reasons.push(`Harm: cuckooed homes (${plural(inputs.reportsAboutCuckooing, 'report')}) (+15)`);
  }
  harm = clamp(harm, 0, 100);
  if (harm === 0) reasons.push('Harm: no role on a line or harm indicator recorded');

  // Likelihood: graded intelligence weighted by grade and recency, plus recent reports.
  const weight = inputs.intelligence.reduce((sum, fact) => sum + quality(fact) * recency(fact.on, inputs.today), 0);
  const recentReports =
    inputs.lastSeen !== null && daysBetween(inputs.lastSeen, inputs.today) <= 90 ? Math.min(inputs.mentions, 10) : 0;
  const likelihood = clamp(Math.round(100 * (1 - Math.exp(-(weight + recentReports * 0.1) / 2))), 0, 100);
  const latest = inputs.intelligence
    .map((f) => f.on)
    .sort()
    .at(-1);
  reasons.push(
    inputs.intelligence.length === 0
      ? `Likelihood ${String(likelihood)}: no intelligence reports; ${plural(inputs.mentions, 'public report')}${
          inputs.lastSeen ? `, last ${inputs.lastSeen}` : ''
        }`
      : `Likelihood ${String(likelihood)}: ${plural(inputs.intelligence.length, 'intelligence report')}, latest ${
          latest ?? ''
        }; ${plural(inputs.mentions, 'public report')}`,
  );

  // Confidence: how good the graded evidence is, and whether more than one source agrees.
  const graded = inputs.intelligence.filter((f) => f.source !== null && f.assessment !== null);
  const confidence =
    graded.length === 0
      ? inputs.mentions > 0
        ? 20
        : 0
      : clamp(
          Math.round((100 * graded.reduce((s, f) => s + quality(f), 0)) / graded.length) +
            Math.min(20, (graded.length - 1) * 5),
          0,
          100,
        );
  const best = [...graded].sort((a, b) => quality(b) - quality(a))[0];
  reasons.push(
    graded.length === 0
      ? `Confidence ${String(confidence)}: nothing graded yet`
      : `Confidence ${String(confidence)}: ${plural(graded.length, 'graded report')}, best ${best?.source ?? ''}${
          best?.assessment ?? ''
        }`,
  );

  const computed = Math.round((harm * likelihood) / 100);
  const score = clamp(computed + adjustment, 0, 100);
  return {
    harm,
    likelihood,
    confidence,
    confidenceBand: confidence >= 70 ? 'high' : confidence >= 40 ? 'medium' : 'low',
    computed,
    adjustment,
    score,
    band: bandOf(score),
    reasons,
    modelVersion: priorityModelVersion,
  };
}
