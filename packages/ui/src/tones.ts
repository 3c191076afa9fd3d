/** Colour families of badges; each maps to a token pair in tokens.css. */
export type Tone = 'ok' | 'warn' | 'danger' | 'neutral' | 'info';

const STATUS_TONES: Record<string, Tone> = {
  draft: 'neutral',
  submitted: 'info',
  returned: 'warn',
  approved: 'info',
  scheduled: 'info',
  published: 'ok',
  withdrawn: 'danger',
};

const VALIDITY_TONES: Record<string, Tone> = {
  有效: 'ok',
  已修改: 'warn',
  已废止: 'danger',
  失效: 'neutral',
};

/** Tone of a publication workflow status code; unknown codes are neutral. */
export function statusTone(status: string): Tone {
  return STATUS_TONES[status] ?? 'neutral';
}

/** Tone of a 有效性 label; unknown labels are neutral. */
export function validityTone(validity: string): Tone {
  return VALIDITY_TONES[validity] ?? 'neutral';
}
