import { dangerStrength } from './danger-detector';
import type { SituationReader } from './situation-cues';
import type { DangerDetector } from './understand';

/**
 * The plain danger words and the described situations together. Harm named plainly, or a situation described, raises
 * the flag; danger named only in general words ("in danger", "sent … now") does not in a general question about the
 * topic (signs, definitions, the law, statistics, something long past).
 */
/** The harms that make a duty question ("must we notify…?") a case with a person at risk. */
const CASE_HARMS = ['harm', 'cutting', 'cuttingPlanned', 'threat', 'beaten', 'confiscated', 'notBack', 'neverReturn', 'killing', 'locked', 'marriedOff'] as const;
/**
 * Who a duty question is about: a particular person ("a girl tells me…", "a 15-year-old", "my niece"). Without one it
 * asks what the duty is ("what does avvergeplikt mean for kindergartens in an FGM case?"): the answer, no "call 112".
 */
const CASE_PERSONS = ['someone', 'minor', 'selfAge', 'ownFamily'] as const;

export function createDangerReader(situation: SituationReader): DangerDetector {
  // Both questions are asked of the same message in one turn: read it once.
  let last: { text: string; read: ReturnType<SituationReader['read']> } | undefined;
  const read = (text: string) => {
    if (last?.text !== text) last = { text, read: situation.read(text) };
    return last.read;
  };
  let lastStrength: { text: string; strength: ReturnType<typeof dangerStrength> } | undefined;
  const strengthOf = (normalized: string) => {
    if (lastStrength?.text !== normalized) lastStrength = { text: normalized, strength: dangerStrength(normalized) };
    return lastStrength.strength;
  };
  return {
    isDanger: (u) => {
      const strength = strengthOf(u.normalized);
      if (strength === 'strong') return true;
      const described = read(u.text);
      return described.danger.length > 0 || (strength === 'weak' && !described.concepts.has('general'));
    },
    isYoungWriter: (u) => read(u.text).youngWriter,
    isCase: (u) => read(u.text).readAsCase.length > 0,
    isConcern: (u, duty) => {
      const described = read(u.text);
      if (described.concern.length > 0) return true;
      // A duty question that names a harm and the person it threatens is about acting on a case; "not urgent" said
      // by the asker, or no person at all, leaves a question about the duty itself.
      return duty && !described.concepts.has('notUrgent') && CASE_HARMS.some((c) => described.concepts.has(c)) && CASE_PERSONS.some((c) => described.concepts.has(c));
    },
    signals: (u) => {
      const described = read(u.text);
      const strength = strengthOf(u.normalized);
      const signals = new Set<string>(described.concepts);
      if (described.danger.length > 0) signals.add('dangerDescribed');
      if (described.concern.length > 0) signals.add('concernDescribed');
      if (strength === 'strong') signals.add('dangerStrong');
      if (strength === 'weak') signals.add('dangerWeak');
      return signals;
    },
  };
}
