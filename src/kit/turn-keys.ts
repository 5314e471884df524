/** Keys for values kept in `TurnContext.turnState` during one turn. */
export const TURN_LANGUAGE = Symbol('veiviser.turnLanguage');
/** Set when the turn must show the emergency numbers; the bot then puts them first, in one card (see reply-buffer.ts). */
export const TURN_EMERGENCY = Symbol('veiviser.turnEmergency');
/** Set when the message is a concrete case about a person at risk, not an emergency: the answer gets the short emergency line on top. */
export const TURN_CONCERN = Symbol('veiviser.turnConcern');
/** Set when the message is a case its writer says is not dangerous now: the answer gets "call 112" as a plain sentence. */
export const TURN_CALM_CASE = Symbol('veiviser.turnCalmCase');
/** Set when the emergency numbers are asked for as information, with no case in the conversation: an ordinary block. */
export const TURN_NUMBERS_AS_INFORMATION = Symbol('veiviser.turnNumbersAsInformation');
/** The envoy who covers the country abroad the turn's case names (an `AbroadNote`), said with the emergency numbers. */
export const TURN_ABROAD_NOTE = Symbol('veiviser.turnAbroadNote');
/** What to do next for who is at risk (cards/emergency-card.ts `NextStepId[]`), said under the turn's numbers. */
export const TURN_NEXT_STEPS = Symbol('veiviser.turnNextSteps');
/** Set when the message was written by a young person about themselves: the children's lines come first. */
export const TURN_YOUNG_WRITER = Symbol('veiviser.turnYoungWriter');
/** Set when the person at risk in the turn's case is under 18, whoever writes: the children's line stands beside 112. */
export const TURN_CHILD_AT_RISK = Symbol('veiviser.turnChildAtRisk');
/** Set when an everyday subject was asked beside the answered question: one line says that part is not ours (issue #13, part43). */
export const TURN_OUT_OF_SCOPE_ASIDE = Symbol('veiviser.turnOutOfScopeAside');
